import type { AnalysisReport, BlockChange, Flag } from '../../analysis/types';
import { parseTableRow, type TableCell, tableHeaderAt } from './table-rows';

// The diff as the page shows it: the whole newer document in order, where each changed block of the report sits at
// its place and the unchanged blocks between changes form runs (shown collapsed). The report lists only changed
// blocks, so they are anchored by finding their text in the newer normalised text (one block per line, blank line
// between blocks); a change that cannot be found keeps its order in the report and is shown where it comes.

export interface ChangeRow {
  type: 'change';
  change: BlockChange;
  /** Flags whose sentence sits in this block. */
  flags: Flag[];
  /** Index in report.changes: a stable id for anchors. */
  index: number;
  /** For a change to a table row: the column heads of its table (from the text it sits in), when it has some. */
  tableHeader?: TableCell[] | null;
}

export interface UnchangedRow {
  type: 'unchanged';
  blocks: string[];
}

export type DiffRow = ChangeRow | UnchangedRow;

export interface DiffModel {
  rows: DiffRow[];
  /** Flags not found in any changed block (still listed in the summary). */
  looseFlags: Flag[];
}

/** Blocks of a normalised text. */
export function splitBlocks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}

/** Comparison key: whitespace folded, Markdown markers dropped, so formatting differences do not break anchoring. */
function key(text: string): string {
  return text
    .replace(/^\s*(#{1,6}\s|[-*]\s|\|)/, '')
    .replace(/[\s|]+/g, ' ')
    .trim();
}

function blockContains(block: string, sentence: string | null): boolean {
  if (!sentence) return false;
  return key(block).includes(key(sentence));
}

/** Whether a flag's sentence belongs to this change (the before sentence for removals, the after one otherwise). */
export function flagBelongsTo(flag: Flag, change: BlockChange): boolean {
  return blockContains(change.after ?? '', flag.after) || blockContains(change.before ?? '', flag.before);
}

/** Finds where a text's first block sits among the blocks, at or after `from`; -1 when absent. */
function locateText(blocks: readonly string[], keys: readonly string[], text: string | null, from: number): number {
  if (!text) return -1;
  const first = key(splitBlocks(text)[0] ?? text);
  if (first === '') return -1;
  for (let i = from; i < blocks.length; i++) if (keys[i] === first) return i;
  return -1;
}

/** The column heads for a change to a table row: found where the row sits in the newer text, else in the older. */
function headerOf(change: BlockChange, at: number, blocks: readonly string[], old: Blocks | null): TableCell[] | null {
  const sample = splitBlocks(change.after ?? change.before ?? '')[0] ?? '';
  if (!parseTableRow(sample)) return null;
  if (at >= 0) return tableHeaderAt(blocks, at);
  if (!old) return null;
  return tableHeaderAt(old.blocks, locateText(old.blocks, old.keys, change.before, 0));
}

interface Blocks {
  blocks: string[];
  keys: string[];
}

/**
 * `oldText` (the older normalised text) is optional: with it, a removed table row gets its table's column heads too.
 */
export function buildDiffModel(
  report: Pick<AnalysisReport, 'changes' | 'flags'>,
  newText: string,
  oldText?: string,
): DiffModel {
  const blocks = splitBlocks(newText);
  const keys = blocks.map(key);
  const oldBlocks = oldText === undefined ? null : splitBlocks(oldText);
  const old = oldBlocks ? { blocks: oldBlocks, keys: oldBlocks.map(key) } : null;
  const rows: DiffRow[] = [];
  const placedFlags = new Set<Flag>();
  let cursor = 0;

  const pushUnchanged = (until: number) => {
    if (until > cursor) rows.push({ type: 'unchanged', blocks: blocks.slice(cursor, until) });
    cursor = Math.max(cursor, until);
  };

  report.changes.forEach((change, index) => {
    const at = locateText(blocks, keys, change.after, cursor);
    if (at >= 0) {
      pushUnchanged(at);
      cursor = at + Math.max(1, splitBlocks(change.after ?? '').length);
    }
    const flags = report.flags.filter((f) => !placedFlags.has(f) && flagBelongsTo(f, change));
    for (const f of flags) placedFlags.add(f);
    const tableHeader = headerOf(change, at, blocks, old);
    rows.push({ type: 'change', change, flags, index, ...(tableHeader ? { tableHeader } : {}) });
  });
  pushUnchanged(blocks.length);
  return { rows, looseFlags: report.flags.filter((f) => !placedFlags.has(f)) };
}

/** Whether a change is worth showing under the "what matters" filter. */
export function matters(row: ChangeRow): boolean {
  return row.flags.length > 0;
}

/** A change that alters no wording: noise (formatting, links, dates) or a block moved word for word. Never flagged. */
export function layoutOnly(row: ChangeRow): boolean {
  return row.flags.length === 0 && (row.change.noise === true || row.change.change === 'moved');
}

/** Changes beyond which a comparison of versions that are not neighbours opens on "what matters". */
export const LONG_COMPARISON = 12;

/**
 * Whether a comparison opens filtered to what matters: a far-apart pair (not a version and its predecessor) with many
 * wording changes and at least one flagged one, where the flagged few would drown among the rest.
 */
export function opensOnWhatMatters(model: DiffModel, adjacent: boolean): boolean {
  const changes = model.rows.filter((r): r is ChangeRow => r.type === 'change' && !layoutOnly(r));
  return !adjacent && changes.length > LONG_COMPARISON && changes.some(matters);
}
