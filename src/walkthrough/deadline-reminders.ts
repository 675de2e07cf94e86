import { type Browser, browser } from 'wxt/browser';
import { listEvidence } from '../history/evidence';
import { listDocuments, listReadings } from '../history/store';
import { languageOf, t } from '../i18n';
import { PLATFORMS } from '../platforms/registry';
import { isReminderName, type KnownDeadline, knownDeadlines, parseReminderName, plannedReminders } from './deadlines';
import { type AnnouncingVersion, announcedDeadlines } from './deadlines-announced';
import { localized } from './localized';
import { openRouteTab } from './open-route';

// Reminder notifications before known deadlines (the date Meta starts training, a window closing) while the user has
// not objected yet. The dates are read from the stored policies (a version announcing a change), the registry's only
// for what was announced before the extension was installed. Alarms survive the worker going idle; they are
// re-planned whenever the worker starts, a version is stored and evidence is recorded, so objecting cancels them.

/** Every stored version's reading, with its platform: what the policies announced. */
async function storedVersions(): Promise<AnnouncingVersion[]> {
  const versions: AnnouncingVersion[] = [];
  for (const doc of await listDocuments()) {
    for (const v of await listReadings(doc)) versions.push({ ...v, platformId: doc.platformId });
  }
  return versions;
}

/** The deadlines the popup, the overview and the reminders count down to: read from the policies, then the registry's. */
export async function loadKnownDeadlines(): Promise<KnownDeadline[]> {
  return knownDeadlines(PLATFORMS, announcedDeadlines(PLATFORMS, await storedVersions()));
}

async function objectedRouteIds(): Promise<Set<string>> {
  return new Set((await listEvidence()).map((r) => r.routeId));
}

/** Replace our alarms by the reminders currently due (past deadlines and objected routes get none). */
export async function scheduleDeadlineReminders(now: Date = new Date()): Promise<number> {
  const planned = plannedReminders(await loadKnownDeadlines(), await objectedRouteIds(), now);
  const wanted = new Set(planned.map((r) => r.name));
  for (const alarm of await browser.alarms.getAll()) {
    if (isReminderName(alarm.name) && !wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const reminder of planned) await browser.alarms.create(reminder.name, { when: reminder.when });
  return planned.length;
}

/** Show the reminder for an alarm of ours, unless the user objected meanwhile. Returns whether it was shown. */
export async function remindOfDeadline(alarm: Pick<Browser.alarms.Alarm, 'name'>): Promise<boolean> {
  const parsed = parseReminderName(alarm.name);
  if (!parsed || (await objectedRouteIds()).has(parsed.routeId)) return false;
  const deadline = (await loadKnownDeadlines()).find((d) => d.routeId === parsed.routeId && d.date === parsed.date);
  if (!deadline) return false;
  const lang = languageOf(browser.i18n.getUILanguage());
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('popup.reminder.title', lang, { platform: deadline.platformName, date: formatDate(deadline.date, lang) }),
    message: `${localized(deadline.text, lang)} ${t('popup.deadline.notObjected', lang)}`,
    // Firefox has no notification buttons (it refuses the option); a click on the notification does the same.
    ...(import.meta.env.FIREFOX ? {} : { buttons: [{ title: t('popup.route.objectNow', lang) }] }),
  });
  return true;
}

function formatDate(date: string, lang: string): string {
  return new Date(`${date}T00:00:00`).toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric' });
}

async function openRouteOf(notificationId: string): Promise<void> {
  const parsed = parseReminderName(notificationId);
  const route = PLATFORMS.flatMap((p) => p.objectionRoutes).find((r) => r.id === parsed?.routeId);
  if (!route) return;
  await openRouteTab(route, languageOf(browser.i18n.getUILanguage()));
  await browser.notifications.clear(notificationId);
}

/**
 * Wire the reminders into the background. Call synchronously at the worker's start: MV3 only delivers alarms and
 * notification clicks to listeners registered in the first turn.
 */
export function startDeadlineReminders(): void {
  const warn = (error: unknown) => console.warn('[policy-watch] deadline reminders:', error);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isReminderName(alarm.name)) remindOfDeadline(alarm).catch(warn);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (isReminderName(id)) openRouteOf(id).catch(warn);
  });
  browser.notifications.onButtonClicked.addListener((id) => {
    if (isReminderName(id)) openRouteOf(id).catch(warn);
  });
  scheduleDeadlineReminders().catch(warn);
}
