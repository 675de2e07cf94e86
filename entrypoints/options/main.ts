import '../../src/zod-config';
import '../../src/ui/history/history.css';
import { startHistoryPage } from '../../src/ui/history/app';

void startHistoryPage(document.getElementById('app')!);
