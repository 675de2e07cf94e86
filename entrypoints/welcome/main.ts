import '../../src/zod-config';
import '../../src/ui/history/history.css';
import '../../src/ui/welcome/welcome.css';
import { renderWelcome } from '../../src/ui/welcome/welcome-view';

// Wiring only: the first-run page's view lives in src/ui/welcome.
void renderWelcome(document.getElementById('app')!);
