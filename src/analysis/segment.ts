import { basesMentioned, type Lexicon } from './lexicon';
import { memoize } from './memo';
import type { LegalBasis } from './types';

// Blocks of the normalised text (one per line) with their heading path and, for table rows, the legal basis the
// surrounding headings or the table's introduction name. That is how a row of Meta's legal-basis tables is known to
// rely on legitimate interests: the basis is never in the row itself.

export type BlockType = 'heading' | 'paragraph' | 'item' | 'row';

export interface Block {
  index: number;
  type: BlockType;
  /** Heading level (1-6); 7 for a sub-heading row inside a table; 0 otherwise. */
  level: number;
  /** Display text: normalised, link labels in brackets, table rows as `| a | b |`. */
  text: string;
  /** Comparison key: lower-case words only (see comparisonKey). */
  key: string;
  /** Heading path, outermost first. */
  section: string[];
  /** Table rows: the legal basis the row sits under, when the headings or the table introduction name one. */
  basis: LegalBasis | null;
  /** Table rows: the cells (display text). */
  cells?: string[];
  /** Table header row (all cells are headings) or sub-heading row (first cell is a heading, the others empty). */
  rowRole?: 'header' | 'subheading' | 'data';
}

/**
 * ASCII punctuation and the common Unicode punctuation, symbol and space ranges. Spelled out rather than
 * `[^\p{L}\p{N}]` because the Unicode-aware regex is two to three times slower on a 200 KB policy.
 */
const NOT_A_WORD = /<br>|[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u2190-\u2bff\u3000-\u303f]+/g;

/** Lower-case words separated by single spaces: markup, punctuation and spacing do not make two blocks differ. */
export const comparisonKey: (text: string) => string = memoize((text) =>
  text.toLowerCase().replace(NOT_A_WORD, ' ').trim(),
);

/** An introduction ("... are set out below:") sits right before its table; a basis named further up is not it. */
const MAX_INTRO_DISTANCE = 3;

