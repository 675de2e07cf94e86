import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostPermissions } from '../../src/platforms/match-patterns';
import { useExtension } from './harness';
import { CHROME_BUILD_DIR, ensureChromeBuild, PROJECT_DIR } from './harness/build';

// The first vertical slice, end to end in the built extension: the content script recognises a privacy-policy page,
// the background records it (a first version in the history) and marks the tab's toolbar badge; any other page of
// the platform stays unmarked. And
// the manifest that ships asks for no more than the README explains.

const POLICY_URL = 'https://www.facebook.com/privacy/policy/';
const OTHER_PAGE_URL = 'https://www.facebook.com/';

describe('manifest (chrome-mv3, as built)', () => {
  ensureChromeBuild();
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD_DIR, 'manifest.json'), 'utf8'));
  const everyMatch: string[] = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches),
    ...(manifest.web_accessible_resources ?? []).flatMap((r: { matches: string[] }) => r.matches),
  ];

  it('reaches the registry hosts only, over https', () => {
    expect(manifest.host_permissions).toEqual(hostPermissions());
    for (const pattern of everyMatch) {
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/);
      expect(pattern).not.toMatch(/<all_urls>|localhost|127\.0\.0\.1|^\*:\/\/\*\//);
    }
    expect(JSON.stringify(manifest.permissions)).not.toContain('<all_urls>');
  });

  it('has exactly the permissions the README explains', () => {
    const readme = readFileSync(join(PROJECT_DIR, 'README.md'), 'utf8');
    // The README's permission table has one row per permission, starting with the permission in backticks.
    const explained = [...readme.matchAll(/^\| `([a-zA-Z]+)` +\|/gm)].map((m) => m[1]).sort();
    expect([...manifest.permissions].sort()).toEqual(explained);
  });

  it('runs no remote code and ships every icon size', () => {
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self';/);
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48', '96']);
  });
});

describe('policy page recognised: badge on its tab', () => {
  const ext = useExtension();

  it('marks the tab of a privacy-policy page and leaves another page of the platform unmarked', async () => {
    const started = Date.now();
    const policyPage = await ext().openPage(POLICY_URL);
    const policyTab = await ext().tabIdOf(policyPage);
    await expect.poll(() => ext().badgeText(policyTab), { timeout: 15_000 }).not.toBe('');
    const recognisedAfterMs = Date.now() - started;
    // The background recorded what the page showed: the policy's first version is in the history.
    await expect.poll(() => facebookVersionCount(), { timeout: 15_000 }).toBe(1);
    await ext().screenshot(policyPage, 'foundation-policy-page');

    const otherPage = await ext().openPage(OTHER_PAGE_URL);
    const otherTab = await ext().tabIdOf(otherPage);
    expect(otherTab).not.toBe(policyTab);
    // Absence can only be checked after the time in which presence was shown: wait well beyond it.
    await otherPage.waitForTimeout(Math.max(2_000, 3 * recognisedAfterMs));
    expect(await ext().badgeText(otherTab)).toBe('');
    expect(await ext().badgeText(policyTab)).not.toBe('');
    expect(await facebookVersionCount()).toBe(1);
  });

  async function facebookVersionCount(): Promise<number> {
    const versions = (await ext().readIndexedDb('policy-watch', 'versions')) ?? [];
    return versions.filter((v) => (v as { platformId?: string }).platformId === 'facebook').length;
  }
});
