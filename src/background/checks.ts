import { browser } from 'wxt/browser';
import {
  type CheckState,
  earliestRetry,
  INITIAL_CHECK_STATE,
  nextCheckState,
  readCheckState,
  writeCheckState,
} from '../history/check-state';
import { markSeen, recordCapture } from '../history/store';
import type { ObjectionLink } from '../history/types';
import type { CheckOutcome } from '../messaging/checks';
import { EXTRACTOR_VERSION } from '../page/extractor-version';
import { PLATFORMS } from '../platforms/registry';
import { checkIntervalHoursItem, getSettings } from '../settings';
import { type CheckTarget, type FetchGroup, fetchGroups } from '../sources/check-plan';
import { afterCapture } from './after-capture';
import { FetchRefused, fetchPolicyHtml } from './fetch-policy';
import { OTA_ALARM, runOtaChecks } from './ota-checks';
import { closeOffscreenDocument, parsePolicyHtmlAnywhere } from './parse-policy-html';
import { takeInterruptedRun, trackRun } from './pending-checks';

// Background checks: so a user learns of a change without visiting the page. A periodic alarm (daily by default,
// settings.checkIntervalHours; 0 = off) fetches every watched document's fetchUrl, once per page however many
// documents it serves (src/sources/check-plan.ts), extracts the text as the content script would, and hands it to recordCapture with source 'background'. A failing document backs
// off exponentially (state per document in the history database's meta store) with a one-off retry alarm.

export const CHECK_ALARM = 'policy-watch:check';
export const RETRY_ALARM = 'policy-watch:check-retry';

/** Create or update the periodic alarm. Keeps an existing alarm with the right period (a worker restart must not
 * push the next check back every time). */
export async function scheduleChecks(): Promise<void> {
  const hours = (await getSettings()).checkIntervalHours;
  const existing = await browser.alarms.get(CHECK_ALARM);
  if (hours === 0) {
    if (existing) await browser.alarms.clear(CHECK_ALARM);
    return;
  }
  const periodInMinutes = hours * 60;
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(CHECK_ALARM, { delayInMinutes: Math.min(periodInMinutes, 60), periodInMinutes });
}

export function listenToCheckAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    // An alarm has nobody to answer: a run that fails (the history store closing under it) is logged, and the
    // back-off state it left makes the next alarm try again.
    const failed = (error: unknown) => console.warn('[policy-watch] background checks failed', error);
    if (alarm.name === CHECK_ALARM) runBackgroundChecks().catch(failed);
    if (alarm.name === RETRY_ALARM) runBackgroundChecks({ retriesOnly: true }).catch(failed);
    if (alarm.name === OTA_ALARM) runOtaChecks().catch(failed);
  });
  checkIntervalHoursItem.watch(() =>
    scheduleChecks().catch((error) => console.warn('[policy-watch] checks not scheduled', error)),
  );
}

export interface CheckRunOptions {
  /** Only this platform. */
  platformId?: string;
  /** Ignore back-off ("Check now" in the options page). */
  force?: boolean;
  /** Only documents whose last check failed (the retry alarm). */
  retriesOnly?: boolean;
}

let running: Promise<CheckOutcome[]> | null = null;
let queued: Promise<CheckOutcome[]> | null = null;
let queuedOptions: CheckRunOptions | null = null;

/** One run that does what every one of the waiting requests asked for. */
function mergeOptions(a: CheckRunOptions, b: CheckRunOptions): CheckRunOptions {
  return {
    ...(a.platformId !== undefined && a.platformId === b.platformId ? { platformId: a.platformId } : {}),
    force: Boolean(a.force || b.force),
    retriesOnly: Boolean(a.retriesOnly && b.retriesOnly),
  };
}

/**
 * Check every watched document with a fetchUrl. Runs never overlap: a request during a run is served by one more
 * run right after it (requests arriving meanwhile share that one), so a page that changed during a run is still seen.
 */
export function runBackgroundChecks(options: CheckRunOptions = {}, resumed = 0): Promise<CheckOutcome[]> {
  if (!running) {
    running = trackRun(options, resumed, () => runAll(options)).finally(() => {
      running = null;
    });
    return running;
  }
  queuedOptions = queuedOptions ? mergeOptions(queuedOptions, options) : options;
  queued ??= running
    .catch(() => undefined)
    .then(() => {
      const next = queuedOptions ?? {};
      queued = null;
      queuedOptions = null;
      return runBackgroundChecks(next);
    });
  return queued;
}

/** At worker start: run again the checks a stopped worker left unfinished (see pending-checks.ts). */
export async function resumeInterruptedChecks(): Promise<CheckOutcome[] | null> {
  const pending = await takeInterruptedRun<CheckRunOptions>();
  if (!pending) return null;
  console.debug(`[policy-watch] resuming background checks interrupted at ${pending.startedAt}`);
  return runBackgroundChecks(pending.options, pending.resumed + 1);
}

async function runAll(options: CheckRunOptions) {
  const { platformsOff } = await getSettings();
  const results: CheckOutcome[] = [];
  try {
    for (const group of fetchGroups(PLATFORMS)) {
      const targets = group.targets.filter(
        (t) => options.platformId === undefined || t.platform.id === options.platformId,
      );
      const off = targets.filter((t) => platformsOff.includes(t.platform.id));
      results.push(...off.map((t) => skipped(t, 'switched off')));
      const on = targets.filter((t) => !platformsOff.includes(t.platform.id));
      if (on.length > 0) results.push(...(await checkGroup(group, on, options)));
    }
  } finally {
    await closeOffscreenDocument().catch((error) => console.warn('[policy-watch] closing offscreen failed', error));
  }
  await scheduleRetry();
  return results;
}

