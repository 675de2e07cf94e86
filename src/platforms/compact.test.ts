import { describe, expect, it } from 'vitest';
import { COMPACT_PLATFORMS, contentScriptMatches, toCompact } from './compact';
import { generatedModule } from './compact-plugin';
import { hostPermissions } from './match-patterns';
import { PLATFORMS } from './registry';
import { hostMatches } from './url-patterns';

describe('compact registry for the content script', () => {
  it('is the projection of the validated registry, as the build step writes it (compact-plugin.ts)', () => {
    expect(COMPACT_PLATFORMS).toEqual(toCompact(PLATFORMS));
    const code = generatedModule('/work/x/src/platforms/compact-data.ts') ?? '';
    const literal = /^export const COMPACT_DATA = JSON\.parse\(("(?:[^"\\]|\\.)*")\);\n$/.exec(code)?.[1] ?? '""';
    expect(JSON.parse(JSON.parse(literal))).toEqual(toCompact(PLATFORMS));
    expect(generatedModule('/work/x/src/platforms/compact-routes-data.ts')).toMatch(/^export const COMPACT_ROUTES = /);
    expect(generatedModule('/work/x/src/platforms/compact.ts')).toBeNull();
  });

  it('carries the defaults the schema applies, so the page needs no zod', () => {
    const linkedin = COMPACT_PLATFORMS.find((p) => p.id === 'linkedin')!;
    expect(linkedin.documents[0]?.extract.minChars).toBeGreaterThan(0);
    const pinterest = COMPACT_PLATFORMS.find((p) => p.id === 'pinterest')!;
    expect(pinterest.objectionRoutes[0]?.paths).toEqual([]);
  });

  it('derives https match patterns for every host, the same for the content script and the manifest', () => {
    const matches = contentScriptMatches();
    expect(matches).toContain('https://*.facebook.com/*');
    expect(matches).toContain('https://policies.google.com/*');
    expect(matches).toContain('https://*.instagram.com/*');
    expect(matches).not.toContain('https://help.instagram.com/*'); // covered by the wildcard
    expect(matches.every((m) => m.startsWith('https://') && m.endsWith('/*'))).toBe(true);
    expect(hostPermissions()).toEqual(matches);
  });

  it('grants host access to every fetchUrl, so background checks can read them', () => {
    const hosts = contentScriptMatches().map((m) => m.slice('https://'.length, -'/*'.length));
    for (const p of PLATFORMS) {
      for (const d of p.documents) {
        if (!d.fetchUrl) continue;
        const host = new URL(d.fetchUrl).hostname;
        expect(
          hosts.some((h) => hostMatches(h, host)),
          `${p.id} ${d.fetchUrl}`,
        ).toBe(true);
      }
    }
  });
});
