import { getPlatform } from '../platforms/registry';
import type { Platform, PolicyDocument } from '../platforms/schema';
import { hostMatches } from '../platforms/url-patterns';
import { type RedirectWatcher, redirectWatcher } from './redirect-hops';

// The only network requests the extension makes: a plain GET of a policy's fetchUrl on the platform's own host (or
// the host of the platform that publishes the document: YouTube's privacy policy is on policies.google.com), without
// cookies (credentials 'omit': the user's session is never used, nothing about them is sent), and only if every
// redirect hop stayed there (redirect-hops.ts), the final URL too: a chain through another host and back is refused.

const MAX_HTML_CHARS = 8_000_000;
const TIMEOUT_MS = 30_000;
/** How long a redirected response waits for the browser's report of its hops (they come on another channel). */
const HOP_REPORT_MS = 1_000;

/** Whether `url` is on a host that serves this document: the platform's, the document's, or its publisher's. */
export function documentHostsUrl(platform: Platform, doc: PolicyDocument, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const publisher = doc.publishedBy === undefined ? undefined : getPlatform(doc.publishedBy);
  const hosts = [
    ...platform.hosts,
    ...(doc.hosts ?? []),
    ...(publisher ? [...publisher.hosts, ...publisher.documents.flatMap((d) => d.hosts ?? [])] : []),
  ];
  return hosts.some((pattern) => hostMatches(pattern, parsed.hostname));
}

export class FetchRefused extends Error {
  override name = 'FetchRefused';
}

export async function fetchPolicyHtml(
  platform: Platform,
  doc: PolicyDocument,
  url: string,
  watcher: RedirectWatcher = redirectWatcher(),
): Promise<{ html: string; finalUrl: string; hops: readonly string[] }> {
  if (!documentHostsUrl(platform, doc, url)) throw new FetchRefused(`${url} is not on ${platform.name}'s own hosts`);
  const offPlatform = new AbortController();
  let offHop: string | null = null;
  const watch = watcher.watch(url, (to) => {
    if (offHop !== null || documentHostsUrl(platform, doc, to)) return;
    offHop = to;
    offPlatform.abort();
  });
  const refused = () => new FetchRefused(`redirected off ${platform.name} to ${offHop}`);
  try {
    const response = await fetch(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.any([offPlatform.signal, AbortSignal.timeout(TIMEOUT_MS)]),
    }).catch(async (error: unknown) => {
      // A chain through another host can fail there (Firefox: a NetworkError at the hop without permission) before
      // the browser has reported the hop on its own channel: wait for the report as for a redirected response.
      if (!offHop && watcher.available) await hopsReported(watch.hops, () => offHop !== null);
      throw offHop ? refused() : error;
    });
    if (response.redirected && watcher.available) await hopsReported(watch.hops, () => offHop !== null);
    if (offHop) throw refused();
    const finalUrl = response.url || url;
    if (!documentHostsUrl(platform, doc, finalUrl))
      throw new FetchRefused(`redirected off ${platform.name} to ${finalUrl}`);
    return { ...(await readHtml(response)), finalUrl, hops: [...watch.hops] };
  } finally {
    watch.stop();
  }
}

/** Wait (briefly) until the browser has reported at least one hop of a redirected response, or a refusal. */
async function hopsReported(hops: readonly string[], refused: () => boolean): Promise<void> {
  const until = Date.now() + HOP_REPORT_MS;
  while (hops.length === 0 && !refused() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  if (hops.length === 0) console.warn('[policy-watch] background check: the browser reported no redirect hop');
}

async function readHtml(response: Response): Promise<{ html: string }> {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!/text\/html|application\/xhtml\+xml/i.test(type)) throw new Error(`not an HTML page (${type || 'no type'})`);
  const html = await response.text();
  if (html.length > MAX_HTML_CHARS) throw new Error(`page too large (${html.length} characters)`);
  return { html };
}
