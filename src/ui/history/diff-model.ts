import type { AnalysisReport, BlockChange, Flag } from '../../analysis/types';

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

/** Finds where a change's newer text starts among the blocks, at or after `from`; -1 when absent. */
function locate(blocks: readonly string[], keys: readonly string[], change: BlockChange, from: number): number {
  if (!change.after) return -1;
  const first = key(splitBlocks(change.after)[0] ?? change.after);
  if (first === '') return -1;
  for (let i = from; i < blocks.length; i++) if (keys[i] === first) return i;
  return -1;
}

export function buildDiffModel(report: Pick<AnalysisReport, 'changes' | 'flags'>, newText: string): DiffModel {
  const blocks = splitBlocks(newText);
  const keys = blocks.map(key);
  const rows: DiffRow[] = [];
  const placedFlags = new Set<Flag>();
  let cursor = 0;

  const pushUnchanged = (until: number) => {
    if (until > cursor) rows.push({ type: 'unchanged', blocks: blocks.slice(cursor, until) });
    cursor = Math.max(cursor, until);
  };

  report.changes.forEach((change, index) => {
    const at = locate(blocks, keys, change, cursor);
    if (at >= 0) {
      pushUnchanged(at);
      cursor = at + Math.max(1, splitBlocks(change.after ?? '').length);
    }
    const flags = report.flags.filter((f) => !placedFlags.has(f) && flagBelongsTo(f, change));
    for (const f of flags) placedFlags.add(f);
    rows.push({ type: 'change', change, flags, index });
  });
  pushUnchanged(blocks.length);
  return { rows, looseFlags: report.flags.filter((f) => !placedFlags.has(f)) };
}

/** Whether a change is worth showing under the "what matters" filter. */
export function matters(row: ChangeRow): boolean {
  return row.flags.length > 0;
}
