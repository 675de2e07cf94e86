import { diffWordsWithSpace } from 'diff';
import type { MarkedText, Range } from './marked-text';

// Table rows of a policy, as the diff shows them. Captures and Open Terms Archive versions write a table as one
// block per row, `| cell | cell |`; header cells start with a Markdown heading (`| ### Why we process | ### … |`), a
// cell's lines are joined with `<br>` and its bullets start with `* ` (Meta's legal-basis tables are written so).
// Pure: the parsing, the header lookup and the cell-by-cell comparison; table-view.ts draws them.

export interface TableCell {
  /** The cell as the reader sees it: heading marks and link brackets dropped, `<br>` as a line break. */
  text: string;
  header: boolean;
}

/** The cells of one table-row block, or null when the block is not a table row. */
export function parseTableRow(block: string): TableCell[] | null {
  const line = block.trim();
  if (!line.startsWith('|') || !line.endsWith('|') || line.length < 2 || line.includes('\n')) return null;
  const inner = line.slice(1, -1);
  // Separator rows (`| --- | :-: |`) carry no text.
  if (/^[\s|:-]+$/.test(inner) && inner.includes('-')) return null;
  return splitCells(inner).map(toCell);
}

/** Split on `|` that is not escaped (`\|` stays inside its cell). */
function splitCells(inner: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\' && inner[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells;
}

function toCell(raw: string): TableCell {
  const trimmed = raw.trim();
  const header = /^#{1,6}\s/.test(trimmed);
  const text = trimmed
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s*<br\s*\/?>\s*/gi, '\n')
    .replace(/^[*-]\s+/gm, '• ')
    .replace(/\[([^\]]*)\]/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return { text, header };
}

/** Every block of a (multi-block) change text as table rows, or null when any block is not a row. */
export function parseTableRows(text: string | null): TableCell[][] | null {
  if (text === null) return null;
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  if (blocks.length === 0) return null;
  const rows: TableCell[][] = [];
  for (const block of blocks) {
    const row = parseTableRow(block);
    if (!row) return null;
    rows.push(row);
  }
  return rows;
}

/** A row whose filled cells are all headers: the table's column heads, or a sub-heading spanning the table. */
export function isHeaderRow(row: readonly TableCell[]): boolean {
  const filled = row.filter((c) => c.text !== '');
  return filled.length > 0 && filled.every((c) => c.header);
}

/**
 * The column heads of the table that the row at `index` of `blocks` belongs to: the first header row of the
 * contiguous run of table rows around it (a sub-heading row spanning one cell is not a column head when a fuller
 * header row exists). Null when the table has no header row.
 */
export function tableHeaderAt(blocks: readonly string[], index: number): TableCell[] | null {
  if (index < 0 || index >= blocks.length) return null;
  let start = index;
  while (start > 0 && parseTableRow(blocks[start - 1] as string)) start--;
  let best: TableCell[] | null = null;
  for (let i = start; i <= index; i++) {
    const row = parseTableRow(blocks[i] as string);
    if (!row || !isHeaderRow(row)) continue;
    const filled = row.filter((c) => c.text !== '').length;
    if (!best || filled > best.filter((c) => c.text !== '').length) best = row;
    if (filled === row.length) return row;
  }
  return best;
}

/** One cell of a compared row: its older and newer text with the words that changed marked, and the flag marks. */
export interface ComparedCell {
  before: MarkedText | null;
  after: MarkedText | null;
  /** Both sides in one text (removed and added words in place), for the inline layout. */
  inline: MarkedText;
  header: boolean;
  changed: boolean;
  flagged: boolean;
}

/** Comparison key of a sentence or a cell: brackets, bullets and spacing folded, case ignored. */
function key(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/[[\]*•#|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function isFlagged(cell: string, sentences: readonly string[]): boolean {
  const k = key(cell);
  if (k.length < 3) return false;
  return sentences.some((s) => {
    const ks = key(s);
    return ks.length > 0 && (k.includes(ks) || ks.includes(k));
  });
}

/**
 * Compare two versions of a row column by column (a column that exists on one side only is all added or removed).
 * `flagSentences` are the flags' sentences: a cell holding one (or held by one, for a statement made of cells) is
 * marked flagged.
 */
export function compareRows(
  before: readonly TableCell[] | null,
  after: readonly TableCell[] | null,
  flagSentences: readonly string[] = [],
): ComparedCell[] {
  const columns = Math.max(before?.length ?? 0, after?.length ?? 0);
  const out: ComparedCell[] = [];
  for (let i = 0; i < columns; i++) {
    const b = before ? (before[i] ?? { text: '', header: false }) : null;
    const a = after ? (after[i] ?? { text: '', header: false }) : null;
    out.push(compareCell(b, a, flagSentences));
  }
  return out;
}

function compareCell(b: TableCell | null, a: TableCell | null, flags: readonly string[]): ComparedCell {
  const header = (a ?? b)?.header ?? false;
  const flagged = isFlagged(a?.text ?? b?.text ?? '', flags);
  if (!b || !a) {
    const side = (a ?? b) as TableCell;
    const mark = a ? 'add' : 'remove';
    const marked: MarkedText = {
      text: side.text,
      ranges: side.text ? [{ start: 0, end: side.text.length, mark }] : [],
    };
    // An empty cell of an added or removed row holds nothing that changed.
    const changed = side.text !== '';
    return { before: a ? null : marked, after: a ? marked : null, inline: marked, header, changed, flagged };
  }
  if (key(b.text) === key(a.text)) {
    const same = { text: a.text, ranges: [] };
    return { before: { text: b.text, ranges: [] }, after: same, inline: same, header, changed: false, flagged };
  }
  const before: MarkedText = { text: '', ranges: [] };
  const after: MarkedText = { text: '', ranges: [] };
  const inline: MarkedText = { text: '', ranges: [] };
  const push = (target: MarkedText, text: string, mark: Range['mark'] | null) => {
    if (mark) target.ranges.push({ start: target.text.length, end: target.text.length + text.length, mark });
    target.text += text;
  };
  for (const part of diffWordsWithSpace(b.text, a.text)) {
    if (part.added) {
      push(after, part.value, 'add');
      push(inline, part.value, 'add');
    } else if (part.removed) {
      push(before, part.value, 'remove');
      push(inline, part.value, 'remove');
    } else {
      push(before, part.value, null);
      push(after, part.value, null);
      push(inline, part.value, null);
    }
  }
  return { before, after, inline, header, changed: true, flagged };
}
