import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { announcedAhead } from '../analysis/dates';
import { headlineFlag } from '../analysis/flag-words';
import { getVersion } from '../history/store';
import type { PolicyVersion } from '../history/types';
import { getPlatform } from '../platforms/registry';
import { notificationsOnItem, uiLanguage } from '../settings';
import { openRouteTab } from '../walkthrough/open-route';
import { policyRoutes, preferredRoute, versionWithLinks } from '../walkthrough/policy-routes';
import { alertBody, alertButtons, alertMessage, alertTitle } from './alert-text';
import { diffPageUrl, objectionPageUrl } from './routes';

// One browser notification per material change. The notification id is derived from the version id, and the ids
// already notified are remembered (in memory for concurrent calls, in storage across worker restarts), so a change
// seen from three tabs, or again after a restart, still gives exactly one notification. Noise and baselines never
// reach here (recordCapture only returns 'changed' for a material change against the previous version).

const PREFIX = 'policy-watch:change:';
const REMEMBERED = 500;

const notifiedItem = storage.defineItem<string[]>('local:alerts.notifiedVersionIds', { fallback: [], version: 1 });
const notifiedHere = new Set<string>();

export function notificationIdFor(versionId: string): string {
  return `${PREFIX}${versionId}`;
}

export function versionIdOfNotification(notificationId: string): string | null {
  return notificationId.startsWith(PREFIX) ? notificationId.slice(PREFIX.length) : null;
}

/** Buttons are Chrome-only (Firefox rejects the option); Firefox users click the notification to open the diff. */
const BUTTONS_SUPPORTED = import.meta.env.BROWSER !== 'firefox';

/** Show the notification for a material change, once. Returns whether one was shown. */
export async function alertChange(version: PolicyVersion): Promise<boolean> {
  if (!version.unseen || !version.report?.material) return false;
  if (notifiedHere.has(version.id)) return false;
  notifiedHere.add(version.id);
  const notified = await notifiedItem.getValue();
  if (notified.includes(version.id)) return false;
  await notifiedItem.setValue([...notified, version.id].slice(-REMEMBERED));
  if (!(await notificationsOnItem.getValue())) return false;

  const language = await uiLanguage();
  const platform = getPlatform(version.platformId);
  const document = platform?.documents.find((d) => d.id === version.documentId);
  const documentName = document ? (document.name[language] ?? document.name.en) : version.documentId;
  const flag = headlineFlag(version.report);
  const labels = alertButtons(language);
  const route = (platform?.objectionRoutes.length ?? 0) > 0;

  const title = alertTitle(platform?.name ?? version.platformId, flag, documentName, language);
  await browser.notifications.create(notificationIdFor(version.id), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    // Chrome shows the title on one line and cuts it; the body wraps, so it carries the whole sentence too.
    message: alertMessage(
      title,
      announcedFrom(version),
      alertBody(version.report.flags.length, documentName, language),
      language,
    ),
    ...(BUTTONS_SUPPORTED ? { buttons: buttonsInOrder(labels, route) } : {}),
  });
  return true;
}

/** The first date the version announces that is still ahead of its capture (read from the policy's text). */
function announcedFrom(version: PolicyVersion): string | null {
  return announcedAhead(version.reading?.dates ?? version.report?.state?.dates, version.capturedAt)[0]?.date ?? null;
}

/**
 * Where the "Object" button goes: the route the changed policy links (its own link), opened directly so the guide
 * takes over on the form; a route only the registry knows when the policy links none. When nothing is safe to open
 * (every route possibly outdated), the popup page with the routes and their warnings.
 */
export async function openObjectionFor(version: PolicyVersion): Promise<void> {
  const platform = getPlatform(version.platformId);
  if (!platform) return;
  const preferred = preferredRoute(policyRoutes(platform, versionWithLinks([version])));
  if (preferred?.route) {
    await openRouteTab(preferred.route, await uiLanguage(), preferred.url ?? undefined);
  } else if (preferred) {
    await browser.tabs.create({ url: preferred.url, active: true });
  } else if (platform.objectionRoutes[0]) {
    await browser.tabs.create({ url: objectionPageUrl(platform.objectionRoutes[0].id) });
  }
}

/** Button order of a change notification (Chrome reports the index of the button pressed). */
export const NOTIFICATION_BUTTON = { openDiff: 0, object: 1 } as const;

/** The buttons, placed at the indexes NOTIFICATION_BUTTON gives (the click handler reads the same constant). */
function buttonsInOrder(labels: { openDiff: string; object: string }, withObject: boolean): { title: string }[] {
  const buttons: { title: string }[] = [];
  buttons[NOTIFICATION_BUTTON.openDiff] = { title: labels.openDiff };
  if (withObject) buttons[NOTIFICATION_BUTTON.object] = { title: labels.object };
  return buttons.filter(Boolean);
}

/** A click that could not be followed (the history store was closing, the tab API refused) is said, not thrown. */
function openFromNotificationLogged(id: string, index: number): void {
  openFromNotification(id, index).catch((error) =>
    console.warn('[policy-watch] notification click not followed', error),
  );
}

/** Wire notification clicks: the body and the first button open the diff, the second the objection route. */
export function listenToNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => openFromNotificationLogged(id, 0));
  // Firefox has the event but not the buttons, and warns that the listener is unimplemented: do not add it there.
  if (BUTTONS_SUPPORTED) {
    browser.notifications.onButtonClicked.addListener((id, index) => openFromNotificationLogged(id, index));
  }
}

export async function openFromNotification(notificationId: string, buttonIndex: number): Promise<void> {
  const versionId = versionIdOfNotification(notificationId);
  if (!versionId) return;
  const version = buttonIndex === NOTIFICATION_BUTTON.object ? await getVersion(versionId) : null;
  if (version) await openObjectionFor(version);
  else await browser.tabs.create({ url: diffPageUrl(versionId) });
  await browser.notifications.clear(notificationId);
}
