import type { Platform } from './schema';

// Where a person reads a platform's policy: the first host and path the registry lists for the document (its
// `paths` are patterns; the part before any wildcard is a real page). Opening it lets the content script keep the
// first version. Not the `fetchUrl`: that is the plain printable page the background check reads, a different source.

export function policyPageUrl(platform: Platform, documentId?: string): string {
  const doc = platform.documents.find((d) => d.id === documentId) ?? platform.documents[0];
  const host = (doc?.hosts?.[0] ?? platform.hosts[0] ?? '').replace(/^\*\./, 'www.');
  const path = (doc?.paths.find((p) => !p.startsWith('/{locale}')) ?? doc?.paths[0] ?? '/')
    .replace(/\{locale\}\/?/, '')
    .replace(/\*.*$/, '');
  return `https://${host}${path}`;
}
