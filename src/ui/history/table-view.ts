import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { t } from '../../i18n';
import type { ChangeRow } from './diff-model';
import { type MarkedText, renderMarked } from './marked-text';
import { type ComparedCell, compareRows, isHeaderRow, parseTableRows, type TableCell } from './table-rows';

// A changed table row drawn as a table: the table's column heads, then the row, each changed cell marked (and its
// changed words inside it).

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

function cellElement(cell: ComparedCell, lang: Language): HTMLElement | null {
  const marked: MarkedText | null = cell.inline;
  const classes = [cell.changed ? 'cell-changed' : '', cell.flagged ? 'cell-flagged' : ''].filter(Boolean);
  const attrs = { class: classes.join(' ') || null, 'data-changed': cell.changed ? 'true' : null };
  const content = marked ? renderMarked(marked) : h('span', { class: 'absent' }, t('history.diff.absent', lang));
  // A changed cell says so in words too, for screen readers (the colours alone would not).
  const note = cell.changed
    ? h('span', { class: 'visually-hidden' }, ` (${t('history.diff.cellChanged', lang)})`)
    : null;
  return cell.header ? h('th', { scope: 'row', ...attrs }, content, note) : h('td', attrs, content, note);
}

/**
 * A row's cells; a sub-heading row (only its first cell filled, a heading) spans the table, as the policy lays it
 * out ("For people over the age of majority" above the rows it heads).
 */
function rowCells(cells: ComparedCell[], columns: number, lang: Language): (HTMLElement | null)[] {
  const [first, ...rest] = cells;
  if (first?.header && columns > 1 && rest.every((c) => c.inline.text === '')) {
    const cell = cellElement(first, lang);
    cell?.setAttribute('colspan', String(columns));
    cell?.setAttribute('scope', 'colgroup');
    cell?.classList.add('sub-heading');
    return [cell];
  }
  return cells.map((c) => cellElement(c, lang));
}

function table(rows: ComparedCell[][], header: TableCell[] | null, lang: Language): HTMLElement {
  const columns = Math.max(header?.length ?? 0, ...rows.map((r) => r.length));
  return h(
    'table',
    { class: 'policy-table' },
    header ? headerRow(header, columns) : null,
    h(
      'tbody',
      null,
      rows.map((cells) => h('tr', null, rowCells(cells, columns, lang))),
    ),
  );
}

/** A changed row's cells compared, with its table's column heads; null when the change is not (only) table rows. */
export function comparedTableRows(row: ChangeRow): { rows: ComparedCell[][]; header: TableCell[] | null } | null {
  const { change } = row;
  const before = parseTableRows(change.before);
  const after = parseTableRows(change.after);
  if ((change.before !== null && !before) || (change.after !== null && !after) || (!before && !after)) return null;
  const count = Math.max(before?.length ?? 0, after?.length ?? 0);
  const sentences = row.flags.flatMap((f) => [f.before, f.after]).filter((s): s is string => s !== null);
  const rows: ComparedCell[][] = [];
  for (let i = 0; i < count; i++) {
    const b = before ? (before[i] ?? []) : null;
    const a = after ? (after[i] ?? []) : null;
    rows.push(compareRows(b, a, sentences));
  }
  // The header is shown unless the change is itself the header row.
  const ownHeader = (after ?? before)?.[0];
  const header = row.tableHeader && !(ownHeader && isHeaderRow(ownHeader) && count === 1) ? row.tableHeader : null;
  return { rows, header };
}

/**
 * The table form of a changed row, or null when the change is not (only) table rows. One table at full width in
 * either layout: a row's cells are narrow already, and two half-width tables side by side would not read as the
 * policy's table; a changed cell shows its removed and added words in place.
 */
export function renderTableChange(row: ChangeRow, lang: Language): HTMLElement | null {
  const compared = comparedTableRows(row);
  if (!compared) return null;
  return h('div', { class: 'table-change' }, table(compared.rows, compared.header, lang));
}

/**
 * Several changed rows of one table, next to each other in the diff, as one table under its column heads; each
 * change's first row carries the change's anchor id (for "show in text").
 */
export function renderTableRows(
  rows: readonly { row: ChangeRow; compared: ComparedCell[][] }[],
  header: TableCell[] | null,
  anchorOf: (row: ChangeRow) => string,
  lang: Language,
): HTMLElement {
  const columns = Math.max(header?.length ?? 0, ...rows.flatMap((r) => r.compared.map((c) => c.length)));
  return h(
    'table',
    { class: 'policy-table' },
    header ? headerRow(header, columns) : null,
    h(
      'tbody',
      null,
      rows.flatMap(({ row, compared }) =>
        compared.map((cells, i) =>
          h(
            'tr',
            {
              id: i === 0 ? anchorOf(row) : null,
              class: `row-${row.change.change}${row.flags.length ? ' row-flagged' : ''}`,
              'data-change': row.change.change,
            },
            rowCells(cells, columns, lang),
          ),
        ),
      ),
    ),
  );
}
