import type { Browser } from 'wxt/browser';

// Functions the harness runs inside the extension (worker.evaluate) see the `chrome` global, which the project's
// types do not declare (the code uses `browser` from wxt/browser). Such functions cast globalThis to this type rather
// than declaring `chrome` project-wide, where it would invite direct use in src/.
export interface ExtensionGlobals {
  chrome: typeof Browser;
}
