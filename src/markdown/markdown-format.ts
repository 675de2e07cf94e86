// Reading the captured-Markdown format (the writer is convert.ts): link spans, ATX headings, table separators and
// table-row cells. Every reader here is a single left-to-right scan, linear in the text whatever its shape: the
// regexes they replace backtracked polynomially on runs of `\[`, spaces or dashes (issue 17). Each keeps the exact
// result of the regex it replaces (the comment above each says which), so normalised texts did not change.

/** JavaScript's `\s`: WhiteSpace and LineTerminator (what `trim()` removes). */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const LESS = 60;
const GREATER = 62;
const QUOTE = 34;
const APOSTROPHE = 39;

/** End of `[^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*` from `from` (the greedy match is the only one that can succeed). */
function targetEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === OPEN_PAREN || code === CLOSE_PAREN || code === GREATER || isSpaceCode(code)) break;
      i++;
    }
    if (text.charCodeAt(i) !== OPEN_PAREN) return i;
    let j = i + 1;
    while (j < text.length) {
      const code = text.charCodeAt(j);
      if (code === OPEN_PAREN || code === CLOSE_PAREN || isSpaceCode(code)) break;
      j++;
    }
    if (text.charCodeAt(j) !== CLOSE_PAREN) return i;
    i = j + 1;
  }
}

/** End of a title `"…"` or `'…'` starting at `at`, or -1. */
function quotedEnd(text: string, at: number): number {
  const quote = text.charCodeAt(at);
  if (quote !== QUOTE && quote !== APOSTROPHE) return -1;
  const close = text.indexOf(quote === QUOTE ? '"' : "'", at + 1);
  return close < 0 ? -1 : close + 1;
}

/** `\s*` then `)` from `from`: the end after the parenthesis, or -1. */
function closeAt(text: string, from: number): number {
  const i = skipSpaces(text, from);
  return text.charCodeAt(i) === CLOSE_PAREN ? i + 1 : -1;
}

/**
 * The end of a link target written after `](`, from `from` (just after the parenthesis), or -1 when there is none.
 * Same span as `\s*<?T>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)` (title only when `withTitle`), T the target above.
 */
export function linkTargetEnd(text: string, from: number, withTitle: boolean): number {
  const afterSpaces = skipSpaces(text, from);
  let i = afterSpaces;
  if (text.charCodeAt(i) === LESS) i++;
  i = targetEnd(text, i);
  if (text.charCodeAt(i) === GREATER) i++;
  if (withTitle) {
    const titleStart = skipSpaces(text, i);
    if (titleStart > i) {
      const title = quotedEnd(text, titleStart);
      const end = title < 0 ? -1 : closeAt(text, title);
      if (end >= 0) return end;
    }
  }
  const end = closeAt(text, i);
  if (end >= 0 || !withTitle || afterSpaces === from) return end;
  // The regex's last resort: fewer leading spaces, an empty target, and the title right after the spaces.
  const title = quotedEnd(text, afterSpaces);
  return title < 0 ? -1 : closeAt(text, title);
}

/**
 * Where a link label opened at `open` ends: the label is `(?:\\.|[^\\[\]])*` (escaped pairs, any character but a
 * bracket or a backslash), so the scan is deterministic and stops at the first bracket it does not escape.
 */
function labelEnd(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 91 || code === 93) return i;
    if (code === 92) {
      if (i + 1 >= text.length || isLineTerminator(text.charCodeAt(i + 1))) return i;
      i += 2;
    } else i++;
  }
  return text.length;
}

export interface LinkSpan {
  /** Where the link starts (at `!` for an image). */
  start: number;
  /** Just after its closing parenthesis. */
  end: number;
  image: boolean;
  /** The label, as written (escapes kept). */
  label: string;
}

/**
 * Every `[label](target "title")` and `![label](target)` of a text, left to right and without overlap, as the global
 * regex `(!?)\[((?:\\.|[^\\[\]])*)\]\(\s*<?T>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)` finds them. Linear: a label is
 * scanned once for every `[` inside it, and a target is parsed once per `](` however many labels end there.
 */
export function findLinks(text: string): LinkSpan[] {
  const links: LinkSpan[] = [];
  if (!text.includes('](')) return links;
  const targets = new Map<number, number>();
  // A `[` inside the label last scanned is an escaped one (`\[`), and the label from it ends at the same place.
  let scanned = { open: -1, close: -1 };
  let from = 0;
  for (let start = text.indexOf('[', from); start >= 0; start = text.indexOf('[', start + 1)) {
    if (start <= scanned.open || start >= scanned.close) scanned = { open: start, close: labelEnd(text, start) };
    const close = scanned.close;
    if (text.charCodeAt(close) !== 93 || text.charCodeAt(close + 1) !== OPEN_PAREN) continue;
    let end = targets.get(close);
    if (end === undefined) {
      end = linkTargetEnd(text, close + 2, true);
      targets.set(close, end);
    }
    if (end < 0) continue;
    const image = start - 1 >= from && text.charCodeAt(start - 1) === 33;
    links.push({ start: image ? start - 1 : start, end, image, label: text.slice(start + 1, close) });
    from = end;
    start = end - 1;
  }
  return links;
}

