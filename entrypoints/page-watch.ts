import { startPageWatch } from '../src/page/start';

// The page watch: runs on the registry's platform hosts only; everything it does lives in src/page. It reads the
// registry through compact.ts, never registry.ts: the validating loader would pull zod into a script that ships on
// every platform page.
//
// A content script that WXT does not wrap: defineContentScript would add WXT's ContentScriptContext and, through it,
// the webextension polyfill (wxt.config.ts), about half of this script's start-up on every platform page
// (bench/extension.ts), for what src/page does itself (its own end of life, its own navigation signals). Built by
// WXT as an unlisted script (`page-watch.js`, one self-contained file); wxt.config.ts lists it under content_scripts
// with the platforms' host patterns, at document_idle.
export default defineUnlistedScript(() => startPageWatch());
