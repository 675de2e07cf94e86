import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusAvailable, readVersion, realSentence } from '../../tests/analysis/corpus';
import { analyzePolicyChange } from './index';

const PGA = 'Facebook/privacy-policy.pga/';

describe.skipIf(!corpusAvailable)('noise is not a change (real versions)', () => {
  if (!corpusAvailable) console.warn(CORPUS_SKIP_REASON);

  it('re-signed video URLs only (2024-12-01, twice the same day)', () => {
    const report = analyzePolicyChange(
      readVersion(`${PGA}2024-12-01T00-30-41Z.md`),
      readVersion(`${PGA}2024-12-01T12-30-41Z.md`),
    );
    expect(report.material).toBe(false);
    expect(report.flags).toEqual([]);
    expect(report.capture).toBe('ok');
  });

  it('a short link alone on its line ("[Play Video]", "[Return to top]") comes and goes: not material', () => {
    const report = analyzePolicyChange(
      readVersion(`${PGA}2024-08-09T00-30-34Z.md`),
      readVersion(`${PGA}2024-08-15T12-30-38Z.md`),
    );
    expect(report.changes.map((change) => change.after)).toEqual(['[Play Video]', '[Play Video]']);
    expect(report.changes.every((change) => change.noise)).toBe(true);
    expect(report.material).toBe(false);
    const returnToTop = analyzePolicyChange(
      readVersion(`${PGA}2022-09-07T18-30-01Z.md`),
      readVersion(`${PGA}2022-09-15T00-30-01Z.md`),
    );
    const added = returnToTop.changes.filter((change) => change.after === '[Return to top]');
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((change) => change.noise)).toBe(true);
    // A link in a list is text: Google's list of the services its policy covers gains "[Gemini Apps]".
    const gemini = analyzePolicyChange(
      readVersion('Google/privacy-policy.contrib/2024-05-06T18-35-59Z.md'),
      readVersion('Google/privacy-policy.contrib/2024-09-16T18-06-46Z.md'),
    );
    const geminiAdded = gemini.changes.filter((change) => change.after === '[Gemini Apps]');
    expect(geminiAdded.length).toBeGreaterThan(0);
    expect(geminiAdded.every((change) => !change.noise)).toBe(true);
    expect(gemini.material).toBe(true);
    // A removed sentence that starts with a link label is policy text.
    const removed = analyzePolicyChange(
      readVersion(`${PGA}2026-01-15T00-30-46Z.md`),
      readVersion(`${PGA}2026-02-25T12-30-36Z.md`),
    );
    expect(removed.material).toBe(true);
  });

  it('link-shim tokens only (2022-09-07)', () => {
    const report = analyzePolicyChange(
      readVersion(`${PGA}2022-09-07T17-19-04Z.md`),
      readVersion(`${PGA}2022-09-07T18-30-01Z.md`),
    );
    expect(report.material).toBe(false);
    expect(report.flags).toEqual([]);
  });

  it('URLs and whitespace only (Instagram 2022-09-22)', () => {
    const report = analyzePolicyChange(
      readVersion('Instagram/privacy-policy.pga/2022-09-22T07-07-34Z.md'),
      readVersion('Instagram/privacy-policy.pga/2022-09-22T09-52-51Z.md'),
    );
    expect(report.material).toBe(false);
  });

  it('link labels that only lose a suffix ("Privacy Center", "Help Center") are noise blocks', () => {
    const report = analyzePolicyChange(
      readVersion(`${PGA}2024-12-01T12-30-41Z.md`),
      readVersion(`${PGA}2025-02-22T12-30-53Z.md`),
    );
    const labelChange = report.changes.find((change) =>
      change.before?.includes('[Learn more about how ads work Privacy Center]'),
    );
    expect(labelChange?.after).toContain('[Learn more about how ads work]');
    expect(labelChange?.noise).toBe(true);
    expect(report.flags.filter((flag) => flag.kind === 'legal-basis' || flag.kind === 'ai-training')).toEqual([]);
  });

  it('a new "Effective" date, identical blocks in a new order, and a reflowed paragraph are noise', () => {
    const threads = readVersion('Threads/privacy-policy.pga/2025-01-24T12-35-30Z.md');
    const effective = realSentence('Threads/privacy-policy.pga/2025-05-14T00-34-58Z.md', 'Effective May');
    const paragraphs = threads.split('\n\n');
    const firstBody = paragraphs.findIndex((paragraph) => paragraph.length > 300);
    const reordered = [...paragraphs];
    // Swap two body paragraphs and re-wrap a third one over two lines.
    [reordered[firstBody], reordered[firstBody + 2]] = [
      reordered[firstBody + 2] as string,
      reordered[firstBody] as string,
    ];
    const long = paragraphs.findIndex(
      (paragraph, index) => index > firstBody + 2 && paragraph.length > 200 && !paragraph.startsWith('|'),
    );
    reordered[long] = (reordered[long] as string).replace(/ (\S+) /, '\n$1 ');
    const edited = reordered.join('\n\n').replace(/Effective December 14, 2023/, effective);
    expect(edited).not.toBe(threads);
    const report = analyzePolicyChange(threads, edited);
    expect(report.material).toBe(false);
    expect(report.flags).toEqual([]);
    expect(report.changes.every((change) => change.noise)).toBe(true);
  });

  it('a new "Effective" date next to a real edit is still paired with the old date line, as noise', () => {
    const threads = readVersion('Threads/privacy-policy.pga/2025-01-24T12-35-30Z.md');
    const effective = realSentence('Threads/privacy-policy.pga/2025-05-14T00-34-58Z.md', 'Effective May');
    const edited = threads
      .replace('Effective December 14, 2023', effective)
      .replace(
        'Threads is provided by Meta Platforms Ireland Limited',
        'Threads is operated and provided by Meta Platforms Ireland Limited',
      );
    const report = analyzePolicyChange(threads, edited);
    expect(report.material).toBe(true);
    const dateChange = report.changes.find((change) => change.before?.startsWith('Effective December 14, 2023'));
    expect(dateChange).toMatchObject({ change: 'modified', after: effective, noise: true });
  });

  it('the German wording pair of 2021 raises no legal-basis or AI flag', () => {
    const report = analyzePolicyChange(
      readVersion('Facebook/privacy-policy.de-proto/2021-06-23T07-54-36Z.md'),
      readVersion('Facebook/privacy-policy.de-proto/2021-07-07T18-30-01Z.md'),
    );
    expect(report.language).toBe('de');
    expect(report.flags.filter((flag) => flag.kind === 'legal-basis' || flag.kind === 'ai-training')).toEqual([]);
  });
});

