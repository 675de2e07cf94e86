import { runChecksNow } from '../messaging/checks';
import { handle } from '../messaging/define';
import { historyChanged } from '../messaging/history';
import { refreshActionBadge } from './badge';
import { runBackgroundChecks } from './checks';
import { runOtaChecks } from './ota-checks';
import { resumeReanalysis } from './reanalysis';

// Handlers for messages from our own pages (options, popup).

// An import may have brought versions made by another analysis: they are analysed again, in the background.
export const historyChangedHandler = handle(historyChanged, async () => {
  void resumeReanalysis().catch((error) => console.warn('[policy-watch] re-analysis failed', error));
  return { unseen: await refreshActionBadge() };
});

// "Check now": the background checks, then Open Terms Archive when it is on (it reads what the checks cannot).
export const runChecksNowHandler = handle(runChecksNow, async (data) => {
  const only = data.platformId ? { platformId: data.platformId } : {};
  const checked = await runBackgroundChecks({ force: true, ...only });
  const fromOta = await runOtaChecks({ force: true, ...only });
  return { results: [...checked, ...fromOta] };
});
