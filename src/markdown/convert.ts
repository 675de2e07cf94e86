// The one HTML-to-Markdown converter, in the shape of Open Terms Archive versions, so that the analysis sees captures
// and corpus texts alike: headings as '#'s, paragraphs separated by a blank line, list items '- ', table rows
// '| a | b |' (a '| --- |' line after the first), link labels in brackets without the URL ('[Privacy Center]'),
// literal brackets and a literal '<br>' escaped (other tag-like text, '<script>', is text as it is). It walks any tree
// through a small adapter: the page's DOM (dom.ts, in the content script and the offscreen document) or a parsed tree
// where there is no DOM (the analysis, in the worker and the CLI).
//
// What it decides, on the evidence of the platforms' real pages (../shared/realpages):
// - Left out always: what carries no text (scripts, styles, media, form inputs) and hidden elements ("hidden": the
//   hidden attribute, aria-hidden="true", an inline display:none / visibility:hidden). Computed styles are not
//   consulted: that would force style work on pages of thousands of elements, and collapsed sections of a policy are
//   still policy text (Open Terms Archive keeps them too). Except text shown on demand, in tooltips and popovers
//   (a glossary's definitions): kept, hidden or not, as Open Terms Archive keeps it.
// - Left out as page furniture: "return to top" links (short links to '#' or '#top'). Navigation, buttons and other page chrome are left out by
//   the platform rule's remove list, as in the Open Terms Archive declarations: some platforms put section titles in
//   buttons (accordions), so that is a per-platform decision.
// - Layout tables are not data tables: Meta's printable policy is one `<table role="presentation">` around the whole
//   text. A table is read as layout when it says so (role presentation/none), holds another table, or has a single
//   row or a single column; its rows and cells are then plain blocks.
// - An inline element that holds blocks is a block: Google wraps its whole policy in custom elements (<c-wiz>), Meta
//   puts headings inside links; reading those as inline text would run the whole policy into one line. Except a link
//   to a place on the same page: a table-of-contents entry, read as its text, not as one more section heading.

export interface TreeAdapter<N> {
  /** 1 for an element, 3 for text, anything else is ignored (comments, doctype, processing instructions). */
  nodeType(node: N): number;
  /** The element's tag name in lower case ("div", "c-wiz", "svg"). */
  tag(node: N): string;
  attr(node: N, name: string): string | null;
  childNodes(node: N): readonly N[] | Iterable<N>;
  /** The text of a text node. */
  text(node: N): string;
  /** The node's parent, if any. */
  parent(node: N): N | null;
}

export interface ConvertOptions<N> {
  /** Elements to leave out with everything inside them (the platform rule's remove list, resolved). */
  removed?: ReadonlySet<N>;
}

const tagSet = (names: string) => new Set(names.trim().split(/\s+/));
const SKIPPED_TAGS = tagSet(`
  script style noscript template svg math img picture video audio canvas iframe object embed input select textarea
  option link meta head title`);
const BLOCK_TAGS = tagSet(`
  p div section article main nav header footer aside blockquote pre figure figcaption details summary dl dt dd address
  form fieldset center body html hr caption tbody thead tfoot colgroup legend dialog search hgroup menu`);
const HEADING_TAGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Tag names a data table is not made of once it is read as layout: they become plain blocks. */
const TABLE_PARTS = tagSet('table tr td th');

type BlockKind = 'inline' | 'heading' | 'list' | 'item' | 'table' | 'row' | 'block' | 'rule' | 'break';
const BLOCKS: ReadonlySet<BlockKind> = new Set(['heading', 'list', 'item', 'table', 'row', 'block', 'rule']);
const STRUCTURE: ReadonlySet<BlockKind> = new Set(['heading', 'list', 'item', 'table', 'row']);

/**
 * How deep the converter reads structure. The deepest of the real pages nests 36 elements, and Chromium's parser stops
 * nesting at 512; past this depth (a hostile page, or a script that builds one) an element's text is read as one
 * paragraph or one run of text. That keeps the work within n times this bound, whatever the nesting.
 */
export const MAX_STRUCTURE_DEPTH = 256;

export function convertToMarkdown<N>(root: N, adapter: TreeAdapter<N>, options: ConvertOptions<N> = {}): string {
  const converter = new Converter(adapter, options.removed ?? new Set<N>(), root);
  const markdown = runSteps(converter.renderBlocks(root, 0, 0))
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // Markdown that starts like a tag would be read as HTML by normalisation (html.ts: looksLikeHtml).
  return markdown.startsWith('<') ? `\\${markdown}` : markdown;
}

