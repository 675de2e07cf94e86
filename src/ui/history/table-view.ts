import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { t } from '../../i18n';
import type { ChangeRow } from './diff-model';
import { type MarkedText, renderMarked } from './marked-text';
import { type ComparedCell, compareRows, isHeaderRow, parseTableRows, type TableCell } from './table-rows';

// A changed table row drawn as a table: the table's column heads, then the row, each changed cell marked (and its
// changed words inside it). Side by side, the older and newer rows sit in two tables; inline, one table holds both.

type Side = 'before' | 'after' | 'inline';

function headerRow(header: readonly TableCell[], columns: number): HTMLElement {
  const cells = [...header];
  while (cells.length < columns) cells.push({ text: '', header: true });
  return h(
    'thead',
    null,
    h(
      'tr',
      null,
      cells.map((c) => h('th', { scope: 'col' }, c.text)),
    ),
  );
}

function cellElement(cell: ComparedCell, side: Side, lang: Language): HTMLElement | null {
  const marked: MarkedText | null = side === 'inline' ? cell.inline : cell[side];
  const classes = [cell.changed ? 'cell-changed' : '', cell.flagged ? 'cell-flagged' : ''].filter(Boolean);
  const attrs = { class: classes.join(' ') || null, 'data-changed': cell.changed ? 'true' : null };
  const content = marked ? renderMarked(marked) : h('span', { class: 'absent' }, t('history.diff.absent', lang));
  // A changed cell says so in words too, for screen readers (the colours alone would not).
  const note = cell.changed
    ? h('span', { class: 'visually-hidden' }, ` (${t('history.diff.cellChanged', lang)})`)
    : null;
  return cell.header ? h('th', { scope: 'row', ...attrs }, content, note) : h('td', attrs, content, note);
}

function table(rows: ComparedCell[][], header: TableCell[] | null, side: Side, lang: Language): HTMLElement {
  const columns = Math.max(header?.length ?? 0, ...rows.map((r) => r.length));
  return h(
    'table',
    { class: 'policy-table' },
    header ? headerRow(header, columns) : null,
    h(
      'tbody',
      null,
      rows.map((cells) =>
        h(
          'tr',
          null,
          cells.map((c) => cellElement(c, side, lang)),
        ),
      ),
    ),
  );
}

/** The table form of a changed row, or null when the change is not (only) table rows. */
export function renderTableChange(row: ChangeRow, layout: 'side' | 'inline', lang: Language): HTMLElement | null {
  const { change } = row;
  const before = parseTableRows(change.before);
  const after = parseTableRows(change.after);
  if ((change.before !== null && !before) || (change.after !== null && !after) || (!before && !after)) return null;
  const count = Math.max(before?.length ?? 0, after?.length ?? 0);
  const beforeFlags = row.flags.map((f) => f.before).filter((s): s is string => s !== null);
  const afterFlags = row.flags.map((f) => f.after).filter((s): s is string => s !== null);
  const compared: ComparedCell[][] = [];
  for (let i = 0; i < count; i++) {
    const b = before ? (before[i] ?? []) : null;
    const a = after ? (after[i] ?? []) : null;
    compared.push(compareRows(b, a, [...beforeFlags, ...afterFlags]));
  }
  // The header is shown unless the change is itself the header row.
  const ownHeader = (after ?? before)?.[0];
  const header = row.tableHeader && !(ownHeader && isHeaderRow(ownHeader) && count === 1) ? row.tableHeader : null;
  if (layout === 'inline')
    return h('div', { class: 'inline-text table-change' }, table(compared, header, 'inline', lang));
  const column = (label: string, side: 'before' | 'after', present: boolean) =>
    h(
      'div',
      { class: `side ${side} table-change`, 'data-label': label },
      present ? table(compared, header, side, lang) : h('span', { class: 'absent' }, t('history.diff.absent', lang)),
    );
  return h(
    'div',
    { class: 'sides' },
    column(t('history.diff.before', lang), 'before', before !== null),
    column(t('history.diff.after', lang), 'after', after !== null),
  );
}
