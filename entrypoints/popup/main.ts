import '../../src/zod-config';
import '../../src/ui/popup/popup.css';
import { startPopup } from '../../src/ui/popup/start-popup';

// Wiring only: the popup's views live in src/ui/popup.
void startPopup(document.getElementById('app')!);
