import { browser } from 'wxt/browser';
import { earliestRetry, nextCheckState, readCheckState, writeCheckState } from '../history/check-state';
import { recordCapture } from '../history/store';
import type { CheckOutcome } from '../messaging/checks';
import { EXTRACTOR_VERSION } from '../page/extractor-version';
import { PLATFORMS } from '../platforms/registry';
import type { Platform, PolicyDocument } from '../platforms/schema';
import { checkIntervalHoursItem, getSettings } from '../settings';
import { afterCapture } from './after-capture';
import { FetchRefused, fetchPolicyHtml } from './fetch-policy';
import { closeOffscreenDocument, parsePolicyHtmlAnywhere } from './parse-policy-html';
import { takeInterruptedRun, trackRun } from './pending-checks';

// Background checks: so a user learns of a change without visiting the page. A periodic alarm (daily by default,
// settings.checkIntervalHours; 0 = off) fetches every watched platform's documents that have a fetchUrl, extracts the
// text as the content script would, and hands it to recordCapture with source 'background'. A failing document backs
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

async function runAll({ platformId, force = false, retriesOnly = false }: CheckRunOptions) {
  const { platformsOff } = await getSettings();
  const results: CheckOutcome[] = [];
  try {
    for (const platform of PLATFORMS) {
      if (platformId !== undefined && platform.id !== platformId) continue;
      for (const doc of platform.documents) {
        if (!doc.fetchUrl) continue;
        if (platformsOff.includes(platform.id)) {
          results.push({ platformId: platform.id, documentId: doc.id, outcome: 'skipped', reason: 'switched off' });
          continue;
        }
        results.push(await checkDocument(platform, doc, doc.fetchUrl, force, retriesOnly));
      }
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

async function checkDocument(
  platform: Platform,
  doc: PolicyDocument,
  fetchUrl: string,
  force: boolean,
  retriesOnly: boolean,
): Promise<CheckOutcome> {
  const ids = { platformId: platform.id, documentId: doc.id };
  const state = await readCheckState(platform.id, doc.id);
  const now = new Date();
  if (!force && state.nextAttemptAt && Date.parse(state.nextAttemptAt) > now.getTime()) {
    return { ...ids, outcome: 'skipped', reason: `backing off until ${state.nextAttemptAt}` };
  }
  if (retriesOnly && state.failures === 0) return { ...ids, outcome: 'skipped', reason: 'not failing' };
  try {
    const { html, finalUrl } = await fetchPolicyHtml(platform, doc, fetchUrl);
    const parsed = await parsePolicyHtmlAnywhere(html, finalUrl, platform.id, doc.id);
    if (!parsed.ok) throw parsed.unreadable ? new UnreadablePage(parsed.reason) : new Error(parsed.reason);
    const outcome = await recordCapture({
      ...ids,
      locale: localeOf(parsed.lang),
      text: parsed.markdown,
      url: finalUrl,
      source: 'background',
      // The content script's version: background and visit captures use the same extraction code.
      extractorVersion: EXTRACTOR_VERSION,
      capturedAt: now.toISOString(),
      ...(parsed.objectionLinks ? { objectionLinks: parsed.objectionLinks } : {}),
    });
    await afterCapture(outcome);
    if (outcome.kind === 'refused') throw new Error(outcome.reason);
    await writeCheckState(platform.id, doc.id, nextCheckState(state, now, null));
    return { ...ids, outcome: outcome.kind };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Expected on a closed network, a login wall or a redesign: a warning, and back off; never an error log.
    console.warn(`[policy-watch] background check of ${platform.id}/${doc.id} failed: ${reason}`);
    const unreadable = error instanceof UnreadablePage;
    await writeCheckState(platform.id, doc.id, nextCheckState(state, now, reason, unreadable));
    const outcome = error instanceof FetchRefused ? 'refused' : unreadable ? 'unreadable' : 'failed';
    return { ...ids, outcome, reason };
  }
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
