import { listen } from '../messaging/define';
import { walkthroughHandlers } from '../walkthrough/background-handlers';
import { startDeadlineReminders } from '../walkthrough/deadline-reminders';
import { listenToNotificationClicks } from './alerts';
import { refreshActionBadge } from './badge';
import { listenToCheckAlarms, resumeInterruptedChecks, scheduleChecks } from './checks';
import { historyChangedHandler, importOtaHistoryHandler, runChecksNowHandler } from './extension-page-events';
import { listenToInstall } from './first-run';
import { scheduleOtaChecks, watchOtaSetting } from './ota-checks';
import { pageSeenHandler, policyCapturedHandler } from './page-events';
import { resumeReanalysis } from './reanalysis';

/** Every message the background answers (exported so the refusal tests exercise exactly this list). */
export const backgroundHandlers = [
  pageSeenHandler,
  policyCapturedHandler,
  historyChangedHandler,
  runChecksNowHandler,
  importOtaHistoryHandler,
  ...walkthroughHandlers,
];

// Runs at every start of the background (install, browser start, and each time Chrome restarts the service worker):
// listeners are registered synchronously, first, so the event that woke the worker is not missed.
export function startBackground(): void {
  listen(backgroundHandlers);
  listenToNotificationClicks();
  listenToInstall();
  listenToCheckAlarms();
  startDeadlineReminders();
  watchOtaSetting();
  void scheduleChecks().catch((error) => console.warn('[policy-watch] scheduling checks failed', error));
  void scheduleOtaChecks().catch((error) => console.warn('[policy-watch] scheduling OTA checks failed', error));
  void resumeInterruptedChecks().catch((error) => console.warn('[policy-watch] resuming checks failed', error));
  void refreshActionBadge().catch((error) => console.warn('[policy-watch] badge refresh failed', error));
  void resumeReanalysis().catch((error) => console.warn('[policy-watch] re-analysis failed', error));
}
