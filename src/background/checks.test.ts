import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  backoffDelayMs,
  INITIAL_CHECK_STATE,
  readCheckState,
  writeCheckState,
} from '../history/check-state';
import { deleteAll, listVersions } from '../history/store';
import { checkIntervalHoursItem, platformsOffItem } from '../settings';
import { CHECK_ALARM, RETRY_ALARM, resumeInterruptedChecks, runBackgroundChecks, scheduleChecks } from './checks';
import { notificationsShown } from './testing';

// Background checks with the network replaced by a fake fetch serving Meta's printable policy page. happy-dom gives
// the test a DOMParser, so the checks take the Firefox path (parse in the background page itself).

const PRINTABLE = 'https://mbasic.facebook.com/privacy/policy/printable/';
const DOC = { platformId: 'facebook', documentId: 'privacy-policy', locale: 'en' };
/** The platforms whose privacy policy is Meta's printable one (one fetch serves them all). */
const PRINTABLE_SERVES = ['facebook', 'messenger', 'instagram'];

/** The fixture of Meta's printable policy page (tests/fixtures/sites/mbasic.facebook.com/...), per variant. */
function printablePage(variant: 'v1' | 'v2' | 'noise'): string {
  const file = variant === 'v1' ? 'index.html' : `index.${variant}.html`;
  return readFileSync(
    resolve(process.cwd(), 'tests/fixtures/sites/mbasic.facebook.com/privacy/policy/printable', file),
    'utf8',
  );
}

let served: { status: number; body: string; url?: string };
// The fake records each request; the tests assert on the calls afterwards (an expect thrown in here would be caught
// by the checks' own error handling and only turn into a failed check).
const fetchMock = vi.fn(async (input: string | URL | Request, _init?: RequestInit) => {
  // Only Facebook's printable policy is served; other platforms' fetchUrls answer 404 (they fail and back off).
  const ours = String(input) === PRINTABLE;
  const response = new Response(ours ? served.body : 'not here', {
    status: ours ? served.status : 404,
    headers: { 'content-type': 'text/html' },
  });
  Object.defineProperty(response, 'url', { value: served.url ?? String(input) });
  return response;
});

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockClear();
  await deleteAll({ evidence: true });
  for (const platformId of PRINTABLE_SERVES) await writeCheckState(platformId, 'privacy-policy', INITIAL_CHECK_STATE);
});

