import { mostlyUnspacedScript } from './language';
import { isPlainLatin, WORD_CLASS } from './latin';
import { normalizePolicyText } from './normalize';
import { countWords as wordCount } from './text';
import type { CaptureState } from './types';

// Unusable captures: a page that did not render (Instagram's 29-byte captures), or a capture that lost most of the
// text and added nothing (a broken partial load). Such a capture is never analysed as "everything was deleted".

/** Fewer words than this is not a policy page. */
export const MIN_POLICY_WORDS = 20;
/** A capture keeping less than this share of the previous one's words, and adding almost nothing, is truncated. */
const TRUNCATED_SHARE = 0.5;
const MAX_NEW_SHARE = 0.1;
/**
 * A smaller loss is a partial capture only when next to nothing is new: Meta's pages drop a fifth to a third of
 * their text when the annotation pop-ups are not captured, with at most a few changed words, while a real update
 * that removes that much rewrites or dates something too (Facebook pga 2024-08-09 kept 71% of the words, 0.4% new).
 */
const PARTIAL_SHARE = 0.8;
const MAX_NEW_SHARE_OF_PARTIAL = 0.01;
/**
 * X's page shows an announced policy next to the current one, then only the new one (X pga 2023-09-29 kept 51%): the
 * capture is one unbroken run of the previous page, a part the page now shows alone, not a load that lost pieces all
 * over (Meta's annotation pop-ups). Such a capture is compared; the rule stays monotonic in the share kept, with no
 * band of shares accepted between two refused ones.
 */
const MAX_RUN_SLACK = 0.1;
const MIN_REPEATED_HEADINGS = 0.3;

/**
 * The capture is one of two policies the previous page showed: its blocks stand there as one run (in order, with at
 * most a little between them), and the rest of that page repeats the run's headings (the other policy). A load cut
 * short is one run too, but what it lost are other sections, not a second copy of the same headings.
 */
function isOneOfTwoPolicies(normalized: string, previousNormalized: string): boolean {
  const lines = normalized.split('\n').filter((line) => line !== '');
  const previous = previousNormalized.split('\n').filter((line) => line !== '');
  const positions = new Map<string, number>();
  previous.forEach((line, index) => {
    if (!positions.has(line)) positions.set(line, index);
  });
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const line of lines) {
    const at = positions.get(line);
    if (at === undefined) continue;
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  if (last < 0 || last - first + 1 > lines.length * (1 + MAX_RUN_SLACK)) return false;
  const headings = new Set(lines.filter((line) => line.startsWith('#')));
  if (headings.size < 3) return false;
  const rest = new Set([...previous.slice(0, first), ...previous.slice(last + 1)]);
  let repeated = 0;
  for (const heading of headings) if (rest.has(heading)) repeated++;
  return repeated >= headings.size * MIN_REPEATED_HEADINGS;
}

/** NOT_WORDS for plain Latin text (latin.ts), without Unicode classes. */
const PLAIN_NOT_WORDS = new RegExp(`[^${WORD_CLASS}]+`, 'g');
const NOT_WORDS = /[^\p{L}\p{N}]+/gu;

function blockKeys(normalized: string): string[] {
  const notWords = isPlainLatin(normalized) ? PLAIN_NOT_WORDS : NOT_WORDS;
  return normalized.split('\n\n').map((block) => block.toLowerCase().replace(notWords, ' ').trim());
}

export interface CountedText {
  normalized: string;
  words: number;
}

export function countedText(normalized: string): CountedText {
  return { normalized, words: wordCount(normalized) };
}

/** Capture state of an already normalised (and counted) text against the previous version. */
export function assessNormalizedCapture(current: CountedText, previous?: CountedText): CaptureState {
  const { normalized, words } = current;
  // Chinese, Japanese or Thai has few spaced words: a language we do not read, not an empty page.
  if (words < MIN_POLICY_WORDS && !mostlyUnspacedScript(normalized)) return 'empty';
  if (previous === undefined) return 'ok';
  const { normalized: previousNormalized, words: previousWords } = previous;
  if (previousWords < MIN_POLICY_WORDS || words >= previousWords * PARTIAL_SHARE) return 'ok';
  if (isOneOfTwoPolicies(normalized, previousNormalized)) return 'ok';
  const known = new Set(blockKeys(previousNormalized));
  const blocks = blockKeys(normalized);
  let newWords = 0;
  for (const block of blocks) if (!known.has(block)) newWords += block.split(' ').length;
  if (words < previousWords * TRUNCATED_SHARE) return newWords <= words * MAX_NEW_SHARE ? 'truncated' : 'ok';
  return newWords <= words * MAX_NEW_SHARE_OF_PARTIAL ? 'truncated' : 'ok';
}

/** Whether a capture is usable: 'empty', 'truncated' (compared with the previous version, when given) or 'ok'. */
export function assessCapture(text: string, previousText?: string): CaptureState {
  return assessNormalizedCapture(
    countedText(normalizePolicyText(text)),
    previousText === undefined ? undefined : countedText(normalizePolicyText(previousText)),
  );
}