/**
 * A step of the conversion. Where it needs the result of another step it yields that step, and the driver (runSteps)
 * runs it and sends the result back. So the walk keeps its own stack, on the heap: no nesting of the page, however
 * deep, can overflow the JavaScript call stack (HTML nested 100,000 deep did).
 */
type Step<T> = Generator<Step<unknown>, T, unknown>;

function runSteps<T>(first: Step<T>): T {
  const stack: Step<unknown>[] = [first];
  let input: unknown;
  for (;;) {
    const next = (stack[stack.length - 1] as Step<unknown>).next(input);
    if (!next.done) {
      stack.push(next.value);
      input = undefined;
      continue;
    }
    stack.pop();
    if (stack.length === 0) return next.value as T;
    input = next.value;
  }
}

class Converter<N> {
  private readonly kinds = new Map<N, BlockKind>();
  private readonly holdsMemo = new Map<ReadonlySet<BlockKind>, Map<N, boolean>>();
  private readonly layoutTables = new Map<N, boolean>();

  constructor(
    private readonly a: TreeAdapter<N>,
    private readonly removed: ReadonlySet<N>,
    private readonly root: N,
  ) {}

  /** Walks children, collecting inline text into paragraphs and rendering block elements as their own blocks. */
  *renderBlocks(parent: N, listDepth: number, depth: number): Step<string[]> {
    const blocks: string[] = [];
    let inline = '';
    const flush = () => {
      const text = cleanInline(inline);
      if (text) blocks.push(text);
      inline = '';
    };
    for (const node of this.a.childNodes(parent)) {
      const type = this.a.nodeType(node);
      if (type === 3) {
        inline += textOf(this.a.text(node));
        continue;
      }
      if (type !== 1 || this.isSkipped(node)) continue;
      const kind = this.kinds.get(node) ?? ((yield this.kindOf(node)) as BlockKind);
      if (kind === 'break') inline += '\n';
      else if (depth >= MAX_STRUCTURE_DEPTH) {
        if (kind !== 'inline') flush();
        inline += ` ${this.flatText(node)} `;
        if (kind !== 'inline') flush();
      } else if (kind === 'inline') inline += (yield this.inlineOf(node, depth + 1)) as string;
      else {
        flush();
        for (const block of (yield this.renderBlock(node, kind, listDepth, depth + 1)) as string[]) blocks.push(block);
      }
    }
    flush();
    return blocks;
  }

  /** The kind of an element, decided once (callers look in `kinds` first, to spare a step). */
  private *kindOf(el: N): Step<BlockKind> {
    let kind = this.kinds.get(el);
    if (kind === undefined) {
      kind = (yield this.computeKind(el)) as BlockKind;
      this.kinds.set(el, kind);
    }
    return kind;
  }

  private *computeKind(el: N): Step<BlockKind> {
    const tag = this.a.tag(el);
    const role = this.a.attr(el, 'role');
    if (tag === 'br') return 'break';
    if (tag in HEADING_TAGS || role === 'heading') return 'heading';
    if (tag === 'ul' || tag === 'ol' || role === 'list') return 'list';
    if (tag === 'li' || role === 'listitem') return 'item';
    if (tag === 'hr' || role === 'separator') return 'rule';
    if (tag === 'table' || role === 'table' || role === 'grid') return this.isLayoutTable(el) ? 'block' : 'table';
    if (tag === 'tr' || role === 'row') return this.inLayoutTable(el) ? 'block' : 'row';
    if (TABLE_PARTS.has(tag)) return 'block';
    if (BLOCK_TAGS.has(tag)) return 'block';
    // A link to a place on the same page is a table-of-contents entry, even around a heading (Meta's printable
    // "Explore the policy"): its text, not a second copy of the section headings.
    const href = tag === 'a' ? this.a.attr(el, 'href') : null;
    if (href?.startsWith('#')) return 'inline';
    // A link is its label, even when the label sits in block wrappers (Meta's "Learn more" cards), unless it holds
    // structure of its own: a heading, a list or a table.
    if (href !== null) return ((yield this.holds(el, STRUCTURE)) as boolean) ? 'block' : 'inline';
    return ((yield this.holds(el, BLOCKS)) as boolean) ? 'block' : 'inline';
  }

