import '../../src/zod-config';
import '../../src/ui/evidence-page/evidence-page.css';
import { startEvidencePage } from '../../src/ui/evidence-page/start-evidence-page';

// Wiring only: the evidence page's view lives in src/ui/evidence-page.
void startEvidencePage(document.getElementById('app')!);
