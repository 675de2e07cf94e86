import {
  isTableSeparator,
  readAtxHeading,
  removeDanglingTargets,
  replaceAutolinks,
  replaceLinks,
  trimEndOf,
} from '../markdown/markdown-format';
import { htmlToMarkdown, looksLikeHtml } from './html';
import { memoize } from './memo';
import { collapseSpaces } from './text';

// One canonical Markdown-ish form for every capture: one block per line, blocks separated by a blank line, headings
// `# `, list items `- `, table rows `| a | b |` (line breaks inside cells as ` <br> `), link labels kept in brackets
// with their targets dropped, typography folded. Differences that only live in the source form vanish here.

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
const TYPOGRAPHY =
  /[\u2018\u2019\u201a\u201b\u2032\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u2026]/g;

const TYPOGRAPHY_FOLDS: Record<string, string> = {};
for (const char of '\u2018\u2019\u201a\u201b\u2032\u00b4') TYPOGRAPHY_FOLDS[char] = "'";
for (const char of '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb') TYPOGRAPHY_FOLDS[char] = '"';
for (const char of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') TYPOGRAPHY_FOLDS[char] = '-';
TYPOGRAPHY_FOLDS['\u2026'] = '...';

function foldTypography(char: string): string {
  return TYPOGRAPHY_FOLDS[char] ?? char;
}
const BARE_URL = /\bhttps?:\/\/[^\s<>"\])]+/g;
/** Annotation markers such as `\[12\]` or `[12]` that renumber whenever a note is added. */
const FOOTNOTE = /\\?\[\d{1,3}\\?\]/g;

/** A bare URL keeps its host and path; query strings and fragments carry tracking tokens and signatures. */
function stripUrl(url: string): string {
  const trimmed = trimEndOf(url, '.,;:!?');
  const cut = trimmed.search(/[?#]/);
  const base = cut >= 0 ? trimmed.slice(0, cut) : trimmed;
  return trimEndOf(base, '/') + url.slice(trimmed.length);
}

/** Drops brackets without a partner, so that link labels are the only bracketed spans left. */
function balanceBrackets(text: string): string {
  const open: number[] = [];
  const drop = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') open.push(i);
    else if (text[i] === ']') {
      if (open.length > 0) open.pop();
      else drop.add(i);
    }
  }
  for (const index of open) drop.add(index);
  if (drop.size === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i];
  return out;
}

function normalizeInline(text: string): string {
  let out = text;
  // Each rewrite runs only when its trigger character is present: most blocks have no links or markup.
  if (out.includes('`')) out = out.replace(/`([^`]*)`/g, '$1');
  if (out.includes('](')) {
    out = replaceLinks(out, ({ image, label }) => {
      const clean = label.replace(FOOTNOTE, '').replace(/\s+/g, ' ').trim();
      if (!clean) return '';
      return image ? clean : `[${clean}]`;
    });
  }
  // A link whose label spans a blank line (seen in real captures) leaves a dangling `](target)` behind.
  if (out.includes('](')) out = removeDanglingTargets(out);
  if (out.includes('http')) out = replaceAutolinks(out, stripUrl).replace(BARE_URL, stripUrl);
  if (out.includes('[')) out = out.replace(FOOTNOTE, '');
  // The one tag in Markdown is Open Terms Archive's `<br>` in cells (the corpus has no other). Anything else that
  // looks like a tag is the policy's own text ("we never run <script> tags") and stays.
  if (out.includes('<')) out = out.replace(/(?<!\\)<br\s*\/?>/gi, '\uE001');
  if (out.includes('\\')) out = out.replace(/\\([\\`*_{}[\]()#+\-.!|>~<"'])/g, '$1');
  if (out.includes('*') || out.includes('_')) {
    out = out
      .replace(/\*\*/g, '')
      // `__` is bold only around words (`__Public content__`), not inside a name such as `window.__pwned`.
      .replace(/(^|[^\p{L}\p{N}_])__(\S(?:[^_]*?\S)?)__(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/(^|[\s([{"'/])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?=[\s)\]}"'.,;:!?/]|$)/g, '$1$2');
  }
  if (out.includes('[') || out.includes(']')) out = balanceBrackets(out);
  out = collapseSpaces(out.replace(TYPOGRAPHY, foldTypography)).replace(/ ([.,])(?= |$)/g, '$1');
  if (out.includes('[')) out = out.replace(/\[ /g, '[').replace(/ \]/g, ']');
  out = out.trim();
  if (!out.includes('\uE001')) return out;
  out = out
    .replace(/\uE001/g, ' <br> ')
    .replace(/\s+/g, ' ')
    .replace(/(<br> )+/g, '<br> ')
    .trim();
  while (out.startsWith('<br>')) out = out.slice(4).trimStart();
  while (out.endsWith('<br>')) out = out.slice(0, -4).trimEnd();
  return out;
}

type RawKind = 'heading' | 'item' | 'paragraph';

interface RawBlock {
  kind: RawKind | 'row';
  level: number;
  lines: string[];
  /** A table row followed by the separator line: the header, whose cells are written as headings (`### `). */
  header?: boolean;
}

const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const LIST_ITEM = /^\s*(?:[*+\-\u2022]|\d{1,3}[.)])\s+(.*)$/;
const TABLE_ROW = /^\s*\|/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

/** A list item inside a cell, after a line break or at its start: `* `, `+ ` and `- ` are one marker. */
const CELL_ITEM = /(^|<br> )[*+] /g;

function splitCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner
    .split(/(?<!\\)\|/)
    .map((cell) => normalizeInline(cell.replace(/\\\|/g, '/')).replace(/\|/g, '/').replace(CELL_ITEM, '$1- '));
}

// Rendered blocks, memoised on their source lines (see memo.ts), one memo per kind, level and header flag: the key of
// a one-line block (most of them) is then the line itself, with no string built to look it up.
const renderMemos = new Map<string, (source: string) => string>();

/** Renders a raw block. */
function renderBlock(block: RawBlock): string {
  const shape = `${block.kind}${block.level}${block.header ? 'h' : ''}`;
  let memo = renderMemos.get(shape);
  if (!memo) {
    const { kind, level, header } = block;
    memo = memoize((source) => renderBlockUncached({ kind, level, header, lines: source.split('\uE003') }));
    renderMemos.set(shape, memo);
  }
  return memo(block.lines.join('\uE003'));
}

function renderBlockUncached(block: RawBlock): string {
  if (block.kind === 'row') {
    let cells = splitCells(block.lines[0] ?? '');
    if (cells.every((cell) => cell === '' || /^#*$/.test(cell))) return '';
    if (block.header) cells = cells.map((cell) => (cell === '' || cell.startsWith('#') ? cell : `### ${cell}`));
    return collapseSpaces(`| ${cells.join(' | ')} |`);
  }
  const text = normalizeInline(block.lines.join('\n')).replace(/\s*<br>\s*/g, ' ');
  // Blocks that are only an annotation number or punctuation carry no policy text.
  if (!/[\p{L}]/u.test(text)) return '';
  if (block.kind === 'heading') return `${'#'.repeat(block.level)} ${text}`;
  if (block.kind === 'item') return `- ${text}`;
  return text;
}

function isEmptyRow(row: string): boolean {
  return splitCells(row).every((cell) => cell === '');
}

/** Most words a column label has; longer cells are data. */
const MAX_LABEL_WORDS = 8;

/** Cells that read as column labels: short, not sentences, not introductions to a list. */
function isLabelRow(row: string): boolean {
  const cells = splitCells(row).filter((cell) => cell !== '');
  return (
    cells.length > 1 &&
    cells.every((cell) => {
      const text = cell.replace(/^#+\s*/, '').trim();
      return text.split(/\s+/).length <= MAX_LABEL_WORDS && !/[.:;,]$/.test(text) && !text.includes('<br>');
    })
  );
}

function markdownToBlocks(markdown: string): RawBlock[] {
  const lines = markdown.split('\n');
  const blocks: RawBlock[] = [];
  let open: RawBlock | null = null;
  let headerPending = false;
  const close = () => {
    if (open) blocks.push(open);
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      close();
      continue;
    }
    const next = lines[i + 1] ?? '';
    const atx = readAtxHeading(line);
    if (atx) {
      close();
      blocks.push({ kind: 'heading', level: atx.level, lines: [atx.text] });
      continue;
    }
    if (TABLE_ROW.test(line)) {
      close();
      if (!isTableSeparator(line)) {
        const row: RawBlock = { kind: 'row', level: 0, lines: [line] };
        if (headerPending && isLabelRow(line)) row.header = true;
        headerPending = false;
        blocks.push(row);
      } else {
        const previous = blocks[blocks.length - 1];
        if (previous?.kind === 'row') previous.header = true;
        // HTML tables without <thead> convert to an empty header line; their real header is the first row, when it
        // reads as column labels ("| **Why and how we use your data** | **Data we use** |").
        headerPending = previous?.kind === 'row' && isEmptyRow(previous.lines[0] ?? '');
      }
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(next);
    if (setext && !open && !LIST_ITEM.test(line)) {
      blocks.push({ kind: 'heading', level: setext[1]?.startsWith('=') ? 1 : 2, lines: [line] });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      close();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      close();
      open = { kind: 'item', level: 0, lines: [item[1] ?? ''] };
      continue;
    }
    const text = line.replace(/^\s*>\s?/, '');
    if (open) open.lines.push(text);
    else open = { kind: 'paragraph', level: 0, lines: [text] };
  }
  close();
  return blocks;
}

/**
 * The canonical text to store and compare: HTML is converted by the page's own converter (over a parsed tree, no DOM), link targets
 * are dropped, whitespace, quotes and dashes are folded, list numbering becomes `- `. Idempotent.
 */
export function normalizePolicyText(text: string): string {
  const unified = text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(SPACES, ' ');
  const markdown = looksLikeHtml(unified) ? htmlToMarkdown(unified) : unified;
  return markdownToBlocks(markdown)
    .map(renderBlock)
    .filter((block) => block !== '')
    .join('\n\n');
}