  /** Whether an element has, anywhere inside it, an element of one of these kinds (memoised per set of kinds). */
  private *holds(el: N, kinds: ReadonlySet<BlockKind>): Step<boolean> {
    let memo = this.holdsMemo.get(kinds);
    if (!memo) {
      memo = new Map();
      this.holdsMemo.set(kinds, memo);
    }
    const known = memo.get(el);
    if (known !== undefined) return known;
    let found = false;
    for (const child of this.a.childNodes(el)) {
      if (this.a.nodeType(child) !== 1 || this.isSkipped(child)) continue;
      const kind = this.kinds.get(child) ?? ((yield this.kindOf(child)) as BlockKind);
      if (kinds.has(kind) || (memo.get(child) ?? ((yield this.holds(child, kinds)) as boolean))) {
        found = true;
        break;
      }
    }
    memo.set(el, found);
    return found;
  }

  private isLayoutTable(table: N): boolean {
    let known = this.layoutTables.get(table);
    if (known === undefined) {
      known = this.judgeTable(table);
      this.layoutTables.set(table, known);
    }
    return known;
  }

  /** Decides once per table, and records the answer for its rows (a row reads as a row only in a data table). */
  private judgeTable(table: N): boolean {
    let nested = false;
    const rows = this.rowsOf(table, () => {
      nested = true;
    });
    const role = this.a.attr(table, 'role');
    const layout =
      role === 'presentation' ||
      role === 'none' ||
      nested ||
      rows.length <= 1 ||
      rows.every((row) => this.cellsOf(row).length <= 1);
    for (const row of rows) this.layoutRows.set(row, layout);
    return layout;
  }

  private readonly layoutRows = new Map<N, boolean>();

  private inLayoutTable(row: N): boolean {
    return this.layoutRows.get(row) ?? false;
  }

  /** The rows of a table, not those of tables nested in it (reported to `onNested`), in document order. */
  private rowsOf(table: N, onNested: () => void = () => {}): N[] {
    const rows: N[] = [];
    for (const child of this.descendants(table)) {
      const tag = this.a.tag(child.node);
      const role = this.a.attr(child.node, 'role');
      if (tag === 'table' || role === 'table' || role === 'grid') onNested();
      else if (tag === 'tr' || role === 'row') rows.push(child.node);
      else child.enter();
    }
    return rows;
  }

  /**
   * The elements inside `root` that are not skipped, in document order, each entered (its children walked next) only
   * when the caller asks: an explicit stack of open child lists instead of recursion.
   */
  private *descendants(root: N): Generator<{ node: N; enter: () => void }> {
    const open: Iterator<N>[] = [this.a.childNodes(root)[Symbol.iterator]()];
    while (open.length) {
      const next = (open[open.length - 1] as Iterator<N>).next();
      if (next.done) {
        open.pop();
        continue;
      }
      const node = next.value;
      if (this.a.nodeType(node) !== 1 || this.isSkipped(node)) continue;
      yield { node, enter: () => open.push(this.a.childNodes(node)[Symbol.iterator]()) };
    }
  }

  private cellsOf(row: N): N[] {
    const cells: N[] = [];
    for (const child of this.a.childNodes(row)) {
      if (this.a.nodeType(child) === 1 && !this.isSkipped(child)) cells.push(child);
    }
    return cells;
  }

  private *renderBlock(el: N, kind: BlockKind, listDepth: number, depth: number): Step<string[]> {
    switch (kind) {
      case 'heading': {
        const text = cleanInline((yield this.renderInline(el, depth)) as string).replace(/\n/g, ' ');
        return text ? [`${'#'.repeat(this.headingLevel(el))} ${text}`] : [];
      }
      case 'list':
      case 'item': {
        const items = kind === 'item' ? [el] : ((yield this.listItems(el)) as N[]);
        const lines: string[] = [];
        for (const item of items) lines.push(...((yield this.renderItem(item, listDepth, depth)) as string[]));
        return lines.length ? [lines.join('\n')] : [];
      }
      case 'table':
      case 'row': {
        const rows = kind === 'row' ? [el] : this.rowsOf(el);
        return rows.length ? [(yield this.renderTable(rows, depth)) as string] : [];
      }
      case 'rule':
        return [];
      default:
        return (yield this.renderBlocks(el, listDepth, depth)) as string[];
    }
  }

  private headingLevel(el: N): number {
    const level = HEADING_TAGS[this.a.tag(el)] ?? Number(this.a.attr(el, 'aria-level'));
    return level >= 1 && level <= 6 ? level : 2;
  }

