import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusAvailable, readVersion, realSentence } from '../../tests/analysis/corpus';
import { analyzePolicyChange } from './index';
import { getLexicon } from './lexicon';
import type { AnalysisReport, Flag, FlagKind } from './types';

const PGA = 'Facebook/privacy-policy.pga/';

function flagsOf(report: AnalysisReport, kind: FlagKind): Flag[] {
  return report.flags.filter((flag) => flag.kind === kind);
}

describe.skipIf(!corpusAvailable)('flags on real policy changes', () => {
  if (!corpusAvailable) console.warn(CORPUS_SKIP_REASON);

  it('Meta, May 2025: new legitimate-interest rows for AI training, with purpose, section and quotes', () => {
    const report = analyzePolicyChange(
      readVersion(`${PGA}2025-04-23T12-31-08Z.md`),
      readVersion(`${PGA}2025-05-28T00-30-56Z.md`),
    );
    const basis = flagsOf(report, 'legal-basis').find((flag) => flag.basis === 'legitimate-interests');
    expect(basis).toMatchObject({ change: 'added', severity: 'high', before: null, from: null });
    expect(basis?.purpose).toMatch(
      /^Develop and improve \[artificial intelligence technology\] \(also called AI at Meta\)/,
    );
    expect(basis?.after).toContain('Develop and improve');
    expect(basis?.section).toContain('For all people, including those under the age of majority');
    expect(basis?.summary).toMatch(/now relies on legitimate interests/);
    const training = flagsOf(report, 'ai-training')[0];
    expect(training).toMatchObject({ change: 'added', severity: 'high' });
    expect(report.flags[0]?.severity).toBe('high');
    // One flag per (kind, basis, sentence): the two identical rows (all people / adults) give one flag.
    expect(flagsOf(report, 'legal-basis').filter((flag) => flag.after === basis?.after)).toHaveLength(1);
  });

  it('Meta, June 2024: AI features added to the contract purposes', () => {
    const report = analyzePolicyChange(
      readVersion(`${PGA}2024-05-21T18-30-35Z.md`),
      readVersion(`${PGA}2024-06-26T00-30-35Z.md`),
    );
    const contract = flagsOf(report, 'legal-basis').find((flag) => flag.basis === 'contract');
    expect(contract?.after).toContain('Provide and curate [artificial intelligence technology] in our Products');
    expect(flagsOf(report, 'ai-training')).toEqual([]);
  });

  it('Meta, June 2025: the AI row widened to content "you or others" create; improvement now on legitimate interests', () => {
    const report = analyzePolicyChange(
      readVersion(`${PGA}2025-05-28T00-30-56Z.md`),
      readVersion(`${PGA}2025-06-16T12-31-49Z.md`),
    );
    const widened = flagsOf(report, 'ai-training').find((flag) =>
      flag.after?.startsWith('[Public content] you or others'),
    );
    expect(widened).toMatchObject({ change: 'modified', severity: 'high' });
    expect(widened?.before).toBe('[Public content] you create or share, like posts, comments or audio.');
    expect(widened?.after).toBe('[Public content] you or others create or share, like posts, comments or audio.');
    const improve = flagsOf(report, 'legal-basis').find((flag) => flag.after?.startsWith('Improve Meta Products'));
    expect(improve?.basis).toBe('legitimate-interests');
  });

  it('a row that moves from the contract table to the legitimate-interests table is a move with from: contract', () => {
    const row = readVersion(`${PGA}2025-05-28T00-30-56Z.md`)
      .split('\n')
      .find((line) => line.startsWith('| Providing and improving our Meta Products:')) as string;
    expect(row).toBeDefined();
    const other = '| Research and innovate for social good | In our interest to support research | Your activity |';
    const table = (rows: string[]) =>
      ['| ### Why and how | ### Interests | ### Data |', '| --- | --- | --- |', ...rows].join('\n');
    const before = `## Performance of a contract\n\n${table([row])}\n\n## Legitimate interests\n\n${table([other])}`;
    const after = `## Performance of a contract\n\nNothing here any more.\n\n## Legitimate interests\n\n${table([other, row])}`;
    const report = analyzePolicyChange(before, after, { language: 'en' });
    const move = flagsOf(report, 'legal-basis').find((flag) => flag.from === 'contract');
    expect(move).toMatchObject({
      basis: 'legitimate-interests',
      change: 'modified',
      severity: 'high',
      section: 'Legitimate interests',
    });
    expect(move?.summary).toMatch(/moved .*from the contract with you to legitimate interests/);
  });

  it('Instagram, April 2025: prose statement of legitimate interests for generative AI, and the right to object', () => {
    const report = analyzePolicyChange(
      readVersion('Instagram/privacy-policy.pga/2025-04-07T12-31-41Z.md'),
      readVersion('Instagram/privacy-policy.pga/2025-04-15T00-31-37Z.md'),
    );
    const statement = realSentence(
      'Instagram/privacy-policy.pga/2025-04-15T00-31-37Z.md',
      "We'll use this information on the basis of legitimate interests",
    );
    const basis = flagsOf(report, 'legal-basis').find((flag) => flag.after === statement);
    expect(basis).toMatchObject({ basis: 'legitimate-interests', severity: 'high' });
    expect(flagsOf(report, 'ai-training').length).toBeGreaterThan(0);
    expect(
      flagsOf(report, 'objection-right').some((flag) => flag.after?.includes('You have the right to [object]')),
    ).toBe(true);
  });

  it('LinkedIn, Nov 2025: legitimate interests for training content-generating AI (headings give the basis)', () => {
    const report = analyzePolicyChange(
      readVersion('LinkedIn/privacy-policy.pga/2025-09-18T12-34-39Z.md'),
      readVersion('LinkedIn/privacy-policy.pga/2025-11-04T00-35-00Z.md'),
    );
    const row = flagsOf(report, 'legal-basis').find(
      (flag) => flag.purpose === 'To train our content-generating Generative AI systems',
    );
    expect(row).toMatchObject({ basis: 'legitimate-interests', change: 'added', severity: 'high' });
    expect(flagsOf(report, 'ai-training').some((flag) => flag.change === 'added')).toBe(true);
  });

  it('AI features and disclaimers about AI output are not AI training', () => {
    const tos = analyzePolicyChange(
      readVersion('LinkedIn/terms-of-service.pga/2024-09-19T00-32-13Z.md'),
      readVersion('LinkedIn/terms-of-service.pga/2024-11-21T00-32-34Z.md'),
    );
    expect(tos.material).toBe(true);
    expect(flagsOf(tos, 'ai-training')).toEqual([]);
    const base = readVersion('Threads/privacy-policy.pga/2025-01-24T12-35-30Z.md');
    const disclaimer = realSentence(
      `${PGA}2024-11-15T00-30-38Z.md`,
      'Generative AI models that make our features work',
    );
    expect(flagsOf(analyzePolicyChange(base, `${base}\n\n${disclaimer}`), 'ai-training')).toEqual([]);
  });

  it('unrelated account wording (Threads, May 2025) raises no legal-basis or AI flag', () => {
    const report = analyzePolicyChange(
      readVersion('Threads/privacy-policy.pga/2025-01-24T12-35-30Z.md'),
      readVersion('Threads/privacy-policy.pga/2025-05-14T00-34-58Z.md'),
    );
    expect(report.material).toBe(true);
    expect(report.flags.filter((flag) => flag.kind === 'legal-basis' || flag.kind === 'ai-training')).toEqual([]);
  });

  describe('each secondary kind, from a real sentence added to a real policy', () => {
    const cases: Array<[FlagKind, string, string]> = [
      ['sensitive-data', `${PGA}2025-05-28T00-30-56Z.md`, 'your religious views, your sexual orientation'],
      ['minors', `${PGA}2025-07-16T00-31-01Z.md`, 'Supervision provides supervisors chosen by a teen'],
      ['sharing', 'LinkedIn/privacy-policy.pga/2025-11-04T00-35-00Z.md', 'To share certain member data with Microsoft'],
      ['transfer', `${PGA}2023-09-07T18-30-23Z.md`, 'from the European Economic Area to Argentina'],
      ['retention', `${PGA}2025-05-28T00-30-56Z.md`, 'we keep your search history until you clear the search'],
      ['objection-right', 'Instagram/privacy-policy.pga/2025-04-15T00-31-37Z.md', 'You have the right to [object]'],
      [
        'automated-decisions',
        'Reddit/privacy-policy.contrib/2025-05-29T18-11-00Z.md',
        'profiling of consumers in furtherance of automated decisions',
      ],
    ];
    it.each(cases)('%s', (kind, file, fragment) => {
      const base = readVersion('Threads/privacy-policy.pga/2025-01-24T12-35-30Z.md');
      const sentence = realSentence(file, fragment);
      const report = analyzePolicyChange(base, `${base}\n\n${sentence}`);
      const flag = flagsOf(report, kind).find((entry) => entry.after === sentence);
      expect(flag, `${kind} for "${sentence}"`).toBeDefined();
      expect(flag).toMatchObject({ change: 'added', before: null });
      expect(flag?.summary.length).toBeGreaterThan(10);
      const removed = analyzePolicyChange(`${base}\n\n${sentence}`, base);
      expect(flagsOf(removed, kind).find((entry) => entry.before === sentence)?.change).toBe('removed');
    });
  });

  describe('German', () => {
    const old = 'Facebook/privacy-policy.de-proto/2021-06-23T07-54-36Z.md';

    it('a prose statement of berechtigte Interessen added is legal-basis:legitimate-interests', () => {
      const text = readVersion(old);
      const statement = realSentence(old, 'wie es für unsere berechtigten Interessen (sowie die von anderen)');
      const line = text
        .split('\n')
        .find((entry) => entry.includes('wie es für unsere berechtigten Interessen (sowie')) as string;
      const report = analyzePolicyChange(text.replace(line, ''), text);
      expect(report.language).toBe('de');
      const flag = flagsOf(report, 'legal-basis').find((entry) => entry.after === statement);
      expect(flag).toMatchObject({ basis: 'legitimate-interests', change: 'added' });
    });

    it('the right to object (Widerspruch) removed: medium while the policy still states it elsewhere, high once gone', () => {
      const text = readVersion(old);
      const lines = text.split('\n');
      const line = lines.find((entry) => entry.includes('das Recht, Widerspruch gegen unsere Verarbeitung')) as string;
      const one = analyzePolicyChange(text, text.replace(line, ''));
      expect(flagsOf(one, 'objection-right').find((entry) => entry.change === 'removed')?.severity).toBe('medium');
      const objection = getLexicon('de').objection;
      const none = analyzePolicyChange(text, lines.filter((entry) => !objection.test(entry)).join('\n'));
      const removed = flagsOf(none, 'objection-right').filter((entry) => entry.change === 'removed');
      expect(removed.length).toBeGreaterThan(0);
      expect(removed.every((entry) => entry.severity === 'high')).toBe(true);
    });

    it('a basis named in a row of its own ("Rechtliche Gründe" column, Google) is recognised', () => {
      const google = 'Google/privacy-policy.german/2025-12-04T00-30-58Z.md';
      const text = readVersion(google);
      const row = text
        .split('\n')
        .find((entry) => entry.includes('Wir nutzen Ihre Interaktionen mit KI-Modellen')) as string;
      const bullet = '*   Wahrung unserer **berechtigten Interessen** und derer von Dritten, einschließlich:<br>';
      expect(row).toContain(bullet);
      const report = analyzePolicyChange(text.replace(row, row.replace(bullet, '')), text);
      const flag = flagsOf(report, 'legal-basis').find((entry) => entry.basis === 'legitimate-interests');
      expect(flag?.after).toBe('Wahrung unserer berechtigten Interessen und derer von Dritten, einschließlich:');
    });

    it('KI models trained on your interactions is ai-training', () => {
      const google = 'Google/privacy-policy.german/2025-12-04T00-30-58Z.md';
      const text = readVersion(google);
      const sentence = realSentence(google, 'Wir nutzen Ihre Interaktionen mit KI-Modellen');
      const line = text
        .split('\n')
        .find((entry) => entry.includes('Wir nutzen Ihre Interaktionen mit KI-Modellen')) as string;
      const report = analyzePolicyChange(text.replace(line, ''), text);
      expect(report.language).toBe('de');
      expect(flagsOf(report, 'ai-training').find((entry) => entry.after === sentence)?.change).toBe('added');
    });
  });

  describe('French', () => {
    it('Facebook (contrib), June 2024: the "IA chez Meta" row under intérêts légitimes', () => {
      const report = analyzePolicyChange(
        readVersion('Facebook/privacy-policy.contrib/2024-05-21T18-35-23Z.md'),
        readVersion('Facebook/privacy-policy.contrib/2024-06-26T06-05-23Z.md'),
      );
      expect(report.language).toBe('fr');
      const basis = flagsOf(report, 'legal-basis').find(
        (flag) => flag.basis === 'legitimate-interests' && flag.change === 'added',
      );
      expect(basis?.purpose).toMatch(/^Pour développer et améliorer la \[technologie d'intelligence artificielle\]/);
      expect(basis?.severity).toBe('high');
      expect(flagsOf(report, 'ai-training').some((flag) => flag.change === 'added')).toBe(true);
    });

    it('a prose statement "sur la base de nos intérêts légitimes" is recognised', () => {
      const file = 'Facebook/privacy-policy.contrib/2024-06-26T06-05-23Z.md';
      const text = readVersion(file);
      const line = text
        .split('\n')
        .find((entry) => entry.startsWith('Nous nous appuyons sur nos intérêts légitimes')) as string;
      expect(line).toBeDefined();
      const report = analyzePolicyChange(text.replace(line, ''), text);
      expect(
        flagsOf(report, 'legal-basis').some((flag) => flag.basis === 'legitimate-interests' && flag.change === 'added'),
      ).toBe(true);
    });
  });
});

describe.skipIf(!corpusAvailable)('moved sentences', () => {
  it('a paragraph moved into a paragraph of another section gives no flag; the same paragraph only removed does', () => {
    const file = 'X/privacy-policy.de-proto/2021-08-19T16-30-10Z.md';
    const text = readVersion(file);
    const line = text
      .split('\n')
      .find((entry) => entry.includes('Kopien Ihrer öffentlichen Informationen aufbewahren')) as string;
    expect(line).toBeDefined();
    const sentence = realSentence(file, 'Kopien Ihrer öffentlichen Informationen aufbewahren');
    // Joined to a paragraph of another section: the block it sat in is removed, another block gains it.
    const host = text
      .split('\n')
      .find((entry) => entry.startsWith('Twitter befolgt die Selbstregulierungsprinzipien')) as string;
    expect(host).toBeDefined();
    const moved = analyzePolicyChange(text, text.replace(line, '').replace(host, `${host} ${line}`));
    expect(moved.flags.filter((flag) => flag.before === sentence || flag.after === sentence)).toEqual([]);
    const removed = analyzePolicyChange(text, text.replace(line, ''));
    expect(flagsOf(removed, 'retention').find((flag) => flag.before === sentence)?.change).toBe('removed');
  });
});
