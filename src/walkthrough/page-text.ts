// Text matching on platform pages: visible text compared loosely (case, typographic quotes, spacing), because the
// registry's phrases are typed by hand while the pages use ’ “ and non-breaking spaces.

export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[*:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const HIDING_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Is the element rendered? Checks attributes and computed style up the tree; no layout needed (works in tests). */
export function isVisible(el: Element): boolean {
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return false;
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (HIDING_TAGS.has(node.tagName)) return false;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

export interface TextMatch {
  /** The phrase (as given) that matched. */
  phrase: string;
  /** The smallest visible element whose text contains it. */
  element: Element;
}

/** The first phrase visible on the page, with the element showing it; null when none is. */
export function findVisiblePhrase(
  root: ParentNode,
  phrases: readonly string[],
  skip?: Element | null,
): TextMatch | null {
  const wanted = phrases.map((p) => ({ phrase: p, norm: normaliseText(p) })).filter((p) => p.norm.length > 0);
  if (wanted.length === 0) return null;
  // nodeType, not instanceof: the page's Document is not the content script's (nor happy-dom's global) class.
  const body = (root as Node).nodeType === 9 ? (root as Document).body : (root as Element);
  if (!body) return null;
  // A single pass over the whole text first: most checks (on every mutation) end here.
  const whole = normaliseText(body.textContent ?? '');
  const present = wanted.filter((w) => whole.includes(w.norm));
  for (const w of present) {
    const element = deepestContaining(body, w.norm, skip ?? null);
    if (element) return { phrase: w.phrase, element };
  }
  return null;
}

function deepestContaining(el: Element, norm: string, skip: Element | null): Element | null {
  if (el === skip || HIDING_TAGS.has(el.tagName)) return null;
  if (!normaliseText(el.textContent ?? '').includes(norm)) return null;
  const holders = [...el.children].filter((child) => normaliseText(child.textContent ?? '').includes(norm));
  // When children hold the phrase, the answer is among them (a hidden one answers null); when it spans several
  // inline children ("received <b>your</b> request"), this element is the smallest that shows it.
  if (holders.length > 0) {
    for (const child of holders) {
      const inner = deepestContaining(child, norm, skip);
      if (inner) return inner;
    }
    return null;
  }
  return isVisible(el) ? el : null;
}

const MESSAGE_CONTAINERS =
  'main, form, section, article, dialog, [role=main], [role=dialog], [role=alert], [role=status]';

/** The readable text around a match: the match's element widened to its enclosing message, capped in length. */
export function surroundingText(element: Element, maxChars = 600): string {
  let best = element;
  for (let node = element.parentElement; node && node !== node.ownerDocument.body; node = node.parentElement) {
    if (readableText(node).length > maxChars) break;
    best = node;
    // A landmark is the whole message; widening further would take in the page's navigation.
    if (node.matches(MESSAGE_CONTAINERS)) break;
  }
  return readableText(best).slice(0, maxChars);
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BR',
  'SECTION',
  'ARTICLE',
  'TD',
  'TR',
]);

/** Text as a reader sees it: one line per block (textContent glues "title</h2><p>text" together). */
export function readableText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1 || HIDING_TAGS.has((node as Element).tagName)) return;
    const block = BLOCK_TAGS.has((node as Element).tagName);
    if (block) parts.push('\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  walk(el);
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
