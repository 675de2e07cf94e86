import { contentScriptMatches } from '../../../src/platforms/match-patterns';

// The hosts the extension runs on come from the registry, through the very match patterns that go into the manifest,
// so a platform added as data is reachable in e2e tests without touching the harness.

/** Host patterns as in the registry: "www.example.com" or "*.example.com" (the domain and every subdomain). */
export function platformHostPatterns(): string[] {
  return contentScriptMatches().map((pattern) => {
    const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
    if (!host) throw new Error(`Unexpected content-script match pattern: ${pattern}`);
    return host;
  });
}

/**
 * A host that is no platform's, served by the fixture server only to stand between two platform pages in a redirect
 * chain (a check must refuse a chain through it). Reserved name (.example): it exists nowhere else.
 */
export const OFF_PLATFORM_HOST = 'policy-bounce.example';

/** Names a certificate and the resolver must cover: "*.example.com" stands for itself and "example.com". */
export function platformHostNames(): string[] {
  const names = new Set<string>();
  for (const pattern of platformHostPatterns()) {
    names.add(pattern);
    if (pattern.startsWith('*.')) names.add(pattern.slice(2));
  }
  return [...names].sort();
}

/** Hosts the fixtures imitate besides the platforms: GitHub, for the Open Terms Archive source (fake-github.ts). */
export const OTHER_FIXTURE_HOSTS = ['api.github.com', 'raw.githubusercontent.com'] as const;

/**
 * Chromium's --host-resolver-rules: every platform host goes to the fixture server (Chromium honours the port in a
 * MAP rule), and every other name fails to resolve, so an unexpected request to a third party cannot leave the
 * machine and shows up as a failed request instead.
 */
/**
 * Every name the fixture server answers for (its certificate, the resolver rules, Firefox's proxy): the platforms,
 * GitHub's two hosts, and the one host that is none of theirs.
 */
export function servedHostNames(): string[] {
  return [...platformHostNames(), ...OTHER_FIXTURE_HOSTS, OFF_PLATFORM_HOST].sort();
}

export function hostResolverRules(port: number): string {
  const maps = servedHostNames().map((name) => `MAP ${name} 127.0.0.1:${port}`);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
}
