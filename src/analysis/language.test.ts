import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, readVersion } from '../../tests/analysis/corpus';
import { CORPUS_DIR } from '../../tests/corpus';
import { analyzePolicyChange } from './index';
import { detectLanguage, detectSupportedLanguage } from './language';

describe('detectLanguage', () => {
  it('tells English, German and French apart on single real sentences', () => {
    expect(detectLanguage('We process your information as necessary for our or others’ legitimate interests.')).toBe(
      'en',
    );
    expect(
      detectLanguage(
        'wie es für unsere berechtigten Interessen (sowie die von anderen) erforderlich ist, einschließlich unseres Interesses daran',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'Nous nous appuyons sur nos intérêts légitimes ou ceux d’un tiers lorsque vos intérêts ou vos libertés et droits fondamentaux ne prévalent pas sur ceux-ci',
      ),
    ).toBe('fr');
  });

  it('falls back to English for text without stopwords', () => {
    expect(detectLanguage('12345 67890')).toBe('en');
  });

  it.skipIf(!corpusAvailable)('detects the language of whole corpus versions', () => {
    expect(detectLanguage(readVersion('Facebook/privacy-policy.de-proto/2021-07-07T18-30-01Z.md'))).toBe('de');
    expect(detectLanguage(readVersion('Facebook/privacy-policy.contrib/2024-06-26T06-05-23Z.md'))).toBe('fr');
    expect(detectLanguage(readVersion('Google/privacy-policy.german/2025-12-04T00-30-58Z.md'))).toBe('de');
    expect(detectLanguage(readVersion('Threads/privacy-policy.pga/2025-01-24T12-35-30Z.md'))).toBe('en');
  });
});

describe('languages the analysis does not read', () => {
  it('a Hindi page (real, Meta printable policy for India) is in none of our languages, and is never a change', () => {
    const hindi = readFileSync(
      join(
        CORPUS_DIR,
        '..',
        'realpages',
        'facebook',
        '2025-05-07_india_hi-in_privacy-policy-meta-mbasic-printable.version.md',
      ),
      'utf8',
    );
    expect(detectSupportedLanguage(hindi)).toBeNull();
    const english = readVersion('Facebook/privacy-policy.pga/2025-05-28T00-30-56Z.md');
    expect(detectSupportedLanguage(english)).toBe('en');
    for (const [before, after] of [
      [english, hindi],
      [hindi, english],
      [hindi, `${hindi}\n\nऔर एक नया वाक्य।`],
    ]) {
      const report = analyzePolicyChange(before as string, after as string);
      expect(report).toMatchObject({ notAnalysed: 'language', material: false, flags: [], changes: [] });
    }
  });
});
