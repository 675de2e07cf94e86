import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusAvailable, VERSIONS_DIR } from '../../../tests/corpus';
import { analyzePolicyChange, readPolicy } from '../analyze';
import { announcedAhead, findDates, regionsLimitedTo } from './index';

const version = (path: string) => readFileSync(join(VERSIONS_DIR, path), 'utf8');

describe('findDates: every EN/DE/FR form, numeric ones in the locale order', () => {
  it.each([
    ['Effective July 23, 2026', 'en', '2026-07-23'],
    ['Jul. 4th, 2021', 'en', '2021-07-04'],
    ['23 July 2026', 'en', '2026-07-23'],
    ['2026-07-23', 'en', '2026-07-23'],
    ['07/23/2026', 'en', '2026-07-23'],
    ['23/07/2026', 'en', '2026-07-23'],
    ['Stand: 23.07.2026', 'de', '2026-07-23'],
    ['ab dem 27. Mai 2025', 'de', '2025-05-27'],
    ['1. März 2024', 'de', '2024-03-01'],
    ['le 26/06/2024', 'fr', '2024-06-26'],
    ['1er juin 2024', 'fr', '2024-06-01'],
    ['18 sept. 2024', 'fr', '2024-09-18'],
    ['27 décembre 2023', 'fr', '2023-12-27'],
  ] as const)('%s (%s)', (text, language, date) => {
    expect(findDates(text, language).map((d) => d.date)).toEqual([date]);
  });

  it('reads no date that cannot be told or does not exist', () => {
    // 03/04/2025 is March or April depending on the English reader; 31 April does not exist; 2016/679 is a number.
    expect(findDates('03/04/2025, 31 April 2024, Regulation (EU) 2016/679, Maybe 3, 2020', 'en')).toEqual([]);
    // In German and French the day comes first.
    expect(findDates('03.04.2025', 'de').map((d) => d.date)).toEqual(['2025-04-03']);
    expect(findDates('03/04/2025', 'fr').map((d) => d.date)).toEqual(['2025-04-03']);
  });

  it('runs in linear time on hostile input', () => {
    const hostile = `${'1 '.repeat(50_000)}${'July '.repeat(50_000)}${'12.'.repeat(50_000)}`;
    const started = performance.now();
    findDates(hostile, 'de');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

const dated = (text: string) => readPolicy(text).dates;

describe('effective and last-updated dates', () => {
  it('reads them in each language, whatever the words', () => {
    const en = dated(
      '# Privacy Policy\n\nEffective July 23, 2026\n\nWe collect the information you give us when you sign up.',
    );
    expect(en?.effective?.date).toBe('2026-07-23');
    const de = dated(
      '# Datenschutzrichtlinie\n\nStand: 01.03.2026\n\nWir verarbeiten die Daten, die Sie uns bei der Registrierung geben.',
    );
    expect(de?.updated?.date).toBe('2026-03-01');
    const de2 = dated(
      '# Datenschutz\n\nDatum der letzten Überarbeitung: 4. Januar 2022\n\nGültig ab 1. Februar 2022\n\nWir verarbeiten Ihre Daten, um unsere Dienste bereitzustellen.',
    );
    expect([de2?.updated?.date, de2?.effective?.date]).toEqual(['2022-01-04', '2022-02-01']);
    const fr = dated(
      "# Politique\n\nDernière mise à jour : 3 mars 2026\n\nDate d'entrée en vigueur : 1er avril 2026\n\nNous utilisons vos informations pour fournir nos services.",
    );
    expect([fr?.updated?.date, fr?.effective?.date]).toEqual(['2026-03-03', '2026-04-01']);
  });
});

describe('dates that are not announcements (a wrong date is worse than none)', () => {
  it.each([
    [
      'a law',
      'The General Data Protection Regulation applies from 25 May 2018 and the AI Act will apply from 2 August 2026.',
    ],
    ['a law (DE)', 'Die Verordnung gilt ab dem 25. Mai 2018 und wird ab dem 2. August 2026 angewendet.'],
    ['a law (FR)', 'Le règlement entrera en vigueur le 2 août 2026 pour les fournisseurs de modèles.'],
    [
      'a retention period',
      'We will keep your records for 3 years from the date of your last login, and until 31 December 2030 at most.',
    ],
    ['a past event', 'We updated our Privacy Policy on April 7, 2025, and the changes took effect on May 27, 2025.'],
    [
      'a past event (DE)',
      'Die Änderungen wurden am 27. Mai 2025 wirksam und sind seit dem 1. Juni 2025 in Kraft getreten.',
    ],
    [
      'a past event (FR)',
      'Nous avons mis à jour notre politique le 26 juin 2024, et elle a été publiée le 1er juillet 2024.',
    ],
    [
      'an event of another kind',
      'Since 1 January 2020, more than a million members have joined our service from all over the world.',
    ],
  ])('%s', (_, sentence) => {
    expect(
      dated(`# Policy\n\n${sentence}\n\nWe collect the information you give us when you sign up for an account.`)
        ?.announced,
    ).toEqual([]);
  });
});

describe('announcements written in each language', () => {
  it.each([
    ['Starting November 3, 2025, we will use your posts to improve our models.', '2025-11-03'],
    ['These updates will take effect on 1 March 2026.', '2026-03-01'],
    ['Ab dem 27. Mai 2025 werden wir öffentliche Beiträge für das Training unserer KI verwenden.', '2025-05-27'],
    ['Die neue Fassung tritt am 1. Juli 2026 in Kraft.', '2026-07-01'],
    ['À compter du 26 juin 2024, nous utiliserons vos publications publiques.', '2024-06-26'],
    ['La nouvelle politique entrera en vigueur le 26/06/2024.', '2024-06-26'],
  ])('%s', (sentence, date) => {
    expect(
      dated(`# Policy\n\n${sentence}\n\nWe collect the information you give us when you sign up.`)?.announced.map(
        (a) => a.date,
      ),
    ).toEqual([date]);
  });
});

describe.skipIf(!corpusAvailable)(
  `the real notices of the corpus (${corpusAvailable ? 'corpus' : CORPUS_MISSING})`,
  () => {
    it('LinkedIn, 18 September 2025: the update of 3 November 2025 (EN)', () => {
      const path = 'LinkedIn/privacy-policy.pga/2025-09-18T12-34-39Z.md';
      const dates = dated(version(path));
      expect(dates?.effective?.date).toBe('2025-02-27');
      const ahead = announcedAhead(dates, '2025-09-18T12:34:39Z');
      expect(ahead.map((a) => a.date)).toEqual(['2025-11-03']);
      expect(ahead[0]?.sentence).toContain('Legitimate Interests as the legal basis for training');
      // Recorded on the day itself, the same text announces nothing ahead.
      expect(announcedAhead(dates, '2025-11-04T00:35:00Z')).toEqual([]);
    });

    it('Instagram EU banner, 15 April 2025: training from 27 May 2025, linked to the banner flags (EN)', () => {
      const before = version('Instagram/privacy-policy.pga/2025-04-07T12-31-41Z.md');
      const after = version('Instagram/privacy-policy.pga/2025-04-15T00-31-37Z.md');
      const report = analyzePolicyChange(before, after);
      expect(report.dates?.effective).toBe('2025-04-07');
      const announced = report.dates?.announced ?? [];
      expect(announced.map((a) => a.date)).toEqual(['2025-05-27']);
      const linked = (announced[0]?.flags ?? []).map((index) => report.flags[index]);
      // The new wording is only in the banner: its sentences are the change (AI training on legitimate interests).
      expect(linked.some((flag) => flag?.kind === 'ai-training' || flag?.basis === 'legitimate-interests')).toBe(true);
      // Linked are the banner's new sentences, not the old text it removed.
      expect(linked.length).toBeGreaterThan(0);
      expect(linked.every((flag) => flag?.after !== null)).toBe(true);
      expect(linked.length).toBeLessThan(report.flags.length);
      // A banner that announces a date gave one: not "changed without a new date".
      expect(report.dates?.undated).toBeUndefined();
    });

    it('Facebook French Privacy Center, May 2024: "entreront en vigueur le 26 juin 2024" (FR)', () => {
      const dates = dated(version('Facebook/privacy-policy.contrib/2024-05-21T18-35-23Z.md'));
      expect(dates?.effective?.date).toBe('2023-12-27');
      expect(announcedAhead(dates, '2024-05-21T18:35:23Z').map((a) => [a.date, a.sentence])).toEqual([
        ['2024-06-26', 'Ces mises à jour entreront en vigueur le 26 juin 2024.'],
      ]);
    });

    it('X, 2021: "Die aktualisierte Datenschutzrichtlinien treten am 19. August 2021 in Kraft" (DE)', () => {
      const dates = dated(version('X/privacy-policy.de-proto/2021-07-20T16-30-18Z.md'));
      expect(announcedAhead(dates, '2021-07-20T16:30:18Z').map((a) => a.date)).toEqual(['2021-08-19']);
    });

    it('a "last updated" line that moved with no material change is no change; a material change with no date moved is undated', () => {
      const base = version('LinkedIn/privacy-policy.pga/2025-11-04T00-35-00Z.md');
      const redated = base.replace('Effective November 3, 2025', 'Effective November 4, 2025');
      expect(redated).not.toBe(base);
      const onlyDate = analyzePolicyChange(base, redated);
      expect(onlyDate.material).toBe(false);
      expect(onlyDate.dates?.effective).toBe('2025-11-04');
      expect(onlyDate.dates?.undated).toBeUndefined();

      const sentence =
        'We use the content you post to train our generative AI models, relying on our legitimate interests.';
      const changed = base.replace(
        'LinkedIn European Regional Privacy Notice\n',
        `LinkedIn European Regional Privacy Notice\n\n${sentence}\n`,
      );
      expect(changed).not.toBe(base);
      const silent = analyzePolicyChange(base, changed);
      expect(silent.material).toBe(true);
      expect(silent.dates?.undated).toBe(true);
      const announcedWithDate = analyzePolicyChange(
        base,
        changed.replace('Effective November 3, 2025', 'Effective December 1, 2025'),
      );
      expect(announcedWithDate.dates?.undated).toBeUndefined();
    });
  },
);

describe('region a change is limited to', () => {
  it.each([
    ['If you live in the EU/EEA, UK or Switzerland, we rely on legitimate interests.', ['EU', 'EEA', 'UK', 'CH']],
    [
      "If you're located in the EU, EEA, UK, or Switzerland, you can review additional information.",
      ['EU', 'EEA', 'UK', 'CH'],
    ],
    ['Für Nutzer in der EU gilt Folgendes: wir stützen uns auf berechtigte Interessen.', ['EU']],
    ["Pour les utilisateurs de l'Union européenne, nous nous fondons sur nos intérêts légitimes.", ['EU']],
    [
      'Si vous résidez dans l’EEE, au Royaume-Uni et en Suisse, vous pouvez consulter votre politique.',
      ['EEA', 'UK', 'CH'],
    ],
  ] as const)('%s', (sentence, regions) => {
    expect(regionsLimitedTo(sentence)).toEqual(regions);
  });

  it('a region merely named limits nothing', () => {
    expect(
      regionsLimitedTo('We transfer information outside the EEA and the UK using standard contractual clauses.'),
    ).toEqual([]);
    expect(regionsLimitedTo('Wir übermitteln Daten in die USA.')).toEqual([]);
  });
});
