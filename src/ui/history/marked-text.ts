import type { BlockChange, Flag } from '../../analysis/types';
import { append, h } from '../../dom/safe-dom';

// A changed block as text with marked ranges: removed words, added words and the flagged sentence. Ranges may
// overlap (a flagged sentence containing added words); the text is cut at every range boundary and each piece gets
// the marks that cover it. All text goes in as text nodes.

export type Mark = 'add' | 'remove' | 'flag';

export interface Range {
  start: number;
  end: number;
  mark: Mark;
}

export interface MarkedText {
  text: string;
  ranges: Range[];
}

function pieceElement(text: string, marks: ReadonlySet<Mark>): Node | string {
  if (marks.size === 0) return text;
  const tag = marks.has('remove') ? 'del' : marks.has('add') ? 'ins' : 'mark';
  return h(tag, { class: [...marks].join(' ') }, text);
}

/** Nodes for a text with marked ranges. */
export function renderMarked({ text, ranges }: MarkedText): DocumentFragment {
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const marks = new Set(ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.mark));
    append(fragment, pieceElement(text.slice(start, end), marks));
  }
  return fragment;
}

function flagRanges(text: string, sentences: (string | null)[]): Range[] {
  const out: Range[] = [];
  for (const sentence of sentences) {
    if (!sentence) continue;
    const at = text.indexOf(sentence.trim());
    if (at >= 0) out.push({ start: at, end: at + sentence.trim().length, mark: 'flag' });
  }
  return out;
}

/** Joins word runs of the given ops, marking the runs of `marked` op. */
function fromRuns(change: BlockChange, keep: ReadonlySet<string>, marked: 'add' | 'remove' | null): MarkedText {
  let text = '';
  const ranges: Range[] = [];
  for (const run of change.words ?? []) {
    if (!keep.has(run.op)) continue;
    if (run.op === marked) ranges.push({ start: text.length, end: text.length + run.text.length, mark: marked });
    text += run.text;
  }
  return { text, ranges };
}

/** The older side of a change (null when the block was added). */
export function beforeSide(change: BlockChange, flags: readonly Flag[]): MarkedText | null {
  return side(change, flags, 'before');
}

/** The newer side of a change (null when the block was removed). */
export function afterSide(change: BlockChange, flags: readonly Flag[]): MarkedText | null {
  return side(change, flags, 'after');
}

/** One side of a change: its word runs (or whole text) with its own edits marked, plus the flagged sentences. */
function side(change: BlockChange, flags: readonly Flag[], which: 'before' | 'after'): MarkedText | null {
  const whole = change[which];
  if (whole === null) return null;
  const mark = which === 'before' ? 'remove' : 'add';
  const wholeChange = which === 'before' ? 'removed' : 'added';
  const base: MarkedText = change.words?.length
    ? fromRuns(change, new Set(['equal', mark]), mark)
    : { text: whole, ranges: change.change === wholeChange ? [{ start: 0, end: whole.length, mark }] : [] };
  return {
    text: base.text,
    ranges: [
      ...base.ranges,
      ...flagRanges(
        base.text,
        flags.map((f) => f[which]),
      ),
    ],
  };
}

/** Both sides in one text: removed and added runs in place. */
export function inlineText(change: BlockChange, flags: readonly Flag[]): MarkedText {
  if (!change.words?.length) {
    const parts: MarkedText = { text: '', ranges: [] };
    if (change.before !== null && change.change !== 'moved') {
      parts.ranges.push({ start: 0, end: change.before.length, mark: 'remove' });
      parts.text = `${change.before}\n`;
    }
    if (change.after !== null) {
      const start = parts.text.length;
      parts.text += change.after;
      if (change.change !== 'moved') parts.ranges.push({ start, end: parts.text.length, mark: 'add' });
    }
    return {
      text: parts.text,
      ranges: [
        ...parts.ranges,
        ...flagRanges(
          parts.text,
          flags.map((f) => f.after),
        ),
      ],
    };
  }
  let text = '';
  const ranges: Range[] = [];
  for (const run of change.words) {
    if (run.op !== 'equal') ranges.push({ start: text.length, end: text.length + run.text.length, mark: run.op });
    text += run.text;
  }
  return {
    text,
    ranges: [
      ...ranges,
      ...flagRanges(
        text,
        flags.map((f) => f.after),
      ),
    ],
  };
}
