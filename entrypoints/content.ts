import { startPageWatch } from '../src/page/start';
import { contentScriptMatches } from '../src/platforms/compact';

// Runs on the registry's platform hosts only; everything it does lives in src/page. It reads the registry through
// compact.ts, never registry.ts: the validating loader would pull zod into a script that ships on every page.
export default defineContentScript({
  // A getter: WXT reads the patterns at build time for the manifest; at run time nothing does, and computing them
  // cost about 1.7 ms on every platform page (bench/extension.ts).
  get matches() {
    return contentScriptMatches();
  },
  runAt: 'document_idle',
  main: (ctx) => startPageWatch(ctx),
});
