import { describe, expect, it } from 'vitest';
import { corpusAvailable, readVersion } from '../../tests/analysis/corpus';
import { ANALYSIS_SCHEMA_VERSION, analyzePolicyChange, FLAG_KINDS, LEGAL_BASES } from './index';

const OLD = `# Privacy Policy

Effective May 1, 2025

## How do we use your information?

We use information to provide, personalise and improve our Products.

We keep information for as long as we need it to provide our Products.`;

describe('analyzePolicyChange', () => {
  it('reports nothing material for identical texts', () => {
    const report = analyzePolicyChange(OLD, OLD);
    expect(report).toMatchObject({
      schemaVersion: ANALYSIS_SCHEMA_VERSION,
      language: 'en',
      material: false,
      capture: 'ok',
      flags: [],
      changes: [],
    });
    expect(report.stats.unchanged).toBe(report.stats.blocksAfter);
  });

  it('gives a JSON-serialisable report with a known vocabulary', () => {
    const added = `${OLD}\n\nWe'll use this information on the basis of legitimate interests to develop and improve generative AI models for AI at Meta.`;
    const report = analyzePolicyChange(OLD, added);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.material).toBe(true);
    // The sentence states training and a basis: both flags, so the loop below checks something.
    expect(report.flags.map((flag) => flag.kind)).toEqual(expect.arrayContaining(['ai-training', 'legal-basis']));
    for (const flag of report.flags) {
      expect(FLAG_KINDS).toContain(flag.kind);
      expect(flag.basis === undefined || LEGAL_BASES.includes(flag.basis)).toBe(true);
      expect(flag.summary).toMatch(/\w/);
    }
    expect(report.changes).toEqual([
      expect.objectContaining({
        change: 'added',
        section: 'Privacy Policy > How do we use your information?',
        before: null,
      }),
    ]);
  });

  it('reads HTML and Markdown versions of the same text as the same text', () => {
    const html = `<h1>Privacy Policy</h1><p>Effective May 1, 2025</p><h2>How do we use your information?</h2>
      <p>We use information to provide, personalise and improve our <a href="https://x.example/?fbclid=1">Products</a>.</p>
      <p>We keep information for as long as we need it to provide our Products.</p>`;
    const report = analyzePolicyChange(OLD.replace('our Products.', 'our [Products](https://x.example/).'), html);
    expect(report.material).toBe(false);
  });

  it('word-diffs a modified block', () => {
    const report = analyzePolicyChange(
      OLD,
      OLD.replace('for as long as we need it', 'for up to 10 years after you delete your account'),
    );
    const change = report.changes.find((entry) => entry.change === 'modified');
    expect(change?.words?.some((run) => run.op === 'add' && run.text.includes('10 years'))).toBe(true);
    expect(report.flags.map((flag) => flag.kind)).toContain('retention');
  });

  it('falls back to a coarse diff past the work budget and still returns', () => {
    const report = analyzePolicyChange(OLD, OLD.replace('personalise', 'sell'), { budget: 5 });
    expect(report.stats.coarse).toBe(true);
    expect(report.material).toBe(true);
    expect(report.stats.work).toBeGreaterThan(5);
  });

  it('gives the same report whatever the clock says: the budget counts work, not time', () => {
    let clock = 0;
    const slow = analyzePolicyChange(OLD, OLD.replace('personalise', 'sell'), { now: () => (clock += 60_000) });
    const fast = analyzePolicyChange(OLD, OLD.replace('personalise', 'sell'), { now: () => 0 });
    expect(slow.stats.coarse).toBe(false);
    expect({ ...slow, stats: { ...slow.stats, ms: 0 } }).toEqual({ ...fast, stats: { ...fast.stats, ms: 0 } });
  });

  it.skipIf(!corpusAvailable)(
    'stops classifying when the budget is spent there, keeps the flags found and says so',
    () => {
      const oldText = readVersion('Facebook/privacy-policy.pga/2022-07-11T14-58-05Z.md');
      const newText = readVersion('Facebook/privacy-policy.pga/2026-08-22T00-30-50Z.md');
      const full = analyzePolicyChange(oldText, newText);
      expect(full.stats.coarse).toBe(false);
      expect(full.flags.length).toBeGreaterThan(0);
      // A budget that runs out while the changed blocks are being read: the alignment and the word diffs are done.
      const cut = analyzePolicyChange(oldText, newText, { budget: Math.round((full.stats.work ?? 0) * 0.4) });
      expect(cut.stats.coarse).toBe(true);
      expect(cut.stats.modified).toBe(full.stats.modified);
      expect(cut.flags.length).toBeLessThan(full.flags.length);
    },
  );

  it('does not hang on two unrelated large texts', () => {
    const words = (seed: number) =>
      Array.from({ length: 30_000 }, (_, i) => `w${(i * seed) % 997}${i % 7 === 0 ? '.\n\n' : ''}`).join(' ');
    const started = Date.now();
    const report = analyzePolicyChange(words(3), words(5), { budget: 300_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(report.capture).toBe('ok');
  });

  it('treats a switch of language as a different page, not a change', () => {
    const german =
      'Wir verwenden die Informationen, die wir haben, um die Produkte bereitzustellen und zu verbessern. Das ist für die Erfüllung der Nutzungsbedingungen erforderlich und wir tun das auch, wenn du nicht angemeldet bist oder die Daten nicht mit uns teilst, so wie es in dieser Richtlinie beschrieben ist.';
    const report = analyzePolicyChange(OLD, german);
    expect(report).toMatchObject({ language: 'de', languageBefore: 'en', material: false, flags: [] });
  });

  it.skipIf(!corpusAvailable)('orders flags by severity and caps them on a full rewrite (2022 -> 2026)', () => {
    const report = analyzePolicyChange(
      readVersion('Facebook/privacy-policy.pga/2022-07-11T14-58-05Z.md'),
      readVersion('Facebook/privacy-policy.pga/2026-08-22T00-30-50Z.md'),
    );
    const rank = { high: 0, medium: 1, low: 2 };
    const ranks = report.flags.map((flag) => rank[flag.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(report.flags.length).toBeLessThanOrEqual(40);
    const keys = report.flags.map((flag) => `${flag.kind}|${flag.basis}|${flag.after ?? flag.before}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
