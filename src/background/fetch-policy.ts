import { getPlatform } from '../platforms/registry';
import type { Platform, PolicyDocument } from '../platforms/schema';
import { hostMatches } from '../platforms/url-patterns';

// The only network requests the extension makes: a plain GET of a policy's fetchUrl on the platform's own host (or
// the host of the platform that publishes the document: YouTube's privacy policy is on policies.google.com), without
// cookies (credentials 'omit': the user's session is never used, nothing about them is sent), and only if the answer
// (after redirects) still comes from there.

const MAX_HTML_CHARS = 8_000_000;
const TIMEOUT_MS = 30_000;

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
): Promise<{ html: string; finalUrl: string }> {
  if (!documentHostsUrl(platform, doc, url)) throw new FetchRefused(`${url} is not on ${platform.name}'s own hosts`);
  const response = await fetch(url, {
    method: 'GET',
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'follow',
    referrerPolicy: 'no-referrer',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const finalUrl = response.url || url;
  if (!documentHostsUrl(platform, doc, finalUrl))
    throw new FetchRefused(`redirected off ${platform.name} to ${finalUrl}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!/text\/html|application\/xhtml\+xml/i.test(type)) throw new Error(`not an HTML page (${type || 'no type'})`);
  const html = await response.text();
  if (html.length > MAX_HTML_CHARS) throw new Error(`page too large (${html.length} characters)`);
  return { html, finalUrl };
}
