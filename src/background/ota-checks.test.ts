import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FakeGitHub } from '../../tests/e2e/harness/fake-github';
import { deleteAll, listVersions } from '../history/store';
import { otaSourceItem } from '../settings';
import { otaStateItem } from '../sources/ota-state';
import { runOtaChecks } from './ota-checks';
import { importOtaHistory } from './ota-import';
import { notificationsShown } from './testing';

// The Open Terms Archive source against an imitation of GitHub's two endpoints (tests/e2e/harness/fake-github.ts),
// the same one the e2e fixture server answers with.

const REPO = 'pga-versions';
const THREADS = 'Threads/Privacy Policy.md';
const DOC = { platformId: 'threads', documentId: 'privacy-policy', locale: 'en' };
const github = new FakeGitHub();
const requests: { url: string; init: RequestInit | undefined }[] = [];

const fetchMock = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(String(input));
  requests.push({ url: String(input), init });
  const headers = new Headers(init?.headers);
  const answer = github.answer({
    host: url.host,
    path: url.pathname,
    query: url.searchParams,
    header: (name) => headers.get(name) ?? undefined,
  });
  return new Response(answer.status === 304 ? null : answer.body, { status: answer.status, headers: answer.headers });
});

const policy = (extra: string) =>
  `# Threads Supplemental Privacy Policy\n\nThreads is provided by Meta Platforms Ireland Limited. We collect information about your activity on Threads to provide the service, and we share information with Third Party Services when you use Threads with a profile. ${'You can learn more about the information we collect and how we use it in the Meta Privacy Policy. '.repeat(30)}\n\n${extra}`;
const AI_CHANGE =
  'We use your public posts and your interactions with Threads to develop and improve artificial intelligence models, including training our generative AI, relying on our legitimate interests.';

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.stubGlobal('fetch', fetchMock);
  requests.length = 0;
  github.reset();
  await deleteAll({ evidence: true });
  await otaStateItem.removeValue();
});

async function turnOn(granted = true): Promise<void> {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted as never);
  await otaSourceItem.setValue({ on: true, allDocuments: false });
}