describe.skipIf(!corpusAvailable)('a typo fixed is noise, a word changed is not', () => {
  const base = corpusAvailable ? readVersion('Pinterest/privacy-policy.pga/2025-08-01T00-34-48Z.md') : '';
  const basis =
    'We rely on our legitimate interests or those of a third party where they are not outweighed by your interests and fundamental rights.';
  const customise = 'Customise your Pinterest experience based on your offsite behaviour.';
  const edited = (from: string, to: string) => {
    if (!base.includes(from)) throw new Error(`"${from}" not in the base version`);
    return analyzePolicyChange(base, base.split(from).join(to));
  };

  it.each([
    ['a doubled word', basis, basis.replace('a third party', 'a a third party')],
    ['an article dropped', basis, basis.replace('those of a third party', 'those of third party')],
    ['US spelling', customise, 'Customize your Pinterest experience based on your offsite behavior.'],
    ['a doubled letter', basis, basis.replace('outweighed', 'outweigghed')],
  ])('%s: not material', (_label, from, to) => {
    expect(edited(from, to).material).toBe(false);
  });

  it.each([
    ['"not" struck', basis, basis.replace('are not outweighed', 'are outweighed')],
    ['"of" → "off" (short words keep their spelling)', basis, basis.replace('those of a', 'those off a')],
    ['a letter dropped from a word', basis, basis.replace('rely on', 'rel on')],
  ])('%s: material', (_label, from, to) => {
    expect(edited(from, to).material).toBe(true);
  });
});
