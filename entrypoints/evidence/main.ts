import '../../src/zod-config';
import '../../src/walkthrough/evidence-page/evidence-page.css';
import { startEvidencePage } from '../../src/walkthrough/evidence-page/start-evidence-page';

// Wiring only: the evidence page's view lives in src/walkthrough/evidence-page.
void startEvidencePage(document.getElementById('app')!);
