// DOM to Markdown in the shape of Open Terms Archive versions, so that the analysis sees captures and corpus texts
// alike: headings as '#'s, paragraphs separated by a blank line, list items '- ', table rows '| a | b |' (a
// '| --- |' line after the first), link text without the URL.
//
// Left out always: what carries no text (scripts, styles, media, form inputs) and hidden elements. Navigation, buttons
// and other page chrome are left out by the platform rule's remove list, as in the Open Terms Archive declarations:
// some platforms put section titles in buttons (accordions), so that is a per-platform decision, not a rule here.
// "Hidden" means the hidden attribute, aria-hidden="true" or an inline display:none / visibility:hidden. Computed
// styles are not consulted: that would force style work on pages of thousands of elements, and collapsed sections of
// a policy are still policy text (Open Terms Archive keeps them too).

const tagSet = (names: string) => new Set(names.trim().split(/\s+/));
const SKIPPED_TAGS = tagSet(`
  SCRIPT STYLE NOSCRIPT TEMPLATE SVG IMG PICTURE VIDEO AUDIO CANVAS IFRAME OBJECT INPUT SELECT TEXTAREA OPTION LINK
  META HEAD`);
const BLOCK_TAGS = tagSet(`
  P DIV SECTION ARTICLE MAIN NAV HEADER FOOTER ASIDE BLOCKQUOTE PRE FIGURE FIGCAPTION DETAILS SUMMARY DL DT DD ADDRESS
  FORM FIELDSET CENTER BODY HR CAPTION`);
const HEADING_TAGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

export interface MarkdownOptions {
  /** CSS selectors of elements to leave out (the platform rule's remove list). */
  remove?: readonly string[];
}

/** Convert an element's content to Markdown. */
export function domToMarkdown(root: Element, options: MarkdownOptions = {}): string {
  const removed = new Set<Element>();
  for (const selector of options.remove ?? []) {
    try {
      for (const el of root.querySelectorAll(selector)) removed.add(el);
    } catch {
      // An invalid selector in the data must not break extraction; registry tests keep the data clean.
    }
  }
  const blocks = renderBlocks(root, { removed, listDepth: 0 });
  return blocks
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface RenderState {
  removed: Set<Element>;
  listDepth: number;
}

/** Walks children, collecting inline text into paragraphs and rendering block elements as their own blocks. */
function renderBlocks(parent: Element, state: RenderState): string[] {
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    const text = cleanInline(inline);
    if (text) blocks.push(text);
    inline = '';
  };
  for (const node of parent.childNodes) {
    if (node.nodeType === 3) {
      inline += textOf(node);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isSkipped(el, state)) continue;
    const kind = blockKind(el);
    if (kind === 'inline') {
      inline += el.tagName === 'BR' ? '\n' : renderInline(el, state);
      continue;
    }
    flush();
    blocks.push(...renderBlock(el, kind, state));
  }
  flush();
  return blocks;
}

type BlockKind = 'inline' | 'heading' | 'list' | 'item' | 'table' | 'row' | 'block' | 'rule';

function blockKind(el: Element): BlockKind {
  const tag = el.tagName;
  const role = el.getAttribute('role');
  if (tag in HEADING_TAGS || role === 'heading') return 'heading';
  if (tag === 'UL' || tag === 'OL' || role === 'list') return 'list';
  if (tag === 'LI' || role === 'listitem') return 'item';
  if (tag === 'TABLE' || role === 'table' || role === 'grid') return 'table';
  if (tag === 'TR' || role === 'row') return 'row';
  if (tag === 'HR') return 'rule';
  if (BLOCK_TAGS.has(tag) || tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') return 'block';
  return 'inline';
}

function renderBlock(el: Element, kind: BlockKind, state: RenderState): string[] {
  switch (kind) {
    case 'heading': {
      const text = cleanInline(renderInline(el, state)).replace(/\n/g, ' ');
      return text ? [`${'#'.repeat(headingLevel(el))} ${text}`] : [];
    }
    case 'list':
    case 'item': {
      const items = kind === 'item' ? [el] : listItems(el, state);
      const lines = items.flatMap((item) => renderItem(item, state));
      return lines.length ? [lines.join('\n')] : [];
    }
    case 'table':
    case 'row': {
      const rows = kind === 'row' ? [el] : tableRows(el, state);
      return rows.length ? [renderTable(rows, state)] : [];
    }
    case 'rule':
      return [];
    default:
      return renderBlocks(el, state);
  }
}

function headingLevel(el: Element): number {
  const level = HEADING_TAGS[el.tagName] ?? Number(el.getAttribute('aria-level'));
  return level >= 1 && level <= 6 ? level : 2;
}

function listItems(list: Element, state: RenderState): Element[] {
  // Items may sit in wrapper divs (React); collect the nearest items, not those of nested lists.
  const items: Element[] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (isSkipped(child, state)) continue;
      const kind = blockKind(child);
      if (kind === 'item') items.push(child);
      else if (kind !== 'list') visit(child);
    }
  };
  visit(list);
  return items;
}

function renderItem(item: Element, state: RenderState): string[] {
  const indent = '  '.repeat(state.listDepth);
  const inner = renderBlocks(item, { ...state, listDepth: state.listDepth + 1 });
  if (!inner.length) return [];
  const [first, ...rest] = inner;
  // Nested lists come back already indented; other follow-up blocks are continuation lines of the item.
  return [`${indent}- ${first}`, ...rest.map((b) => (/^\s*- /.test(b) ? b : `${indent}  ${b}`))];
}

function tableRows(table: Element, state: RenderState): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (isSkipped(child, state)) continue;
      const kind = blockKind(child);
      if (kind === 'row') rows.push(child);
      else if (kind !== 'table') visit(child);
    }
  };
  visit(table);
  return rows;
}

function renderTable(rows: Element[], state: RenderState): string {
  const lines: string[] = [];
  for (const row of rows) {
    const cells = [...row.children].filter((c) => !isSkipped(c, state));
    const texts = cells.map((cell) =>
      // Open Terms Archive separates blocks in a cell by an empty line: <br><br>; lines within a block by <br>.
      renderBlocks(cell, { ...state, listDepth: 0 })
        .join('<br><br>')
        .replace(/\n/g, '<br>')
        .replace(/\|/g, '\\|'),
    );
    if (texts.every((t) => !t)) continue;
    lines.push(`| ${texts.join(' | ')} |`);
    if (lines.length === 1) lines.push(`| ${texts.map(() => '---').join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Text of an inline element and its descendants; block descendants inside inline ones are read as text. */
function renderInline(el: Element, state: RenderState): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) text += textOf(node);
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (isSkipped(child, state)) continue;
      text +=
        child.tagName === 'BR'
          ? '\n'
          : blockKind(child) === 'inline'
            ? renderInline(child, state)
            : ` ${renderInline(child, state)} `;
    }
  }
  return text;
}

/** Source line breaks are whitespace; only <br> breaks a line. */
function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ');
}

function cleanInline(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function isSkipped(el: Element, state: RenderState): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (state.removed.has(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
