import '../src/zod-config';
import '../src/walkthrough/guide/guide.css';
import { GUIDE_PLATFORMS } from '../src/platforms/compact-routes';
import { startObjectionGuide } from '../src/walkthrough/guide/start-guide';
import { objectionGuideMatches } from '../src/walkthrough/guide-matches';

// The objection guide: only on the objection forms' and opt-out settings' pages (the registry's routes), separate from the main
// content script so that one stays small. Its UI lives in a shadow root; everything it does is in src/walkthrough. It
// reads the routes through compact-routes.ts, never registry.ts: the validating loader would pull zod into it.
export default defineContentScript({
  matches: objectionGuideMatches(GUIDE_PLATFORMS),
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startObjectionGuide(ctx),
});
