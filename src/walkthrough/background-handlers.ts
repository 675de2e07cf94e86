import { browser } from 'wxt/browser';
import { addEvidence } from '../history/evidence';
import { listDocuments } from '../history/store';
import { handle, type Registration } from '../messaging/define';
import { getTabState } from '../messaging/popup';
import { recordEvidence } from '../messaging/walkthrough';
import { classifyUrl } from '../platforms/classify-url';
import { scheduleDeadlineReminders } from './deadline-reminders';
import { latestVersionIdOf } from './policy-version';

// The background's part of the walkthrough: tell the popup what a tab shows, and write evidence records for the
// in-page guide (content scripts cannot open the extension's IndexedDB). Wired into the background's listen([...]).

/** What the tab shows. The URL is readable for tabs on the platforms' hosts (host permissions), null elsewhere. */
export const getTabStateHandler = handle(getTabState, async ({ tabId }) => {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? null;
  const place = url ? classifyUrl(url) : null;
  return {
    tabId,
    url: place ? url : null,
    platformId: place?.platformId ?? null,
    pageType: place?.pageType ?? null,
    routeId: place?.routeId ?? null,
  };
});

/**
 * Record a confirmed objection. The sender's own URL must be a page of the route it reports (so a content script on
 * some other page cannot write evidence for it); the time and the policy version are the background's.
 */
export const recordEvidenceHandler = handle(recordEvidence, async (data, sender) => {
  const formUrl = sender.tab?.url ?? sender.url ?? '';
  const place = classifyUrl(formUrl);
  if (!place || place.platformId !== data.platformId || place.routeId !== data.routeId) {
    throw new Error(`evidence for ${data.routeId} must come from that route's page`);
  }
  const policyVersionId = latestVersionIdOf(data.platformId, await listDocuments());
  const record = await addEvidence({ ...data, formUrl, policyVersionId });
  // The user objected: reminders for this route's deadlines are no longer due.
  await scheduleDeadlineReminders();
  return { id: record.id, policyVersionId };
});

/** Every handler of the walkthrough, for the background's listen([...]). */
export const walkthroughHandlers: Registration[] = [getTabStateHandler, recordEvidenceHandler];
