import { describe, expect, it } from 'vitest';
import type { BlockChange } from '../../analysis/types';
import { buildDiffModel } from './diff-model';
import { renderDiffRows } from './diff-view';

// Layout-only changes fold away and are counted; a table row renders as a table in the folded text too.

const TEXT = ['# Policy', 'Effective May 27, 2025', '| ### Purpose | ### Basis |', '| Ads | Consent |', 'End.'].join(
  '\n\n',
);
const changes: BlockChange[] = [
  { change: 'modified', section: '', before: 'Effective April 7, 2025', after: 'Effective May 27, 2025', noise: true },
  { change: 'modified', section: '', before: 'Start.', after: 'End.' },
];

describe('renderDiffRows', () => {
  it('folds the noise change away with its own count, and shows the wording change', async () => {
    const rows = document.createElement('div');
    const model = buildDiffModel({ changes, flags: [] }, TEXT);
    await renderDiffRows(rows, model, { layout: 'side', lang: 'en', platformId: 'facebook', mattersOnly: false }).done;
    const folds = [...rows.querySelectorAll('button.fold')].map((b) => b.textContent);
    expect(folds.some((f) => f?.includes('1 layout-only change'))).toBe(true);
    expect(rows.querySelectorAll('.change')).toHaveLength(1);
    (rows.querySelector('button.fold') as HTMLButtonElement).click();
    expect(rows.querySelectorAll('.change.noise')).toHaveLength(1);
  });

  it('draws unchanged table rows as table rows when unfolded', async () => {
    const rows = document.createElement('div');
    const model = buildDiffModel({ changes: [changes[1] as BlockChange], flags: [] }, TEXT);
    await renderDiffRows(rows, model, { layout: 'side', lang: 'en', platformId: 'facebook', mattersOnly: false }).done;
    for (const fold of rows.querySelectorAll<HTMLButtonElement>('button.fold')) fold.click();
    const heads = [...rows.querySelectorAll('table.policy-table th')].map((th) => th.textContent);
    expect(heads).toEqual(['Purpose', 'Basis']);
    expect([...rows.querySelectorAll('table.policy-table td')].map((td) => td.textContent)).toEqual(['Ads', 'Consent']);
  });

  it('draws changed rows of one table that follow each other as one table under its column heads', async () => {
    const text = [
      '# Policy',
      '| ### Purpose | ### Basis |',
      '| Ads | Consent |',
      '| AI | Legitimate interests |',
      'End.',
    ].join('\n\n');
    const rowChanges: BlockChange[] = [
      { change: 'modified', section: 'Bases', before: '| Ads | Contract |', after: '| Ads | Consent |' },
      { change: 'added', section: 'Bases', before: null, after: '| AI | Legitimate interests |' },
    ];
    const rows = document.createElement('div');
    const model = buildDiffModel({ changes: rowChanges, flags: [] }, text);
    await renderDiffRows(rows, model, { layout: 'side', lang: 'en', platformId: 'facebook', mattersOnly: false }).done;
    const groups = rows.querySelectorAll('.change.table-group');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.querySelector('.change-kind')?.textContent).toBe('2 table rows changed');
    expect([...(groups[0]?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent)).toEqual([
      'Purpose',
      'Basis',
    ]);
    const body = [...(groups[0]?.querySelectorAll('tbody tr') ?? [])];
    expect(body.map((tr) => [tr.id, tr.getAttribute('data-change')])).toEqual([
      ['change-0', 'modified'],
      ['change-1', 'added'],
    ]);
    // Only the cell that changed is marked in the modified row.
    expect([...(body[0]?.querySelectorAll('td') ?? [])].map((td) => td.classList.contains('cell-changed'))).toEqual([
      false,
      true,
    ]);
  });
});