  private *listItems(list: N): Step<N[]> {
    // Items may sit in wrapper divs (React); collect the nearest items, not those of nested lists.
    const items: N[] = [];
    for (const child of this.descendants(list)) {
      const kind = this.kinds.get(child.node) ?? ((yield this.kindOf(child.node)) as BlockKind);
      if (kind === 'item') items.push(child.node);
      else if (kind !== 'list') child.enter();
    }
    return items;
  }

  private *renderItem(item: N, listDepth: number, depth: number): Step<string[]> {
    const indent = '  '.repeat(listDepth);
    const inner = (yield this.renderBlocks(item, listDepth + 1, depth + 1)) as string[];
    if (!inner.length) return [];
    const [first, ...rest] = inner;
    // Nested lists come back already indented and follow on the next line; other blocks of the item (a heading and
    // paragraphs in one <li>) are paragraphs of their own after a blank line, as Open Terms Archive writes them.
    return [
      [`${indent}- ${first}`, ...rest.map((b) => (/^\s*- /.test(b) ? `\n${b}` : `\n\n${indent}  ${b}`))].join(''),
    ];
  }

  private *renderTable(rows: N[], depth: number): Step<string> {
    const lines: string[] = [];
    for (const row of rows) {
      const texts: string[] = [];
      for (const cell of this.cellsOf(row)) {
        // Open Terms Archive separates blocks in a cell by an empty line: <br><br>; lines within a block by <br>.
        const blocks = (yield this.renderBlocks(cell, 0, depth + 1)) as string[];
        texts.push(blocks.join('<br><br>').replace(/\n/g, '<br>').replace(/\|/g, '\\|'));
        // A cell spanning columns is followed by empty ones, as in Open Terms Archive's text: columns stay aligned.
        const span = Math.min(Math.max(Number(this.a.attr(cell, 'colspan')) || 1, 1), 20);
        for (let i = 1; i < span; i++) texts.push('');
      }
      if (texts.every((t) => !t)) continue;
      lines.push(`| ${texts.join(' | ')} |`);
      if (lines.length === 1) lines.push(`| ${texts.map(() => '---').join(' | ')} |`);
    }
    return lines.join('\n');
  }

  /** An inline element as Markdown: a link is its label in brackets (as Open Terms Archive's `[label](url)`). */
  private *inlineOf(el: N, depth: number): Step<string> {
    const text = (yield this.renderInline(el, depth)) as string;
    if (this.a.tag(el) !== 'a' || this.a.attr(el, 'href') === null) return text;
    // Meta hides a link's visible text from screen readers and names the link by aria-label instead.
    const label = text.trim() || (this.a.attr(el, 'aria-label') ?? '').replace(/\s+/g, ' ').trim();
    if (!label) return text;
    if (!text.trim()) return ` [${label}] `;
    const start = text.indexOf(label);
    return `${text.slice(0, start)}[${label}]${text.slice(start + label.length)}`;
  }

  /** Text of an inline element and its descendants (none of which is a block: see holds). */
  private *renderInline(el: N, depth: number): Step<string> {
    let text = '';
    for (const node of this.a.childNodes(el)) {
      const type = this.a.nodeType(node);
      if (type === 3) text += textOf(this.a.text(node));
      else if (type === 1 && !this.isSkipped(node)) {
        const kind = this.kinds.get(node) ?? ((yield this.kindOf(node)) as BlockKind);
        if (kind === 'break') text += '\n';
        else if (depth >= MAX_STRUCTURE_DEPTH) text += ` ${this.flatText(node)} `;
        else if (kind === 'inline') text += (yield this.inlineOf(node, depth + 1)) as string;
        // A block inside a heading: its text, set apart by spaces.
        else text += ` ${(yield this.renderInline(node, depth + 1)) as string} `;
      }
    }
    return text;
  }

  /** All the text inside an element past the depth bound, words of different elements set apart by a space. */
  private flatText(el: N): string {
    let text = '';
    const open: Iterator<N>[] = [this.a.childNodes(el)[Symbol.iterator]()];
    while (open.length) {
      const next = (open[open.length - 1] as Iterator<N>).next();
      if (next.done) {
        open.pop();
        text += ' ';
      } else if (this.a.nodeType(next.value) === 3) text += textOf(this.a.text(next.value));
      else if (this.a.nodeType(next.value) === 1 && !this.isSkipped(next.value)) {
        text += ' ';
        open.push(this.a.childNodes(next.value)[Symbol.iterator]());
      }
    }
    return text;
  }

