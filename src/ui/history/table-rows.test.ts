import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusAvailable, readVersion } from '../../../tests/analysis/corpus';
import { analyzePolicyChange, normalizePolicyText } from '../../analysis';
import { buildDiffModel, type ChangeRow } from './diff-model';
import type { MarkedText } from './marked-text';
import { compareRows, isHeaderRow, parseTableRow, parseTableRows, tableHeaderAt } from './table-rows';

// Meta's legal-basis tables (corpus Facebook/privacy-policy.pga): one block per row, header cells as `###` headings,
// lines joined with <br>, bullets as `* `.
const HEADER =
  '| ### Why and how we process your information | ### Legitimate interests relied on | ### Information categories we use |';
const ROW_2025_04 =
  "| Develop and improve [artificial intelligence technology] (also called AI at Meta) on Meta Products and for third parties. | * In our interest, and in the interests of users and third parties to create, provide, support, improve and maintain artificial intelligence technology. | [Your activity and information you provide]: <br> * Interactions with Meta's [artificial intelligence technology] and related metadata. |";
const ROW_2025_05 =
  '| Develop and improve [artificial intelligence technology] (also called AI at Meta) on Meta Products and for third parties. | * In our interest, and in the interests of users and third parties to create, provide, support, improve and maintain artificial intelligence technology. | [Your activity and information you provide]: <br> * [Public content] you create or share, like posts, comments or audio. |';

describe('parseTableRow', () => {
  it('reads cells, header marks, line breaks, bullets and link labels', () => {
    const header = parseTableRow(HEADER);
    expect(header?.map((c) => c.header)).toEqual([true, true, true]);
    expect(header?.[1]?.text).toBe('Legitimate interests relied on');
    const row = parseTableRow(ROW_2025_05);
    expect(row).toHaveLength(3);
    expect(row?.[0]?.header).toBe(false);
    expect(row?.[0]?.text).toBe(
      'Develop and improve artificial intelligence technology (also called AI at Meta) on Meta Products and for third parties.',
    );
    expect(row?.[2]?.text).toBe(
      'Your activity and information you provide:\n• Public content you create or share, like posts, comments or audio.',
    );
  });

  it('is not fooled by prose, separator rows or escaped pipes', () => {
    expect(parseTableRow('We use your information | sometimes.')).toBeNull();
    expect(parseTableRow('| --- | :-: |')).toBeNull();
    expect(parseTableRow('| a \\| b | c |')?.map((c) => c.text)).toEqual(['a | b', 'c']);
    expect(parseTableRows(`${HEADER}\n\nA paragraph.`)).toBeNull();
    expect(parseTableRows(`${HEADER}\n\n${ROW_2025_05}`)).toHaveLength(2);
  });

  it('tells a sub-heading row spanning the table from a data row', () => {
    const sub = parseTableRow('| ### If you are a registered user of the Meta Products |     |     |');
    expect(sub && isHeaderRow(sub)).toBe(true);
    expect(isHeaderRow(parseTableRow(ROW_2025_05) ?? [])).toBe(false);
  });
});

describe('tableHeaderAt', () => {
  it('finds the column heads of the table a row belongs to, not a sub-heading row', () => {
    const blocks = [
      '## Legitimate interests',
      HEADER,
      '| ### If you are a registered user of the Meta Products |     |     |',
      ROW_2025_05,
      'A paragraph after the table.',
      '| Another | table |',
    ];
    expect(tableHeaderAt(blocks, 3)?.map((c) => c.text)).toEqual([
      'Why and how we process your information',
      'Legitimate interests relied on',
      'Information categories we use',
    ]);
    expect(tableHeaderAt(blocks, 5)).toBeNull();
  });
});

describe('compareRows', () => {
  it('marks only the cells that changed, with the changed words inside', () => {
    const cells = compareRows(parseTableRow(ROW_2025_04), parseTableRow(ROW_2025_05));
    expect(cells.map((c) => c.changed)).toEqual([false, false, true]);
    const third = cells[2];
    // The changed words' span on each side (runs of equal spaces sit between changed words).
    const span = (side: MarkedText | null, mark: 'add' | 'remove') => {
      const ranges = side?.ranges.filter((r) => r.mark === mark) ?? [];
      return side?.text.slice(ranges[0]?.start ?? 0, ranges.at(-1)?.end ?? 0) ?? '';
    };
    expect(span(third?.after ?? null, 'add')).toContain('Public content you create or share');
    expect(span(third?.before ?? null, 'remove')).toContain('Interactions with');
    expect(third?.after?.text.startsWith('Your activity and information you provide:')).toBe(true);
  });

  it('marks a whole added row, and a flagged cell', () => {
    const flag = 'Develop and improve [artificial intelligence technology] (also called AI at Meta) on Meta Products';
    const cells = compareRows(null, parseTableRow(ROW_2025_05), [flag]);
    expect(cells.every((c) => c.changed && c.before === null)).toBe(true);
    expect(cells.map((c) => c.flagged)).toEqual([true, false, false]);
  });
});

describe.skipIf(!corpusAvailable)(
  `the diff of Meta's table rows (${corpusAvailable ? 'corpus' : CORPUS_SKIP_REASON})`,
  () => {
    it('gives the AI rows added on 2025-05-28 the column heads of their table', () => {
      const before = readVersion('Facebook/privacy-policy.pga/2025-04-23T12-31-08Z.md');
      const after = readVersion('Facebook/privacy-policy.pga/2025-05-28T00-30-56Z.md');
      const report = analyzePolicyChange(before, after);
      const model = buildDiffModel(report, normalizePolicyText(after), normalizePolicyText(before));
      const tableRows = model.rows.filter(
        (r): r is ChangeRow => r.type === 'change' && parseTableRows(r.change.after) !== null,
      );
      const aiRows = tableRows.filter((r) => r.change.after?.includes('Develop and improve'));
      expect(aiRows.length).toBeGreaterThan(0);
      for (const row of aiRows) {
        expect(row.tableHeader?.map((c) => c.text).slice(0, 2)).toEqual([
          'Why and how we process your information',
          'Legitimate interests relied on',
        ]);
      }
    });
  },
);
