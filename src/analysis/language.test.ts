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

describe('the language over the whole text, block by block', () => {
  /** A cookie table: names, hosts and durations, no sentence (about 23 KB). */
  const cookieTable = Array.from(
    { length: 360 },
    (_, row) => `| _ga_${row} | .example${row}.com | 13 months | analytics cookie id${row} |`,
  ).join('\n');

  it.skipIf(!corpusAvailable)('a 23 KB cookie table where the text used to be sampled leaves the policy read', () => {
    const policy = readVersion('Threads/privacy-policy.pga/2025-01-24T12-35-30Z.md');
    const cut = policy.indexOf('\n', Math.floor(policy.length / 4));
    const withTable = `${policy.slice(0, cut)}\n\n${cookieTable}\n${policy.slice(cut)}`;
    expect(cookieTable.length).toBeGreaterThan(20_000);
    expect(detectSupportedLanguage(withTable)).toBe('en');
    const report = analyzePolicyChange(policy, withTable);
    expect(report.notAnalysed).toBeUndefined();
  });

  it('a German policy with an English cookie table and English product names is German', () => {
    const german =
      'Wir verwenden deine Informationen, um unsere Dienste bereitzustellen und zu verbessern, und wir geben sie nicht ohne deine Einwilligung an Dritte weiter.\n\n';
    const text = `${german.repeat(10)}${cookieTable}\n\nThe Cookie Settings page and the Help Center are in English only.`;
    expect(detectLanguage(text)).toBe('de');
    expect(detectSupportedLanguage(text)).toBe('de');
  });

  it('a Chinese policy is a language we do not read, never an empty page', () => {
    const chinese =
      '我们会收集您在使用我们的服务时提供的信息，包括您的帐户信息、您发布的内容以及您与其他用户的互动。我们使用这些信息来提供、维护和改进我们的服务，并保护我们的用户。\n\n'.repeat(
        6,
      );
    const edited = `${chinese}我们可能会使用您的公开内容来训练我们的人工智能模型。`;
    expect(detectSupportedLanguage(chinese)).toBeNull();
    const report = analyzePolicyChange(chinese, edited);
    expect(report.capture).toBe('ok');
    expect(report).toMatchObject({ notAnalysed: 'language', material: false, flags: [] });
  });
});
