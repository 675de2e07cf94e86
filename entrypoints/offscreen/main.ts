import '../../src/zod-config';
import { startOffscreenParser } from '../../src/background/offscreen-parser';

// Chrome only: the offscreen document (reason DOM_PARSER) in which background checks parse fetched policy pages.
startOffscreenParser();