function headingText(cell: string): string {
  return cell.replace(/^#+\s*/, '').trim();
}

// Per language, memoised: most paragraphs recur unchanged from one version to the next.
const singleBasisMemos = new Map<string, (text: string) => LegalBasis | null>();

/** The one basis a text names, or null when it names none or several. */
function singleBasis(lexicon: Lexicon, text: string): LegalBasis | null {
  let memo = singleBasisMemos.get(lexicon.language);
  if (!memo) {
    memo = memoize((input) => {
      const bases = basesMentioned(lexicon, input);
      return bases.length === 1 ? (bases[0] ?? null) : null;
    });
    singleBasisMemos.set(lexicon.language, memo);
  }
  return memo(text);
}

/** Words of a cell short enough to be a basis column ("Relying on our legitimate interests"), not a purpose. */
const MAX_BASIS_CELL_WORDS = 12;

/**
 * A data row under a basis section whose own basis column names another single basis relies on that one: a row
 * "| Prevent fraud | Relying on our legitimate interests |" under "Protecting vital interests" is legitimate interests.
 */
function rowBasis(cells: string[], context: LegalBasis | null, lexicon: Lexicon): LegalBasis | null {
  if (context === null) return null;
  for (const cell of cells.slice(1)) {
    if (cell === '' || cell.split(/\s+/).length > MAX_BASIS_CELL_WORDS) continue;
    const own = singleBasis(lexicon, cell);
    if (own) return own;
  }
  return context;
}

export function segment(normalized: string, lexicon: Lexicon): Block[] {
  const blocks: Block[] = [];
  const headings: Array<{ level: number; text: string; basis: LegalBasis | null }> = [];
  /** Basis named by the nearest heading that names one. */
  let headingBasis: LegalBasis | null = null;
  /** The last paragraph that named exactly one basis: it introduces a table only if the table follows closely. */
  let intro: { basis: LegalBasis; index: number } | null = null;
  /** Basis of the rows of the current table. */
  let context: LegalBasis | null = null;
  let inTable = false;
  const lines = normalized.split('\n');
  for (const line of lines) {
    if (line === '') continue;
    const index = blocks.length;
    if (line.startsWith('| ')) {
      if (!inTable) {
        inTable = true;
        context = intro && index - intro.index <= MAX_INTRO_DISTANCE ? intro.basis : headingBasis;
      }
      const cells = line
        .replace(/^\|\s?/, '')
        .replace(/\s?\|$/, '')
        // Every bar separates two cells; the spaces around it go with the trim.
        .split('|')
        .map((cell) => cell.trim());
      const filled = cells.filter((cell) => cell !== '');
      // A row that names something and states nothing beside it ("If you are a registered user of the Meta
      // Products | | |") groups the rows below it, whether or not the capture kept its heading marks. Reddit's table
      // leaves its first column empty ("| | **Legitimate Interest** | | |"): a short name alone in another column too.
      const soleCell = cells.length > 1 && filled.length === 1 ? (filled[0] as string) : null;
      const isSubheading =
        soleCell !== null && (cells[0] === soleCell || headingText(soleCell).split(/\s+/).length <= 6);
      const first = soleCell ?? cells[0] ?? '';
      const isHeader = !isSubheading && cells.every((cell) => cell.startsWith('#') || cell === '');
      if (isSubheading) {
        while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= 7) headings.pop();
        const text = headingText(first);
        // A short sub-heading may itself be the basis ("Legitimate interests"); a long one only describes people.
        const basis = text.split(/\s+/).length <= 6 ? singleBasis(lexicon, text) : null;
        headings.push({ level: 7, text, basis });
        if (basis) context = basis;
      } else if (isHeader) {
        const basis = cells.map((cell) => singleBasis(lexicon, headingText(cell))).find((found) => found) ?? null;
        if (basis) context = basis;
      }
      blocks.push({
        index,
        type: 'row',
        level: isSubheading ? 7 : 0,
        text: line,
        key: comparisonKey(line),
        section: headings.map((heading) => heading.text),
        basis: isSubheading || isHeader ? context : rowBasis(cells, context, lexicon),
        cells,
        rowRole: isSubheading ? 'subheading' : isHeader ? 'header' : 'data',
      });
      continue;
    }
    if (inTable) {
      inTable = false;
      context = null;
      while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= 7) headings.pop();
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      const text = heading[2] ?? '';
      while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= level) headings.pop();
      const basis = singleBasis(lexicon, text);
      headings.push({ level, text, basis });
      headingBasis = [...headings].reverse().find((entry) => entry.basis)?.basis ?? null;
      intro = null;
      blocks.push({
        index,
        type: 'heading',
        level,
        text,
        key: comparisonKey(text),
        section: headings.map((h) => h.text),
        basis,
      });
      continue;
    }
    const isItem = line.startsWith('- ');
    const text = isItem ? line.slice(2) : line;
    // A paragraph that names exactly one basis introduces the table that follows ("We rely on our legitimate
    // interests ... set out below").
    if (!isItem) {
      const basis = singleBasis(lexicon, text);
      if (basis) intro = { basis, index };
    }
    blocks.push({
      index,
      type: isItem ? 'item' : 'paragraph',
      level: 0,
      text,
      key: comparisonKey(text),
      section: headings.map((h) => h.text),
      basis: null,
    });
  }
  return blocks;
}

export function sectionPath(block: Block): string {
  return block.section.join(' > ');
}

/** The purpose a table row describes: the first sentence (or clause before a colon) of its first cell. */
export function rowPurpose(block: Block, lexicon?: Lexicon): string | null {
  // The first cell that says something (some tables leave the first column empty on continuation rows).
  const first = block.cells?.find((cell) => /[\p{L}]/u.test(cell));
  if (!first) return null;
  const parts = first
    .split(/\s?<br>\s?/)
    .map((part) => part.replace(/^#+\s*/, '').trim())
    .filter((part) => /[\p{L}]/u.test(part));
  // "If you are in the UK:<br><br>Sharing data with our parent company...": a leading condition scopes the row; the
  // purpose is what follows it.
  while (parts.length > 1 && lexicon && isLeadingCondition(parts[0] ?? '', lexicon)) parts.shift();
  const text = parts[0] ?? '';
  const clause = text.split(/:(?:\s|$)/)[0] ?? text;
  const sentence = clause.split(/(?<=[.!?])\s+(?=[\p{Lu}])/u)[0] ?? clause;
  return sentence.trim() || null;
}

/** A part of a cell that is only a condition introducing what follows: "If we show you ads on Meta Products:". */
function isLeadingCondition(part: string, lexicon: Lexicon): boolean {
  return part.endsWith(':') && lexicon.condition.firstIndex(part) === 0;
}
