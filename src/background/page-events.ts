import { browser } from 'wxt/browser';
import { handle } from '../messaging/define';
import { pageSeen, policyCaptured } from '../messaging/page';

// Placeholder wiring for the first vertical slice; the history pipeline replaces the capture handler.
export const pageSeenHandler = handle(pageSeen, async (data, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { recorded: false };
  const text = data.pageType === 'policy' ? 'P' : data.pageType === 'objection-form' ? 'OBJ' : '';
  await browser.action.setBadgeText({ tabId, text });
  return { recorded: true };
});

export const policyCapturedHandler = handle(policyCaptured, async () => ({ outcome: 'refused' as const, reason: 'not yet' }));
