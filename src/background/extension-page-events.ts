import { runChecksNow } from '../messaging/checks';
import { handle } from '../messaging/define';
import { historyChanged } from '../messaging/history';
import { refreshActionBadge } from './badge';
import { runBackgroundChecks } from './checks';
import { resumeReanalysis } from './reanalysis';

// Handlers for messages from our own pages (options, popup).

// An import may have brought versions made by another analysis: they are analysed again, in the background.
export const historyChangedHandler = handle(historyChanged, async () => {
  void resumeReanalysis().catch((error) => console.warn('[policy-watch] re-analysis failed', error));
  return { unseen: await refreshActionBadge() };
});

export const runChecksNowHandler = handle(runChecksNow, async (data) => ({
  results: await runBackgroundChecks({ force: true, ...(data.platformId ? { platformId: data.platformId } : {}) }),
}));
