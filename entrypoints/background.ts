import '../src/zod-config';
import { startBackground } from '../src/background/start';

// Wiring only: the background's behaviour lives in src/background.
export default defineBackground({ type: 'module', main: startBackground });