/** The text with every link replaced by `replace(link)`. */
export function replaceLinks(text: string, replace: (link: LinkSpan) => string): string {
  const links = findLinks(text);
  if (links.length === 0) return text;
  let out = '';
  let at = 0;
  for (const link of links) {
    out += text.slice(at, link.start) + replace(link);
    at = link.end;
  }
  return out + text.slice(at);
}

/**
 * The text without link targets left behind on their own (`](target)`, from a label that spanned a blank line), as
 * `/\]\(\s*<?T>?\s*\)/g` removed them.
 */
export function removeDanglingTargets(text: string): string {
  let out = '';
  let at = 0;
  for (let start = text.indexOf('](', 0); start >= 0; start = text.indexOf('](', start + 1)) {
    const end = linkTargetEnd(text, start + 2, false);
    if (end < 0) continue;
    out += text.slice(at, start);
    at = end;
    start = end - 1;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** The text without trailing characters of `set` (as `text.replace(/[set]+$/, '')`, without its quadratic retries). */
export function trimEndOf(text: string, set: string): string {
  let end = text.length;
  while (end > 0 && set.includes(text[end - 1] as string)) end--;
  return end === text.length ? text : text.slice(0, end);
}

export interface AtxHeading {
  level: number;
  text: string;
}

/**
 * An ATX heading line (`## Title ##`), as `^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$` reads it: up to three spaces,
 * one to six `#`, spaces, the title, optional closing hashes after a space. Null when the line is not one.
 */
export function readAtxHeading(line: string): AtxHeading | null {
  let i = 0;
  while (i < 3 && i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  const hashes = i;
  while (i < line.length && line.charCodeAt(i) === 35 && i - hashes < 7) i++;
  const level = i - hashes;
  if (level < 1 || level > 6) return null;
  const contentStart = skipSpaces(line, i);
  if (contentStart === i) return null;
  let end = line.length;
  while (end > contentStart && isSpaceCode(line.charCodeAt(end - 1))) end--;
  let cut = end;
  let hashStart = end;
  while (hashStart > contentStart && line.charCodeAt(hashStart - 1) === 35) hashStart--;
  if (hashStart < end && hashStart > contentStart && isSpaceCode(line.charCodeAt(hashStart - 1))) {
    cut = hashStart - 1;
    while (cut > contentStart && isSpaceCode(line.charCodeAt(cut - 1))) cut--;
  }
  const text = line.slice(contentStart, cut);
  // `.` stops at a line terminator: a title holding one is no heading for the regex either.
  for (let k = 0; k < text.length; k++) if (isLineTerminator(text.charCodeAt(k))) return null;
  return { level, text };
}

const SEPARATOR_CELL = /^:?-{2,}:?$/;

/**
 * A table's separator line (`| --- | :-: |`), as `^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$` reads it:
 * optional outer bars, cells of two or more dashes with optional colons.
 */
export function isTableSeparator(line: string): boolean {
  let inner = line.trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|')) inner = inner.slice(0, -1);
  if (!inner.includes('-')) return false;
  return inner.split('|').every((cell) => SEPARATOR_CELL.test(cell.trim()));
}

/**
 * The text with every autolink `<http://…>` replaced by `replace(url)`, as `/<(https?:\/\/[^>\s]+)>/g` did. The end
 * of a run without `>` or space is found once for all the `<http` that start inside it.
 */
export function replaceAutolinks(text: string, replace: (url: string) => string): string {
  let out = '';
  let at = 0;
  let stop = -1;
  for (let start = text.indexOf('<http', 0); start >= 0; start = text.indexOf('<http', start + 1)) {
    const scheme = text.startsWith('<https://', start) ? 9 : text.startsWith('<http://', start) ? 8 : 0;
    if (scheme === 0) continue;
    const urlStart = start + 1;
    if (stop < start + scheme) {
      stop = start + scheme;
      while (stop < text.length && text.charCodeAt(stop) !== GREATER && !isSpaceCode(text.charCodeAt(stop))) stop++;
    }
    if (stop === start + scheme || text.charCodeAt(stop) !== GREATER) continue;
    out += text.slice(at, start) + replace(text.slice(urlStart, stop));
    at = stop + 1;
    start = stop;
  }
  return at === 0 ? text : out + text.slice(at);
}
