import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

// The store material in store/ against the manifest it describes: the listing's summary is the manifest's localised
// description (and within the Chrome Web Store's 132 characters), and every permission either manifest requests is
// justified in the privacy-practices answers.

const ROOT = resolve(import.meta.dirname, '..');
const LANGUAGES = ['en', 'de', 'fr'] as const;

interface ListingEntry {
  name: string;
  summary: string;
  description: string;
}

const listing = JSON.parse(readFileSync(join(ROOT, 'store/listing.json'), 'utf8')) as Record<
  (typeof LANGUAGES)[number],
  ListingEntry
>;
const practices = readFileSync(join(ROOT, 'store/privacy-practices.md'), 'utf8');
const messages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

type ManifestFn = (env: { browser: string; manifestVersion: number }) => {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
};

describe('store listing', () => {
  it.each(LANGUAGES)('in %s: the manifest’s name and description, within the stores’ limits', (lang) => {
    const entry = listing[lang];
    expect(entry.name).toBe(messages(lang).extName?.message);
    expect(entry.summary).toBe(messages(lang).extDescription?.message);
    expect(entry.summary.length).toBeLessThanOrEqual(132); // Chrome Web Store; addons.mozilla.org allows 250
    expect(entry.name.length).toBeLessThanOrEqual(45);
    expect(entry.description.length).toBeGreaterThan(500);
    expect(entry.description.length).toBeLessThanOrEqual(16_000);
    if (lang !== 'en') expect(entry.description).not.toBe(listing.en.description);
  });
});

describe('privacy practices', () => {
  it.each(['chrome', 'firefox'])('justify every permission of the %s manifest', (browser) => {
    const manifest = (config.manifest as ManifestFn)({ browser, manifestVersion: browser === 'firefox' ? 2 : 3 });
    expect(manifest.permissions?.length).toBeGreaterThan(0);
    // A row of the permissions table, however its columns are padded.
    const row = (name: string) => new RegExp(`^\\|\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\|`, 'm');
    for (const permission of manifest.permissions ?? []) expect(practices).toMatch(row(`\`${permission}\``));
    if ((manifest.host_permissions ?? []).length > 0) expect(practices).toMatch(row('host permissions'));
  });

  it.each(['chrome', 'firefox'])(
    'name every optional host of the %s manifest, asked only when turned on',
    (browser) => {
      const manifest = (config.manifest as ManifestFn)({ browser, manifestVersion: browser === 'firefox' ? 2 : 3 });
      const optional = browser === 'firefox' ? manifest.optional_permissions : manifest.optional_host_permissions;
      expect(optional).toEqual(['https://api.github.com/*', 'https://raw.githubusercontent.com/*']);
      const row = practices.split('\n').find((line) => line.startsWith('| optional host permissions')) ?? '';
      for (const origin of optional ?? []) expect(row).toContain(`\`${origin}\``);
      for (const lang of LANGUAGES)
        expect(listing[lang].description).toMatch(/api\.github\.com.*raw\.githubusercontent\.com/s);
    },
  );

  it('answer the questions both stores ask', () => {
    for (const heading of ['## Single purpose', '## Permissions and why', '## Remote code', '## Data usage'])
      expect(practices).toContain(heading);
    expect(practices).toMatch(/collects \*\*no\*\* user data/);
  });
});
