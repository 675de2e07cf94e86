import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchNavigation } from './navigation';
import { createPageWatch } from './page-watch';
import { runtimeMessenger } from './send';

/** Content-script entry: handle the page now and after every single-page navigation until the script is invalidated. */
export function startPageWatch(ctx: ContentScriptContext): void {
  const watch = createPageWatch({
    win: window,
    messenger: runtimeMessenger,
    signal: ctx.signal,
    log: (line) => console.debug(line),
  });
  void watch.visit(window.location.href);
  watchNavigation(ctx, window, (url) => void watch.visit(url));
}
