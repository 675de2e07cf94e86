import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// The guide's shadow root, in place of WXT's createShadowRootUi, which carries auto-mounting the guide never uses (an
// element waiter, a deep merge and a multi-key map: about 8 KB of the content script). The same result as it gives
// for `position: 'inline', anchor: 'body', append: 'last'`: an open shadow root on a <policy-watch-guide> element at
// the end of <body>, WXT's style reset and the entrypoint's CSS inside, removed when the context is invalidated. The
// entrypoint keeps `cssInjectionMode: 'ui'`, so WXT still builds that CSS file and makes it web-accessible. guide.css
// has no @font-face or @property rules (those would have to go into the page's document instead).

/** Where WXT writes the entrypoint's CSS (`/content-scripts/<entrypoint>.css`), as createShadowRootUi loads it. */
const CSS_PATH = '/content-scripts/objection-guide.css';

export interface ShadowPanel {
  remove(): void;
}

export async function mountShadowPanel<T>(
  ctx: ContentScriptContext,
  name: string,
  onMount: (container: HTMLElement) => T,
  onRemove: (mounted: T | undefined) => void,
): Promise<ShadowPanel> {
  const css = await loadCss();
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css.replaceAll(':root', ':host')}`;
  const container = document.createElement('div');
  shadow.append(style, container);

  let mounted: T | undefined;
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    onRemove(mounted);
    host.remove();
    container.replaceChildren();
    mounted = undefined;
  };
  ctx.onInvalidated(remove);
  document.body.append(host);
  mounted = onMount(container);
  return { remove };
}

async function loadCss(): Promise<string> {
  const url = browser.runtime.getURL(CSS_PATH as Parameters<typeof browser.runtime.getURL>[0]);
  try {
    return await (await fetch(url)).text();
  } catch (error) {
    console.warn(`[policy-watch] guide: could not load its styles from ${url}`, error);
    return '';
  }
}