describe('Open Terms Archive source', () => {
  it('asks nothing while off, or while the hosts are not granted', async () => {
    github.addVersion(REPO, THREADS, policy(''), 'First record of Threads Privacy Policy', '2026-06-01T00:30:00Z');
    expect(await runOtaChecks({ force: true })).toEqual([]);
    await turnOn(false);
    expect(await runOtaChecks({ force: true })).toEqual([]);
    expect(requests).toHaveLength(0);
  });

  it('records the newest version as a baseline, then a new one at its recording time with one alert', async () => {
    github.addVersion(REPO, THREADS, policy('old'), 'First record of Threads Privacy Policy', '2026-05-01T00:30:00Z');
    github.addVersion(
      REPO,
      THREADS,
      policy(''),
      'Record new changes of Threads Privacy Policy',
      '2026-06-01T00:30:00Z',
    );
    await turnOn();
    const first = await runOtaChecks({ force: true });
    expect(first.filter((r) => r.platformId === 'threads')).toEqual([
      { platformId: 'threads', documentId: 'privacy-policy', source: 'ota', outcome: 'baseline' },
    ]);
    // Only what the background checks cannot read: Threads and Meta AI's terms, not Facebook's printable policy.
    expect(new Set(first.map((r) => r.platformId))).toEqual(new Set(['threads', 'facebook']));
    expect(first.find((r) => r.platformId === 'facebook')?.documentId).toBe('eu-ai-terms');
    // Nothing about the user: no credentials, no referrer, no token.
    for (const { init } of requests) {
      expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
      expect(new Headers(init?.headers).has('authorization')).toBe(false);
    }
    expect(github.log.every((r) => !r.cookie && !r.authorization && !r.referer)).toBe(true);

    github.addVersion(
      REPO,
      THREADS,
      policy(AI_CHANGE),
      'Record new changes of Threads Privacy Policy',
      '2026-07-01T00:30:00Z',
    );
    const second = await runOtaChecks({ platformId: 'threads', force: true });
    expect(second).toEqual([
      { platformId: 'threads', documentId: 'privacy-policy', source: 'ota', outcome: 'changed' },
    ]);
    const versions = await listVersions(DOC);
    expect(versions.map((v) => [v.source, v.capturedAt])).toEqual([
      ['ota', '2026-06-01T00:30:00.000Z'],
      ['ota', '2026-07-01T00:30:00.000Z'],
    ]);
    expect(Object.values(notificationsShown())).toHaveLength(1);
  });

  it('never alerts on a technical or declaration upgrade, and compares the next change with the upgraded text', async () => {
    github.addVersion(REPO, THREADS, policy(''), 'First record of Threads Privacy Policy', '2026-06-01T00:30:00Z');
    await turnOn();
    await runOtaChecks({ platformId: 'threads', force: true });
    github.addVersion(
      REPO,
      THREADS,
      policy(AI_CHANGE),
      'Apply technical or declaration upgrade on Threads Privacy Policy',
      '2026-06-02T00:30:00Z',
    );
    const [upgrade] = await runOtaChecks({ platformId: 'threads', force: true });
    expect(upgrade).toMatchObject({ outcome: 'baseline' });
    expect((await listVersions(DOC)).at(-1)).toMatchObject({ note: 'extractor-changed', unseen: false });
    expect(Object.values(notificationsShown())).toHaveLength(0);
  });

  it('sends the ETag back (a 304 costs nothing) and stops asking when GitHub says to wait', async () => {
    github.addVersion(REPO, THREADS, policy(''), 'First record of Threads Privacy Policy', '2026-06-01T00:30:00Z');
    await turnOn();
    await runOtaChecks({ platformId: 'threads', force: true });
    const [again] = await runOtaChecks({ platformId: 'threads', force: true });
    expect(again).toMatchObject({ outcome: 'unchanged' });
    expect(new Headers(requests.at(-1)?.init?.headers).get('if-none-match')).toMatch(/^"/);

    github.addVersion(
      REPO,
      THREADS,
      policy('x'),
      'Record new changes of Threads Privacy Policy',
      '2026-06-03T00:30:00Z',
    );
    github.remaining = 0;
    const [limited] = await runOtaChecks({ platformId: 'threads', force: true });
    expect(limited).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/GitHub asked to wait/) });
    const asked = requests.length;
    await runOtaChecks({ force: true });
    expect(requests).toHaveLength(asked);
    expect((await otaStateItem.getValue()).blockedUntil).toBe(github.resetAt * 1000);
  });

  it('imports past versions in one click, oldest first, without alerts; stops when GitHub says wait, then goes on', async () => {
    for (const [i, extra] of ['a', 'b', AI_CHANGE, 'd'].entries())
      github.addVersion(
        REPO,
        THREADS,
        policy(extra),
        'Record new changes of Threads Privacy Policy',
        `2026-0${i + 1}-01T00:30:00Z`,
      );
    await turnOn();
    github.rawRemaining = 2; // two texts, then raw.githubusercontent.com answers 429 with Retry-After
    const stopped = await importOtaHistory('threads', 'privacy-policy');
    expect(stopped).toMatchObject({ done: 2, total: 4, added: 2, finished: true, waitUntil: expect.any(String) });
    github.rawRemaining = Number.POSITIVE_INFINITY;
    await otaStateItem.setValue({ ...(await otaStateItem.getValue()), blockedUntil: null });
    const texts = () => requests.filter((r) => r.url.startsWith('https://raw.githubusercontent.com/')).length;
    const before = texts();
    const resumed = await importOtaHistory('threads', 'privacy-policy');
    expect(resumed).toMatchObject({ done: 2, total: 2, added: 2, error: null, finished: true });
    expect(texts() - before).toBe(2); // the two already imported are not fetched again
    const versions = await listVersions(DOC);
    expect(versions.map((v) => v.capturedAt.slice(0, 7))).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(versions.every((v) => v.source === 'ota' && !v.unseen)).toBe(true);
    expect(versions[2]?.report?.material).toBe(true); // analysed like any other version
    expect(Object.values(notificationsShown())).toHaveLength(0);
    // Again: nothing new.
    expect(await importOtaHistory('threads', 'privacy-policy')).toMatchObject({ total: 0, added: 0 });
  });
});
