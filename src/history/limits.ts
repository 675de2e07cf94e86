// What the history accepts from anywhere (a capture, an import, a restored backup): the limits every way in checks
// before it stores or expands anything. A record past them is refused with a reason the user can read.

/** Characters of one policy text: the longest real policy in the corpus is about 200 000; 2 MB is ten times that. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * How far ahead of this device's clock a recording time may be (another device's clock, Open Terms Archive's): a
 * version dated later is refused, since it would stand as the latest version until that date.
 */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

/** Why a recording time cannot be a version's, or null when it can. `now` is the device's clock (ms). */
export function timeRefusal(iso: string, now: number = Date.now()): string | null {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return `"${iso.slice(0, 40)}" is not a date`;
  if (at > now + MAX_CLOCK_AHEAD_MS) return `dated in the future (${new Date(at).toISOString()})`;
  return null;
}

/** Why a text cannot be stored, or null when it can: its size first, then its nesting. */
export function textRefusal(text: string): string | null {
  if (text.length > MAX_TEXT_CHARS) return `text too large (${text.length} characters, the limit is ${MAX_TEXT_CHARS})`;
  return nestingRefusal(text);
}

/** Element nesting of an HTML text: real policy pages stay under 100 levels. */
export const MAX_NESTING = 500;

const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG = /(\\?)<(\/?)([a-zA-Z][\w-]*)[^<>]*?(\/?)>/g;

/**
 * Why a text is nested too deep to read, or null. One linear pass over its tags (escaped Markdown `\<` is not a
 * tag): the reader would otherwise walk thousands of levels (measured: 200 000 nested <div> took 21 s before it
 * overflowed the stack).
 */
export function nestingRefusal(text: string): string | null {
  if (!text.includes('<')) return null;
  let depth = 0;
  for (const [, escaped, closing, name = '', selfClosing] of text.matchAll(TAG)) {
    if (escaped || selfClosing || VOID_TAGS.has(name.toLowerCase())) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_NESTING) return `text nested too deep (more than ${MAX_NESTING} levels)`;
  }
  return null;
}
