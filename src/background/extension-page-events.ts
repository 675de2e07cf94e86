import { runChecksNow } from '../messaging/checks';
import { handle } from '../messaging/define';
import { historyChanged } from '../messaging/history';
import { refreshActionBadge } from './badge';
import { runBackgroundChecks } from './checks';

// Handlers for messages from our own pages (options, popup).

export const historyChangedHandler = handle(historyChanged, async () => ({ unseen: await refreshActionBadge() }));

export const runChecksNowHandler = handle(runChecksNow, async (data) => ({
  results: await runBackgroundChecks({ force: true, ...(data.platformId ? { platformId: data.platformId } : {}) }),
}));