/** The fetched page holds no policy text without its scripts (see extract-from-html.ts). */
class UnreadablePage extends Error {
  override name = 'UnreadablePage';
}

function idsOf({ platform, doc }: CheckTarget) {
  return { platformId: platform.id, documentId: doc.id };
}

function skipped(target: CheckTarget, reason: string): CheckOutcome {
  return { ...idsOf(target), outcome: 'skipped', reason };
}

/** Why a document is not fetched in this run, or null when it is due. */
function notDueBecause(state: CheckState, now: Date, { force = false, retriesOnly = false }: CheckRunOptions) {
  if (!force && state.nextAttemptAt && Date.parse(state.nextAttemptAt) > now.getTime())
    return `backing off until ${state.nextAttemptAt}`;
  if (retriesOnly && state.failures === 0) return 'not failing';
  return null;
}

/**
 * One fetch and one read of the group's page for every due document it serves (Meta's printable policy: Facebook,
 * Instagram, Messenger), then one capture per document, each with its own back-off state.
 */
async function checkGroup(group: FetchGroup, targets: CheckTarget[], options: CheckRunOptions) {
  const now = new Date();
  const states = await Promise.all(targets.map((t) => readCheckState(t.platform.id, t.doc.id)));
  const results: CheckOutcome[] = [];
  const due: { target: CheckTarget; state: CheckState }[] = [];
  targets.forEach((target, i) => {
    const state = states[i] ?? INITIAL_CHECK_STATE;
    const because = notDueBecause(state, now, options);
    if (because) results.push(skipped(target, because));
    else due.push({ target, state });
  });
  if (due.length === 0) return results;
  let page: ReadPage;
  try {
    page = await readPage(group);
  } catch (error) {
    for (const { target, state } of due) results.push(await recordFailure(target, state, now, error));
    return results;
  }
  // One page, one piece of news: the first document it changed alerts; the others are stored as seen.
  let alerted = false;
  for (const { target, state } of due) {
    const result = await recordPage(group, target, state, now, page, !alerted);
    alerted ||= result.outcome === 'changed';
    results.push(result);
  }
  return results;
}

type ReadPage = { markdown: string; lang: string | null; finalUrl: string; objectionLinks?: ObjectionLink[] };

/** Fetch the group's page and read it with its owner's extract rule. */
async function readPage({ reader, fetchUrl }: FetchGroup): Promise<ReadPage> {
  const { html, finalUrl } = await fetchPolicyHtml(reader.platform, reader.doc, fetchUrl);
  const parsed = await parsePolicyHtmlAnywhere(html, finalUrl, reader.platform.id, reader.doc.id);
  if (!parsed.ok) throw parsed.unreadable ? new UnreadablePage(parsed.reason) : new Error(parsed.reason);
  return { markdown: parsed.markdown, lang: parsed.lang, finalUrl, objectionLinks: parsed.objectionLinks };
}

async function recordPage(
  group: FetchGroup,
  target: CheckTarget,
  state: CheckState,
  now: Date,
  page: ReadPage,
  alert: boolean,
): Promise<CheckOutcome> {
  const ids = idsOf(target);
  // The page's "object" links are its owner's routes (facebook.com forms on Meta's printable page): they are kept
  // only for the owner, so Instagram's own routes are not judged by links to Facebook's.
  const links = target === group.reader && page.objectionLinks ? { objectionLinks: page.objectionLinks } : {};
  try {
    const outcome = await recordCapture({
      ...ids,
      locale: localeOf(page.lang),
      text: page.markdown,
      url: page.finalUrl,
      source: 'background',
      // The content script's version: background and visit captures use the same extraction code.
      extractorVersion: EXTRACTOR_VERSION,
      capturedAt: now.toISOString(),
      ...links,
    });
    // Another document of this page already told this change: stored as seen, so the badge counts it once.
    if (!alert && outcome.kind === 'changed') await markSeen(outcome.version.id);
    await afterCapture(outcome, alert);
    if (outcome.kind === 'refused') throw new Error(outcome.reason);
    await writeCheckState(ids.platformId, ids.documentId, nextCheckState(state, now, null));
    return { ...ids, outcome: outcome.kind };
  } catch (error) {
    return recordFailure(target, state, now, error);
  }
}

async function recordFailure(target: CheckTarget, state: CheckState, now: Date, error: unknown): Promise<CheckOutcome> {
  const ids = idsOf(target);
  const reason = error instanceof Error ? error.message : String(error);
  // Expected on a closed network, a login wall or a redesign: a warning, and back off; never an error log.
  console.warn(`[policy-watch] background check of ${ids.platformId}/${ids.documentId} failed: ${reason}`);
  const unreadable = error instanceof UnreadablePage;
  await writeCheckState(ids.platformId, ids.documentId, nextCheckState(state, now, reason, unreadable));
  const outcome = error instanceof FetchRefused ? 'refused' : unreadable ? 'unreadable' : 'failed';
  return { ...ids, outcome, reason };
}

/** The locale the content script's detection found (it answers "und" when the page does not say). */
function localeOf(lang: string | null): string {
  const tag = (lang ?? '').trim();
  return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag) ? tag : 'und';
}

async function scheduleRetry(): Promise<void> {
  const at = await earliestRetry();
  if (at === null) await browser.alarms.clear(RETRY_ALARM);
  else await browser.alarms.create(RETRY_ALARM, { when: Math.max(at, Date.now() + 60_000) });
}