describe('background checks', () => {
  it('mark a page that shows its policy only with scripts as unreadable, and store nothing from it', async () => {
    // What a client-rendered policy page answers to a plain GET: a shell and a bundle (Instagram's Privacy Center).
    served = {
      status: 200,
      body: '<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body><div id="root"></div><script src="/bundle.js"></script></body></html>',
    };
    const [result] = (await runBackgroundChecks()).filter((r) => r.platformId === 'facebook');
    expect(result).toMatchObject({
      outcome: 'unreadable',
      reason: expect.stringMatching(/no policy text without its scripts/),
    });
    expect(await readCheckState('facebook', 'privacy-policy')).toMatchObject({ unreadable: true, failures: 1 });
    expect(await listVersions(DOC)).toEqual([]);
    // A page that reads again clears the mark.
    served = { status: 200, body: printablePage('v1') };
    await runBackgroundChecks({ force: true });
    expect(await readCheckState('facebook', 'privacy-policy')).toMatchObject({ unreadable: false, failures: 0 });
  });

  it('fetch the printable policy: a baseline, noise without alert, then a change with one notification', async () => {
    served = { status: 200, body: printablePage('v1') };
    const [first] = (await runBackgroundChecks()).filter((r) => r.platformId === 'facebook');
    expect(first).toMatchObject({ outcome: 'baseline' });
    expect(fetchMock).toHaveBeenCalledWith(PRINTABLE, expect.anything());
    // Without cookies: the user's session is never used by a background check.
    expect(fetchMock.mock.calls.length).toBeGreaterThan(0);
    for (const [url, init] of fetchMock.mock.calls)
      expect({ url, credentials: init?.credentials }).toEqual({ url, credentials: 'omit' });
    expect(Object.keys(notificationsShown())).toHaveLength(0);

    served = { status: 200, body: printablePage('noise') };
    const [noise] = (await runBackgroundChecks({ force: true })).filter((r) => r.platformId === 'facebook');
    expect(noise).toMatchObject({ outcome: 'noise' });
    expect(Object.keys(notificationsShown())).toHaveLength(0);

    served = { status: 200, body: printablePage('v2') };
    const [second] = (await runBackgroundChecks({ force: true })).filter((r) => r.platformId === 'facebook');
    expect(second).toMatchObject({ outcome: 'changed' });
    const versions = await listVersions(DOC);
    expect(versions.map((v) => v.source)).toEqual(['background', 'background', 'background']);
    const shown = Object.values(notificationsShown());
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toMatch(/train AI/);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('fetch Meta’s printable policy once for Facebook, Instagram and Messenger, and alert its change once', async () => {
    served = { status: 200, body: printablePage('v1') };
    const results = await runBackgroundChecks();
    const printable = fetchMock.mock.calls.filter(([url]) => String(url) === PRINTABLE);
    expect(printable).toHaveLength(1);
    for (const platformId of PRINTABLE_SERVES)
      expect(results.find((r) => r.platformId === platformId)).toMatchObject({ outcome: 'baseline' });
    const [facebook, instagram, messenger] = await Promise.all(
      PRINTABLE_SERVES.map(async (platformId) => (await listVersions({ ...DOC, platformId }))[0]),
    );
    expect(instagram?.textHash).toBe(facebook?.textHash);
    expect(messenger?.textHash).toBe(facebook?.textHash);
    // The page's "object" links are Facebook's forms: Instagram's routes are not judged by them.
    expect(instagram?.objectionLinks).toBeUndefined();

    served = { status: 200, body: printablePage('v2') };
    const changed = await runBackgroundChecks({ force: true });
    expect(changed.filter((r) => r.outcome === 'changed').map((r) => r.platformId)).toEqual(PRINTABLE_SERVES);
    expect(Object.values(notificationsShown())).toHaveLength(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('check one platform now: Instagram alone is read from the printable policy', async () => {
    served = { status: 200, body: printablePage('v1') };
    const results = await runBackgroundChecks({ platformId: 'instagram', force: true });
    expect(results).toEqual([{ platformId: 'instagram', documentId: 'privacy-policy', outcome: 'baseline' }]);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([PRINTABLE]);
    expect(await listVersions({ ...DOC, platformId: 'facebook' })).toEqual([]);
  });

  it('back off after a failure, retry by alarm, and skip the document until then', async () => {
    served = { status: 500, body: 'oops' };
    const [failed] = (await runBackgroundChecks()).filter((r) => r.platformId === 'facebook');
    expect(failed).toMatchObject({ outcome: 'failed', reason: 'HTTP 500' });
    const state = await readCheckState('facebook', 'privacy-policy');
    expect(state.failures).toBe(1);
    expect(Date.parse(state.nextAttemptAt ?? '') - Date.now()).toBeGreaterThan(BACKOFF_BASE_MS - 5_000);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeDefined();

    const [skipped] = (await runBackgroundChecks()).filter((r) => r.platformId === 'facebook');
    expect(skipped?.outcome).toBe('skipped');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('refuse a redirect off the platform’s hosts', async () => {
    served = { status: 200, body: printablePage('v1'), url: 'https://tracker.example/login' };
    const [refused] = (await runBackgroundChecks()).filter((r) => r.platformId === 'facebook');
    expect(refused?.outcome).toBe('refused');
    expect(await listVersions(DOC)).toHaveLength(0);
  });

  it('skip switched-off platforms without a request', async () => {
    await platformsOffItem.setValue(PRINTABLE_SERVES);
    served = { status: 200, body: printablePage('v1') };
    const [skipped] = (await runBackgroundChecks()).filter((r) => r.platformId === 'facebook');
    expect(skipped).toMatchObject({ outcome: 'skipped', reason: 'switched off' });
    expect(fetchMock).not.toHaveBeenCalledWith(PRINTABLE, expect.anything());
  });
});

describe('check schedule', () => {
  it('is daily by default, follows the setting, and is off at 0 hours', async () => {
    await scheduleChecks();
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))?.periodInMinutes).toBe(24 * 60);
    await checkIntervalHoursItem.setValue(6);
    await scheduleChecks();
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))?.periodInMinutes).toBe(6 * 60);
    await checkIntervalHoursItem.setValue(0);
    await scheduleChecks();
    expect(await fakeBrowser.alarms.get(CHECK_ALARM)).toBeUndefined();
  });

  it('doubles the back-off up to a day', () => {
    expect(backoffDelayMs(1)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelayMs(3)).toBe(4 * BACKOFF_BASE_MS);
    expect(backoffDelayMs(20)).toBe(BACKOFF_MAX_MS);
  });
});

describe('overlapping check requests', () => {
  it('run once more after the current run, so a change made during a run is still fetched', async () => {
    served = { status: 200, body: printablePage('v1') };
    const first = runBackgroundChecks({ platformId: 'facebook' });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    // The first run has its page and is still parsing and storing it when the policy changes and more requests come.
    served = { status: 200, body: printablePage('v2') };
    const second = runBackgroundChecks({ platformId: 'facebook', force: true });
    const third = runBackgroundChecks({ platformId: 'facebook', force: true });
    expect(third).toBe(second);
    const outcomes = [(await first)[0]?.outcome, (await second)[0]?.outcome];
    expect(outcomes).toEqual(['baseline', 'changed']);
  });
});

describe('background checks interrupted by a worker stop', () => {
  it('are run again by the next worker, storing the version once', async () => {
    served = { status: 200, body: printablePage('v1') };
    // What a worker stopped in the middle of a run leaves behind (the run never crossed itself out).
    await fakeBrowser.storage.local.set({
      'checks.pendingRun': { options: {}, resumed: 0, startedAt: '2026-01-01T00:00:00.000Z' },
    });
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const results = await resumeInterruptedChecks();
    expect(results?.find((r) => r.platformId === 'facebook')).toMatchObject({ outcome: 'baseline' });
    expect(await listVersions(DOC)).toHaveLength(1);
    expect(console.debug).toHaveBeenCalledWith(expect.stringMatching(/resuming background checks interrupted/));
    // Finished: nothing is left to resume.
    const left = await fakeBrowser.storage.local.get('checks.pendingRun');
    expect(left['checks.pendingRun'] ?? null).toBeNull();
    expect(await resumeInterruptedChecks()).toBeNull();
    expect(await listVersions(DOC)).toHaveLength(1);
  });

  it('are given up with a warning when they keep taking the worker down', async () => {
    await fakeBrowser.storage.local.set({
      'checks.pendingRun': { options: {}, resumed: 2, startedAt: '2026-01-01T00:00:00.000Z' },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await resumeInterruptedChecks()).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/interrupted again; given up/));
  });
});
