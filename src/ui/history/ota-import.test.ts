import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSIONS_DIR } from '../../../tests/corpus';
import {
  capturedAtFromFileName,
  collectVersions,
  groupByFolder,
  guessLanguage,
  guessPlatformFromText,
  guessTarget,
} from './ota-import';

// Real Open Terms Archive versions from the shared corpus (see ../shared/corpus/README.md).
const CORPUS = VERSIONS_DIR;
const FB_PGA = 'Facebook/privacy-policy.pga';

function corpusFile(relative: string) {
  return { path: relative, text: readFileSync(join(CORPUS, relative), 'utf8') };
}

describe('capturedAtFromFileName', () => {
  it('reads the UTC recording time from an Open Terms Archive file name', () => {
    expect(capturedAtFromFileName(`${FB_PGA}/2024-05-21T18-30-35Z.md`)).toBe('2024-05-21T18:30:35Z');
    expect(capturedAtFromFileName('2025-06-16T12-31-49.5Z.md')).toBe('2025-06-16T12:31:49.500Z');
  });
  it('refuses other names and impossible dates', () => {
    expect(capturedAtFromFileName('README.md')).toBeNull();
    expect(capturedAtFromFileName('2024-05-21T18-30-35Z.txt')).toBeNull();
    expect(capturedAtFromFileName('2024-13-41T18-30-35Z.md')).toBeNull();
  });
});

describe('guessTarget', () => {
  it('guesses platform and document from the folder', () => {
    expect(guessTarget(`${FB_PGA}/2024-05-21T18-30-35Z.md`)).toEqual({
      platformId: 'facebook',
      documentId: 'privacy-policy',
    });
    expect(guessTarget('versions/Meta-AI/privacy-policy.genai-eu')).toEqual({
      platformId: 'meta-ai',
      documentId: 'privacy-policy',
    });
  });
  it('uses a zip name when there is no folder', () => {
    expect(guessTarget('privacy-policy.pga.zip')).toEqual({ platformId: null, documentId: 'privacy-policy' });
  });
});

describe('collectVersions', () => {
  it('orders the real Facebook versions by date and skips other files', () => {
    const names = readdirSync(join(CORPUS, FB_PGA)).reverse().slice(0, 5);
    const files = [...names.map((n) => corpusFile(`${FB_PGA}/${n}`)), { path: `${FB_PGA}/notes.txt`, text: 'x' }];
    const { versions, skipped } = collectVersions(files);
    expect(versions.map((v) => v.capturedAt)).toEqual(versions.map((v) => v.capturedAt).sort());
    expect(versions).toHaveLength(5);
    expect(skipped).toEqual([`${FB_PGA}/notes.txt`]);
    expect(versions[0]?.text).toContain('Privacy Policy');
  });
  it('keeps one file per recording time', () => {
    const file = corpusFile(`${FB_PGA}/2024-05-21T18-30-35Z.md`);
    const { versions, skipped } = collectVersions([file, { ...file, path: `copy/${file.path}` }]);
    expect(versions).toHaveLength(1);
    expect(skipped).toHaveLength(1);
  });
});

describe('guessLanguage', () => {
  it.each([
    [`${FB_PGA}/2025-05-28T00-30-56Z.md`, 'en'],
    ['Facebook/privacy-policy.de-proto/2021-06-23T07-54-36Z.md', 'de'],
    ['Facebook/privacy-policy.france-elections/2022-02-23T09-46-46Z.md', 'fr'],
  ])('%s is %s', (path, lang) => {
    expect(guessLanguage(corpusFile(path).text)).toBe(lang);
  });
});

describe('groupByFolder', () => {
  it('keeps the collections of a picked service folder apart, largest first', () => {
    const pga = readdirSync(join(CORPUS, FB_PGA))
      .slice(0, 3)
      .map((n) => corpusFile(`${FB_PGA}/${n}`));
    const deProto = readdirSync(join(CORPUS, 'Facebook/privacy-policy.de-proto')).map((n) =>
      corpusFile(`Facebook/privacy-policy.de-proto/${n}`),
    );
    const groups = groupByFolder([...deProto, ...pga, { path: 'Facebook/README.md', text: '' }]);
    expect(groups.map((g) => [g.folder, g.files.length])).toEqual([
      [FB_PGA, 3],
      ['Facebook/privacy-policy.de-proto', 2],
    ]);
  });
});

describe('guessPlatformFromText', () => {
  const platforms = [
    { id: 'facebook', name: 'Facebook', hosts: ['*.facebook.com'] },
    { id: 'instagram', name: 'Instagram', hosts: ['*.instagram.com'] },
    { id: 'linkedin', name: 'LinkedIn', hosts: ['*.linkedin.com'] },
  ];
  it('names the platform a real policy is about', () => {
    const facebook = corpusFile(`${FB_PGA}/2025-05-28T00-30-56Z.md`).text;
    expect(guessPlatformFromText(facebook, platforms)).toBe('facebook');
    const instagramDir = join(CORPUS, 'Instagram/privacy-policy.pga');
    const latest = readdirSync(instagramDir).sort().pop() ?? '';
    const instagram = readFileSync(join(instagramDir, latest), 'utf8');
    expect(guessPlatformFromText(instagram, platforms)).toBe('instagram');
  });
  it('says nothing when no platform is named', () => {
    expect(guessPlatformFromText('We process data.', platforms)).toBeNull();
  });
});