  private isSkipped(el: N): boolean {
    const tag = this.a.tag(el);
    if (SKIPPED_TAGS.has(tag)) return true;
    if (this.removed.has(el)) return true;
    if (tag === 'a' && this.isBackToTop(el)) return true;
    return this.isHidden(el) && !this.isPopupText(el);
  }

  private isHidden(el: N): boolean {
    if (this.a.attr(el, 'hidden') !== null || this.a.attr(el, 'aria-hidden') === 'true') return true;
    const style = this.a.attr(el, 'style');
    return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
  }

  /**
   * Text a page shows on demand, in a tooltip or a popover: a glossary's definitions, the legal basis behind a term.
   * It is policy text (Open Terms Archive keeps it: it reads the DOM, not what is on screen), so it is kept even while
   * hidden: role="tooltip", the popover attribute, or the element that another names by aria-describedby/-details.
   */
  private isPopupText(el: N): boolean {
    if (this.a.attr(el, 'role') === 'tooltip' || this.a.attr(el, 'popover') !== null) return true;
    const id = this.a.attr(el, 'id');
    return id !== null && this.describingIds().has(id);
  }

  private describing: Set<string> | null = null;

  /** The ids named by aria-describedby or aria-details anywhere in the tree, gathered once, when first needed. */
  private describingIds(): Set<string> {
    if (this.describing) return this.describing;
    this.describing = new Set();
    const open: Iterator<N>[] = [this.a.childNodes(this.root)[Symbol.iterator]()];
    while (open.length) {
      const next = (open[open.length - 1] as Iterator<N>).next();
      if (next.done) open.pop();
      else if (this.a.nodeType(next.value) === 1) {
        for (const name of ['aria-describedby', 'aria-details']) {
          for (const id of (this.a.attr(next.value, name) ?? '').split(/\s+/)) if (id) this.describing.add(id);
        }
        open.push(this.a.childNodes(next.value)[Symbol.iterator]());
      }
    }
    return this.describing;
  }

  /**
   * A "return to top" link (Meta: "Return to top", "Revenir en haut", "Zurück zum Seitenanfang"; WhatsApp "#top-of-page")
   * is page furniture, which Open Terms Archive's declarations remove: a short link to the top of the page.
   */
  private isBackToTop(el: N): boolean {
    const href = this.a.attr(el, 'href');
    if (href === null || !(href === '#' || /^#top(?![a-z])/i.test(href))) return false;
    if (this.leadingText(el, 200).trim().split(/\s+/).length > BACK_TO_TOP_MAX_WORDS) return false;
    // Standing alone, not a word of a sentence ("für die anderen <a href="#">unten</a> aufgeführten Zwecke").
    const parent = this.a.parent(el);
    if (parent === null) return true;
    for (const sibling of this.a.childNodes(parent)) {
      if (this.a.nodeType(sibling) === 3 && this.a.text(sibling).trim()) return false;
    }
    return true;
  }

  /** The first `limit` characters or so of an element's text, skipped or not: a bounded look, for judging a link. */
  private leadingText(el: N, limit: number): string {
    let text = '';
    const open: Iterator<N>[] = [this.a.childNodes(el)[Symbol.iterator]()];
    while (open.length && text.length < limit) {
      const next = (open[open.length - 1] as Iterator<N>).next();
      if (next.done) open.pop();
      else if (this.a.nodeType(next.value) === 3) text += ` ${this.a.text(next.value)}`;
      else if (this.a.nodeType(next.value) === 1) open.push(this.a.childNodes(next.value)[Symbol.iterator]());
    }
    return text;
  }
}

/** The most words a "return to top" link has ("Revenir en haut de la page", "सबसे ऊपर वापस जाएँ"). */
const BACK_TO_TOP_MAX_WORDS = 6;

/**
 * Source line breaks are whitespace; only <br> breaks a line. Brackets are escaped (only links are bracketed), and
 * so is a literal '<br>' (the one tag Markdown here carries); other text that looks like a tag is text as it is.
 */
function textOf(text: string): string {
  const spaced = text.replace(/\s+/g, ' ');
  return /[<[\]]/.test(spaced) ? spaced.replace(/[[\]]|<(?=br\b)/gi, (char) => `\\${char}`) : spaced;
}

function cleanInline(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
