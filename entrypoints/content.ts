import { contentScriptMatches } from '../src/platforms/match-patterns';
import { startPageWatch } from '../src/page/start';

// Runs on the registry's platform hosts only; everything it does lives in src/page.
export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main: (ctx) => startPageWatch(ctx),
});
