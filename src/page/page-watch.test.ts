import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fixtureHtml, setPageUrl, showFixture, stubNavigationApi } from '../../tests/fixtures/load-fixture';
import { pageSeen, policyCaptured } from '../messaging/page';
import { EXTRACTOR_VERSION } from './extractor-version';
import { watchNavigation } from './navigation';
import { createPageWatch } from './page-watch';
import type { PageMessenger, PageSeenData, PolicyCapturedData } from './send';

/** Records what the content script would send, after checking it against the messages' own schemas. */
function recordingMessenger() {
  const seen: PageSeenData[] = [];
  const captured: PolicyCapturedData[] = [];
  const messenger: PageMessenger = {
    pageSeen: async (data) => {
      seen.push(pageSeen.request.parse(data));
      return { recorded: true };
    },
    policyCaptured: async (data) => {
      captured.push(policyCaptured.request.parse(data));
      return { outcome: 'baseline' };
    },
  };
  return { messenger, seen, captured };
}

function setup() {
  const { messenger, seen, captured } = recordingMessenger();
  const log: string[] = [];
  const watch = createPageWatch({
    win: window,
    messenger,
    signal: new AbortController().signal,
    log: (l) => log.push(l),
  });
  return { watch, seen, captured, log };
}

const HOME = 'https://www.facebook.com/';
const POLICY = 'https://www.facebook.com/privacy/policy/';

describe('page watch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reports a policy page at once and sends the text once the late render has settled', async () => {
    const { watch, seen, captured } = setup();
    showFixture(POLICY);
    const outcome = watch.visit(POLICY);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([
      {
        url: POLICY,
        platformId: 'facebook',
        pageType: 'policy',
        documentId: 'privacy-policy',
        routeId: null,
        locale: 'en',
      },
    ]);
    expect(captured).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await outcome).toBe('captured');
    expect(captured).toHaveLength(1);
    expect(captured[0]).toMatchObject({
      url: POLICY,
      platformId: 'facebook',
      documentId: 'privacy-policy',
      locale: 'en',
    });
    expect(captured[0]?.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(captured[0]?.text).toContain('# What is the Privacy Policy and what does it cover?');
  });

  it('does no DOM work and sends nothing on the platform’s other pages or off the registry', async () => {
    const { watch, seen } = setup();
    showFixture(HOME, undefined, { runScripts: false });
    const querySpy = vi.spyOn(document, 'querySelector');
    expect(await watch.visit(HOME)).toBe('other');
    expect(await watch.visit('https://www.facebook.com/groups/feed/')).toBe('other');
    expect(await watch.visit('https://example.com/privacy/policy/')).toBe('off-registry');
    expect(querySpy).not.toHaveBeenCalled();
    expect(seen).toEqual([]);
  });

  it('recognises the objection form in German, with its route, and does not capture it', async () => {
    const { watch, seen, captured } = setup();
    const url = 'https://de-de.facebook.com/help/contact/712876720715583';
    showFixture(url);
    expect(await watch.visit(url)).toBe('recognised');
    expect(seen).toEqual([
      {
        url,
        platformId: 'facebook',
        pageType: 'objection-form',
        documentId: null,
        routeId: 'meta-ai-facebook',
        locale: 'de',
      },
    ]);
    expect(captured).toEqual([]);
  });

  it('follows the single-page navigation from the home feed into the policy and back', async () => {
    const { watch, seen, captured } = setup();
    // home.js fetches the route's page as Facebook's router does; serve it from the fixtures.
    vi.stubGlobal(
      'fetch',
      async (path: string) =>
        new Response(
          fixtureHtml('www.facebook.com', String(path).replace(/^\/|\/$/g, '')).replace(/<link\b[^>]*>/g, ''),
        ),
    );
    const navigation = stubNavigationApi();
    onTestFinished(navigation.remove);
    showFixture(HOME);
    expect(await watch.visit(HOME)).toBe('other');
    const visits: Promise<string>[] = [];
    watchNavigation(window, new AbortController().signal, (url) => visits.push(watch.visit(url)));

    document.querySelector<HTMLAnchorElement>('a[data-spa-link]')!.click(); // home.js: pushState, fetch, late render
    expect(location.href).toBe(POLICY);
    navigation.navigateSuccess(); // what the Navigation API reports once the page's pushState is committed
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await visits[0]).toBe('captured');
    expect(seen.map((s) => s.pageType)).toEqual(['policy']);
    expect(captured[0]?.text).toContain('Effective April 7, 2025');

    history.back();
    await vi.advanceTimersByTimeAsync(0);
    setPageUrl(HOME);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await visits[1]).toBe('other');
    expect(seen.map((s) => s.pageType)).toEqual(['policy', 'other']); // the badge is cleared
  });

  it('abandons a visit when the user navigates on before the render settles', async () => {
    const { watch, captured } = setup();
    showFixture(POLICY);
    const first = watch.visit(POLICY);
    await vi.advanceTimersByTimeAsync(100);
    setPageUrl(HOME);
    const second = watch.visit(HOME);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await first).toBe('superseded');
    expect(await second).toBe('other');
    expect(captured).toEqual([]);
  });

  it('refuses a login wall at the policy URL after the time cap, says why, and sends no text', async () => {
    const { watch, seen, captured, log } = setup();
    showFixture(POLICY, 'login');
    const outcome = watch.visit(POLICY);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await outcome).toBe('refused:login-wall');
    expect(seen).toHaveLength(1);
    expect(captured).toEqual([]);
    expect(log).toEqual([expect.stringMatching(/capture refused \(login-wall\): password field and little text/)]);
  });

  it('logs, does not throw, when the background cannot be reached', async () => {
    const log: string[] = [];
    const failing: PageMessenger = {
      pageSeen: () => Promise.reject(new Error('Could not establish connection')),
      policyCaptured: () => Promise.reject(new Error('unreachable')),
    };
    const watch = createPageWatch({
      win: window,
      messenger: failing,
      signal: new AbortController().signal,
      log: (l) => log.push(l),
    });
    showFixture(POLICY, undefined, { runScripts: false });
    expect(await watch.visit(POLICY)).toBe('send-failed');
    expect(log).toEqual(['[policy-watch] pageSeen not delivered: Could not establish connection']);
  });
});
