import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLATFORMS } from '../platforms/registry';
import { documentHostsUrl, FetchRefused, fetchPolicyHtml } from './fetch-policy';
import { type RedirectDetails, type RedirectEvents, RedirectWatcher } from './redirect-hops';

describe('background-check hosts', () => {
  const documents = PLATFORMS.flatMap((platform) =>
    platform.documents.filter((doc) => doc.fetchUrl).map((doc) => [`${platform.id}/${doc.id}`, platform, doc] as const),
  );

  it.each(documents)('fetches %s from a host that serves it (else every check is refused)', (_name, platform, doc) => {
    expect(documentHostsUrl(platform, doc, doc.fetchUrl as string)).toBe(true);
  });

  it("refuses another platform's host unless the document is published there", () => {
    const youtube = PLATFORMS.find((p) => p.id === 'youtube')!;
    const ytPolicy = youtube.documents.find((d) => d.id === 'privacy-policy')!;
    expect(documentHostsUrl(youtube, ytPolicy, 'https://policies.google.com/privacy?hl=fr')).toBe(true);
    expect(
      documentHostsUrl(youtube, { ...ytPolicy, publishedBy: undefined }, 'https://policies.google.com/privacy'),
    ).toBe(false);
    expect(documentHostsUrl(youtube, ytPolicy, 'https://www.facebook.com/privacy/policy/')).toBe(false);
    expect(documentHostsUrl(youtube, ytPolicy, 'http://policies.google.com/privacy')).toBe(false);
  });
});

describe('redirects checked at every hop', () => {
  const facebook = PLATFORMS.find((p) => p.id === 'facebook')!;
  const doc = facebook.documents.find((d) => d.id === 'privacy-policy')!;
  const START = 'https://www.facebook.com/privacy/policy/printable/';

  /** A browser whose webRequest reports the given hops, and a fetch that follows them to `finalUrl`. */
  function redirectingBrowser(hops: string[], finalUrl: string) {
    let listener: ((d: RedirectDetails) => void) | null = null;
    const events: RedirectEvents = {
      addListener: (l) => {
        listener = l;
      },
      removeListener: () => {
        listener = null;
      },
    };
    const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
      let from = url;
      for (const to of hops) {
        listener?.({ url: from, redirectUrl: to, tabId: -1 });
        // The browser would now request `to`; an abort stops it.
        await new Promise((r) => setTimeout(r, 5));
        if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
        from = to;
      }
      const response = new Response('<html><body><main>policy</main></body></html>', {
        headers: { 'content-type': 'text/html' },
      });
      Object.defineProperty(response, 'url', { value: finalUrl });
      Object.defineProperty(response, 'redirected', { value: hops.length > 0 });
      return response;
    });
    vi.stubGlobal('fetch', fetchMock);
    return { watcher: new RedirectWatcher(events), fetchMock, listening: () => listener !== null };
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('refuses a chain that leaves the platform and comes back, at the hop that leaves', async () => {
    const { watcher, listening } = redirectingBrowser(
      ['https://tracker.example/bounce?to=facebook', 'https://www.facebook.com/privacy/policy/'],
      'https://www.facebook.com/privacy/policy/',
    );
    await expect(fetchPolicyHtml(facebook, doc, START, watcher)).rejects.toThrow(
      new FetchRefused('redirected off Facebook to https://tracker.example/bounce?to=facebook'),
    );
    expect(listening()).toBe(false);
  });

  it('accepts hops that stay on the document’s hosts, and names them', async () => {
    const hops = [
      'https://facebook.com/privacy/policy/printable/',
      'https://mbasic.facebook.com/privacy/policy/printable/',
    ];
    const { watcher } = redirectingBrowser(hops, hops[1]!);
    const result = await fetchPolicyHtml(facebook, doc, START, watcher);
    expect(result.hops).toEqual(hops);
    expect(result.finalUrl).toBe(hops[1]);
  });

  it('ignores redirects of the user’s own tabs', async () => {
    const { watcher } = redirectingBrowser([], START);
    const seen: string[] = [];
    const watch = watcher.watch(START, (to) => seen.push(to));
    (watcher as unknown as { seen(d: RedirectDetails): void }).seen({
      url: START,
      redirectUrl: 'https://x.example/',
      tabId: 7,
    });
    watch.stop();
    expect(seen).toEqual([]);
  });

  it('still refuses a final URL off the platform when the browser reports no hops', async () => {
    const { fetchMock } = redirectingBrowser([], 'https://evil.example/policy');
    fetchMock.mockImplementationOnce(async () => {
      const response = new Response('<html></html>', { headers: { 'content-type': 'text/html' } });
      Object.defineProperty(response, 'url', { value: 'https://evil.example/policy' });
      return response;
    });
    await expect(fetchPolicyHtml(facebook, doc, START, new RedirectWatcher(undefined))).rejects.toThrow(
      'redirected off Facebook to https://evil.example/policy',
    );
  });
});
