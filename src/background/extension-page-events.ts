import { runChecksNow } from '../messaging/checks';
import { handle } from '../messaging/define';
import { historyChanged } from '../messaging/history';
import { importOtaHistory } from '../messaging/ota';
import { refreshActionBadge } from './badge';
import { runBackgroundChecks } from './checks';
import { runOtaChecks } from './ota-checks';
import { importOtaHistory as importOtaHistoryOf } from './ota-import';
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

// "Import past versions" from Open Terms Archive: the whole import, answered when it ends (progress in storage).
export const importOtaHistoryHandler = handle(importOtaHistory, (data) =>
  importOtaHistoryOf(data.platformId, data.documentId),
);
