import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusAvailable, readVersion } from '../../tests/analysis/corpus';
import { analyzePolicyChange } from './index';
import { getLexicon } from './lexicon';
import { normalizePolicyText } from './normalize';
import { rowPurpose, segment } from './segment';

const en = getLexicon('en');

/** The raw Markdown line of a version that contains `fragment` (proof that a test row is real). */
function realLine(path: string, fragment: string): string {
  const line = readVersion(path)
    .split('\n')
    .find((entry) => entry.includes(fragment));
  if (!line) throw new Error(`"${fragment}" not found in ${path}`);
  return line;
}

function rowsOf(markdown: string) {
  return segment(normalizePolicyText(markdown), en).filter((block) => block.type === 'row');
}

describe.skipIf(!corpusAvailable)('table rows on real policies', () => {
  if (!corpusAvailable) console.warn(CORPUS_SKIP_REASON);

  it('a row whose only filled cell is the first groups the rows below, even without heading marks', () => {
    const group = realLine(
      'Instagram/privacy-policy.contrib/2025-04-03T09-00-39Z.md',
      '| If you are a registered user of the Meta Products |',
    );
    const data = realLine(
      'Facebook/privacy-policy.pga/2025-06-16T12-31-49Z.md',
      '| Personalizing ads on the Meta Products:',
    );
    const [groupRow, dataRow] = rowsOf(`${group}\n${data}`);
    expect(groupRow?.rowRole).toBe('subheading');
    expect(dataRow?.rowRole).toBe('data');
    expect(dataRow?.section).toContain('If you are a registered user of the Meta Products');
  });

  it('the first row after an empty header line is the header when it reads as column labels (LinkedIn, WhatsApp)', () => {
    const path = 'LinkedIn/privacy-policy.pga/2025-09-18T12-34-39Z.md';
    const labels = realLine(path, '| **Why and how we use your data** | **Data we use** |');
    const data = realLine(path, '| To allow Members to register for and manage access to their LinkedIn account');
    const [header, row] = rowsOf(`|     |     |\n| --- | --- |\n${labels}\n${data}`);
    expect(header?.rowRole).toBe('header');
    expect(row?.rowRole).toBe('data');
    // A table that starts with data right after the empty header line keeps that row as data.
    const [first] = rowsOf(`|     |     |\n| --- | --- |\n${data}`);
    expect(first?.rowRole).toBe('data');
  });

  it('the purpose of a row is what follows a leading condition ("If we show you ads on Meta Products:")', () => {
    const path = 'Facebook/privacy-policy.pga/2025-06-16T12-31-49Z.md';
    const [conditioned] = rowsOf(realLine(path, '| If we show you ads on Meta Products:<br><br>Providing measurement'));
    expect(conditioned && rowPurpose(conditioned, en)).toBe(
      'Providing measurement, analytics and other business services to businesses, advertisers and other partners',
    );
    // A purpose followed by a condition keeps the purpose.
    const [personalizing] = rowsOf(realLine(path, '| Personalizing ads on the Meta Products:'));
    expect(personalizing && rowPurpose(personalizing, en)).toBe('Personalizing ads on the Meta Products');
  });

  it('LinkedIn, Nov 2025: legal-basis flags name the row purpose, not the column labels or the "If you are in the UK" condition', () => {
    const report = analyzePolicyChange(
      readVersion('LinkedIn/privacy-policy.pga/2025-09-18T12-34-39Z.md'),
      readVersion('LinkedIn/privacy-policy.pga/2025-11-04T00-35-00Z.md'),
    );
    const purposes = report.flags.map((flag) => flag.purpose).filter(Boolean);
    expect(purposes).toContain('Sharing data with our parent company, Microsoft for its AI training purposes');
    expect(purposes).not.toContain('If you are in the UK');
    expect(purposes).not.toContain('Why and how we use your data');
  });
});
