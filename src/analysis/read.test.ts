import { describe, expect, it } from 'vitest';
import { readVersion, realSentence } from '../../tests/analysis/corpus';
import { analyzePolicyChange, readPolicy } from './index';

// Read first, then compare: what a version states, and the flags that come from comparing two readings rather than
// two texts. The edits below keep every keyword and change only what is said, or change only where it is said.

const PGA = 'Facebook/privacy-policy.pga/';

describe('the reading of one version', () => {
  it('Facebook, Dec 2025: AI training on legitimate interests, stated by title lines and lists, not tables', () => {
    const reading = readPolicy(readVersion(`${PGA}2025-12-17T00-30-45Z.md`));
    expect(reading.trainsAi).toBe(true);
    expect(reading.aiBases[0]).toBe('legitimate-interests');
    const row = reading.aiTraining.find((statement) => statement.purpose === 'Developing and improving AI at Meta');
    expect(row?.basis).toBe('legitimate-interests');
    expect(row?.data).toEqual(expect.arrayContaining(['public-content', 'ai-interactions']));
    expect(reading.purposes.some((purpose) => purpose.aiTraining && purpose.basis === 'legitimate-interests')).toBe(
      true,
    );
    expect(reading.objection.length).toBeGreaterThan(0);
  });

  it('Facebook, June 2025: a table row’s data are its own cells, not the other rows of its table', () => {
    // "Messages you send and receive" is listed under "Improve Meta Products", the row below the AI row.
    const reading = readPolicy(readVersion(`${PGA}2025-06-16T12-31-49Z.md`));
    const row = reading.aiTraining.find((statement) => statement.sentence.startsWith('Develop and improve'));
    expect(row?.data).toContain('ai-interactions');
    expect(row?.data).not.toContain('private-messages');
  });

  it('Facebook, May 2024: no AI training on legitimate interests yet', () => {
    const reading = readPolicy(readVersion(`${PGA}2024-05-21T18-30-35Z.md`));
    expect(reading.aiBases).not.toContain('legitimate-interests');
  });

  it('the report carries the reading of the new version as state', () => {
    const text = readVersion(`${PGA}2025-05-28T00-30-56Z.md`);
    const report = analyzePolicyChange(readVersion(`${PGA}2025-04-23T12-31-08Z.md`), text);
    expect(report.state).toEqual(readPolicy(text));
  });
});

describe('comparing two readings', () => {
  it('the far pair 2024-05-21 -> 2025-12-17 leads with AI training on legitimate interests, in few flags', () => {
    const report = analyzePolicyChange(
      readVersion(`${PGA}2024-05-21T18-30-35Z.md`),
      readVersion(`${PGA}2025-12-17T00-30-45Z.md`),
    );
    const [headline] = report.flags;
    expect(headline?.basis).toBe('legitimate-interests');
    expect(['ai-training', 'legal-basis']).toContain(headline?.kind);
    expect(headline?.severity).toBe('high');
    expect(report.flags.some((flag) => flag.kind === 'ai-training' && flag.basis === 'legitimate-interests')).toBe(
      true,
    );
    expect(report.flags.some((flag) => /^Legitimate interests relied on/.test(flag.purpose ?? flag.after ?? ''))).toBe(
      false,
    );
    expect(report.flags.length).toBeLessThanOrEqual(30);
  });

  const x = 'X/privacy-policy.pga/2023-09-29T18-34-56Z.md';
  const training = realSentence(x, 'publicly available information to help train');

  it('a training sentence moved to another section is no change of what the policy says', () => {
    const text = readVersion(x);
    const line = text
      .split('\n')
      .find((entry) => entry.includes('publicly available information to help train')) as string;
    const moved = `${text.replace(line, '')}\n\n${line}`;
    const report = analyzePolicyChange(text, moved);
    expect(report.flags.filter((flag) => flag.kind === 'ai-training')).toEqual([]);
  });

  it('a training statement removed is reported as removed', () => {
    const text = readVersion(x);
    const line = text
      .split('\n')
      .find((entry) => entry.includes('publicly available information to help train')) as string;
    const report = analyzePolicyChange(text, text.replace(line, line.replace(training, '')));
    expect(report.flags.find((flag) => flag.kind === 'ai-training')?.change).toBe('removed');
  });

  it('sections swapped word for word, and a page captured twice over, raise nothing', () => {
    const text = readVersion(`${PGA}2025-05-28T00-30-56Z.md`);
    const parts = text.split(/\n(?=### )/);
    [parts[5], parts[9]] = [parts[9] as string, parts[5] as string];
    expect(analyzePolicyChange(text, parts.join('\n'))).toMatchObject({ material: false, flags: [] });
    expect(analyzePolicyChange(text, `${text}\n\n${text}`).flags).toEqual([]);
  });

  it('AI training moved from consent to legitimate interests in prose is a basis change with from', () => {
    const base = readVersion('Threads/privacy-policy.pga/2025-01-24T12-35-30Z.md');
    const before = `${base}\n\nWith your consent, we use your public posts to train our generative AI models.`;
    const after = `${base}\n\nOn the basis of our legitimate interests, we use your public posts to train our generative AI models.`;
    const report = analyzePolicyChange(before, after);
    const flag = report.flags.find((entry) => entry.kind === 'legal-basis');
    expect(flag).toMatchObject({ basis: 'legitimate-interests', from: 'consent' });
    expect(report.flags[0]?.severity).toBe('high');
  });
});

describe('a list of the bases a policy relies on, which names no purpose', () => {
  const THREADS = readVersion('Threads/privacy-policy.pga/2024-08-30T00-34-58Z.md');
  const CONSENT = '* consistent with your consent, which you may revoke at any time;\n';
  const withoutConsent = THREADS.replace(CONSENT, '');
  const basisFlags = (before: string, after: string) =>
    analyzePolicyChange(before, after).flags.filter((flag) => flag.kind === 'legal-basis');

  it('is read as the bases it names', () => {
    expect(THREADS).toContain(CONSENT);
    const listed = readPolicy(THREADS).basesListed?.map((entry) => entry.basis);
    expect(listed).toEqual(expect.arrayContaining(['consent', 'legal-obligation', 'legitimate-interests']));
    expect(readPolicy(withoutConsent).basesListed?.map((entry) => entry.basis)).not.toContain('consent');
  });

  it('a basis struck from it is a legal-basis removal, one added to it an addition', () => {
    const removed = basisFlags(THREADS, withoutConsent);
    expect(removed).toEqual([expect.objectContaining({ change: 'removed', basis: 'consent' })]);
    const added = basisFlags(withoutConsent, THREADS);
    expect(added).toEqual([expect.objectContaining({ change: 'added', basis: 'consent' })]);
  });

  it('reordered, it flags nothing', () => {
    const reordered = THREADS.replace(CONSENT, '').replace(
      '* to protect your vital interests, or those of others;\n',
      `* to protect your vital interests, or those of others;\n${CONSENT}`,
    );
    expect(reordered).not.toBe(THREADS);
    expect(basisFlags(THREADS, reordered)).toEqual([]);
  });
});
