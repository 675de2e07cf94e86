// The one element builder of every view (popup, history page, evidence page, in-page guide). Building DOM from
// untrusted text (policy text comes from web pages and imported files): everything goes through text nodes and a
// short list of attributes; there is no innerHTML anywhere in the views. The helper refuses what could run script
// (event-handler attribute strings, javascript:/data: URLs, script-like tags) by throwing, so a mistake is loud in
// tests instead of silently exploitable. Listeners are functions (`onclick: () => ...`), added with addEventListener.
// No dependencies: the in-page guide's content script uses it too.

export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type AttrValue = string | number | boolean | null | undefined | EventListener;
export type Attrs = Record<string, AttrValue>;

/** Tags that execute, load or restyle things; the views never need them. */
const REFUSED_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'template',
]);
/** Attributes that take a URL: only safe schemes are accepted. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'cite', 'background']);
/** Attributes with no safe use from our code: inline style (CSS injection), srcdoc (a whole document). */
const REFUSED_ATTRS = new Set(['style', 'srcdoc']);
const SAFE_URL = /^(?:https?:|mailto:|blob:|chrome-extension:|moz-extension:|#|\/|\.\/|\?|[^:/?#]*(?:[/?#]|$))/i;

/** Thrown when a view tries to set something unsafe. */
export class UnsafeDomError extends Error {
  override name = 'UnsafeDomError';
}

/** True when a URL cannot run script. Browsers ignore tabs, newlines and leading controls in a scheme, so we do too. */
export function isSafeUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SAFE_URL.test(squeezed);
}

// Zero-width characters can hide words or split them so a search misses them: removed.
const ZERO_WIDTH = /[\u200b\u200c\u2060\ufeff\u00ad]|\u200d/g;
// Bidirectional controls can make text read differently from how it is stored: shown as visible markers.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const BIDI_GLOBAL = new RegExp(BIDI.source, 'g');
const HIDDEN = /[\u200b\u200c\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]|\u200d/;

const BIDI_NAMES: Record<string, string> = {
  '\u202a': 'LRE',
  '\u202b': 'RLE',
  '\u202c': 'PDF',
  '\u202d': 'LRO',
  '\u202e': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\u200e': 'LRM',
  '\u200f': 'RLM',
  '\u061c': 'ALM',
};

/**
 * Untrusted text as nodes: a plain text node in the common case; zero-width characters removed and each bidi control
 * replaced by a visible marker (e.g. "⟨RLO⟩") so it cannot reorder what the user reads.
 */
export function safeText(text: string, doc: Document = document): Node {
  if (!HIDDEN.test(text)) return doc.createTextNode(text);
  const cleaned = text.replace(ZERO_WIDTH, '');
  if (!BIDI.test(cleaned)) return doc.createTextNode(cleaned);
  const fragment = doc.createDocumentFragment();
  let last = 0;
  for (const match of cleaned.matchAll(BIDI_GLOBAL)) {
    const at = match.index ?? 0;
    if (at > last) fragment.append(doc.createTextNode(cleaned.slice(last, at)));
    const marker = doc.createElement('span');
    marker.className = 'hidden-char';
    const name = BIDI_NAMES[match[0]] ?? `U+${match[0].codePointAt(0)?.toString(16).toUpperCase()}`;
    marker.title = 'Invisible direction control character';
    marker.textContent = `⟨${name}⟩`;
    fragment.append(marker);
    last = at + match[0].length;
  }
  if (last < cleaned.length) fragment.append(doc.createTextNode(cleaned.slice(last)));
  return fragment;
}

function setAttribute(el: Element, name: string, value: AttrValue): void {
  const key = name.toLowerCase();
  if (key.startsWith('on')) {
    // A function is a listener; a string would be inline script.
    if (typeof value !== 'function') throw new UnsafeDomError(`Refused event-handler attribute "${name}"`);
    el.addEventListener(key.slice(2), value);
    return;
  }
  if (typeof value === 'function') throw new UnsafeDomError(`Refused function for attribute "${name}"`);
  if (REFUSED_ATTRS.has(key)) throw new UnsafeDomError(`Refused attribute "${name}"`);
  if (value === null || value === undefined || value === false) return;
  const text = value === true ? '' : String(value);
  // A form control's current value is a property; the attribute is only its default.
  if (key === 'value' && 'value' in el) {
    (el as HTMLInputElement).value = text;
    return;
  }
  if (URL_ATTRS.has(key) && !isSafeUrl(text)) throw new UnsafeDomError(`Refused URL "${text.slice(0, 40)}"`);
  el.setAttribute(key, text);
}

/** Appends children: nodes as they are, strings and numbers as text (through safeText), arrays flattened. */
export function append(parent: Node, ...children: Child[]): void {
  const doc = parent.ownerDocument ?? document;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...child);
    else if (typeof child === 'string') parent.appendChild(safeText(child, doc));
    else if (typeof child === 'number') parent.appendChild(doc.createTextNode(String(child)));
    else parent.appendChild(child as Node);
  }
}

/** Creates an element with safe attributes and text children. `class` and `for` are plain attribute names. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return hIn(document, tag, attrs, ...children);
}

/** The same as h, in another document (the in-page guide builds inside the page's document). */
export function hIn<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  if (REFUSED_TAGS.has(tag)) throw new UnsafeDomError(`Refused tag <${tag}>`);
  const el = doc.createElement(tag);
  if (attrs) for (const [name, value] of Object.entries(attrs)) setAttribute(el, name, value);
  append(el, ...children);
  return el;
}

/** Replaces all children of an element (no innerHTML). */
export function replaceChildren(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}
