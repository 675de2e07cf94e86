import { PLATFORMS } from './registry';

// Match patterns for the manifest, derived from the registry so that a new platform is data only.
// "*.facebook.com" in the registry means the domain and every subdomain, which is exactly "*://*.facebook.com/*".

function hostsOf(): string[] {
  const hosts = new Set<string>();
  for (const p of PLATFORMS) {
    for (const h of p.hosts) hosts.add(h);
    for (const d of p.documents) for (const h of d.hosts ?? []) hosts.add(h);
  }
  return [...hosts].sort();
}

/** Content-script matches: https only; platforms serve nothing over plain http. */
export function contentScriptMatches(): string[] {
  return hostsOf().map((h) => `https://${h}/*`);
}

/** Host permissions: the same hosts, for background checks of the policies' own URLs. */
export function hostPermissions(): string[] {
  return contentScriptMatches();
}
