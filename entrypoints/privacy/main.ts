import '../../src/zod-config';
import '../../src/ui/history/history.css';
import '../../src/ui/privacy/privacy.css';
import { startPrivacyPage } from '../../src/ui/privacy/privacy-page';

// Wiring only: the extension's own privacy policy, rendered by src/ui/privacy in the user's language.
void startPrivacyPage(document.getElementById('app')!);
