import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusAvailable, readVersion, realSentence } from '../../tests/analysis/corpus';
import { analyzePolicyChange } from './index';

// Sharing means data reaching a new recipient. Data given to the platform ("share information with us"), the platform
// talking to the user, or users sharing with their own friends are not that; the sentences are real.

/** A policy of the sentence's language, to add the sentence to; it must not say the sentence already (a sentence the
 * old version has word for word is not new). */
const BASE = {
  en: 'Threads/privacy-policy.pga/2025-01-24T12-35-30Z.md',
  de: 'Facebook/privacy-policy.de-proto/2021-06-23T07-54-36Z.md',
  fr: 'Google/privacy-policy.france/2023-06-29T18-37-20Z.md',
} as const;

function sharingFlagFor(language: keyof typeof BASE, file: string, fragment: string) {
  const base = readVersion(BASE[language]);
  const sentence = realSentence(file, fragment);
  const report = analyzePolicyChange(base, `${base}\n\n${sentence}`);
  expect(report.language).toBe(language);
  return report.flags.find((flag) => flag.kind === 'sharing' && flag.after === sentence);
}

describe.skipIf(!corpusAvailable)('sharing flags on real sentences', () => {
  if (!corpusAvailable) console.warn(CORPUS_SKIP_REASON);

  it.each([
    ['en', 'Instagram/privacy-policy.pga/2023-12-27T18-32-53Z.md', 'Partners use our [Business Tools], integrations'],
    ['en', 'YouTube/privacy-policy.vlopses-ie/2026-06-22T23-38-19Z.md', 'share information with us'],
    ['en', 'Snapchat/privacy-policy.vlopses-ie/2026-08-06T11-36-17Z.md', 'If you just want to share your Story'],
    ['de', 'X/privacy-policy.de-proto/2021-08-19T16-30-10Z.md', 'an uns weitergegeben wurden'],
    ['de', 'X/privacy-policy.de-proto/2021-08-19T16-30-10Z.md', 'die Sie auf Twitter geteilt haben'],
    [
      'fr',
      'Facebook/privacy-policy.france-elections/2022-09-26T18-30-26Z.md',
      'Nous communiquons avec vous en utilisant',
    ],
    // Questions are headings written as sentences: the answer below them is what is flagged.
    ['en', 'Instagram/privacy-policy.pga/2023-04-05T00-31-11Z.md', 'How do we share information with Partners'],
    [
      'fr',
      'Facebook/privacy-policy.france-elections/2022-09-26T18-30-26Z.md',
      'Comment partageons-nous des informations avec des Partenaires',
    ],
  ] as const)('no sharing flag (%s): %s "%s"', (language, file, fragment) => {
    expect(sharingFlagFor(language, file, fragment)).toBeUndefined();
  });

  it.each([
    [
      'en',
      'WhatsApp/privacy-policy.vlopses-ie/2025-12-01T05-50-45Z.md',
      'we share the following information with Meta',
    ],
    ['de', 'Google/privacy-policy.german/2026-05-05T12-30-52Z.md', 'Browsermodus weitergegeben'],
    [
      'fr',
      'Facebook/privacy-policy.france-elections/2022-09-26T18-30-26Z.md',
      'nous partageons des informations avec la police',
    ],
  ] as const)('a sharing flag (%s): %s "%s"', (language, file, fragment) => {
    expect(sharingFlagFor(language, file, fragment)).toMatchObject({ change: 'added', before: null });
  });
});
