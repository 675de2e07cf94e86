import { extensionRuntime } from '../messaging/envelope';
import { watchNavigation } from './navigation';
import { createPageWatch } from './page-watch';
import { runtimeMessenger } from './send';

/**
 * Content-script entry: handle the page now and after every single-page navigation. The script's life ends when the
 * extension is updated, reloaded or removed (the browser leaves this copy in the page without a runtime): looked at
 * before each visit, it then stops watching.
 */
export function startPageWatch(): void {
  const life = new AbortController();
  const watch = createPageWatch({
    win: window,
    messenger: runtimeMessenger,
    signal: life.signal,
    log: (line) => console.debug(line),
  });
  const visit = (url: string) => {
    if (!extensionRuntime()) life.abort();
    else void watch.visit(url);
  };
  visit(window.location.href);
  watchNavigation(window, life.signal, visit);
}
