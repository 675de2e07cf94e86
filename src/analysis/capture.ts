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
 * About half of the words kept is not this: X's page shows an announced policy next to the current one, then only
 * the new one (X pga 2023-09-29 kept 51%); accepting it lets the history move on from the doubled page.
 */
const MIN_PARTIAL_SHARE = 0.6;

function blockKeys(normalized: string): string[] {
  return normalized.split('\n\n').map((block) =>
    block
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
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
  if (words < MIN_POLICY_WORDS) return 'empty';
  if (previous === undefined) return 'ok';
  const { normalized: previousNormalized, words: previousWords } = previous;
  if (previousWords < MIN_POLICY_WORDS || words >= previousWords * PARTIAL_SHARE) return 'ok';
  if (words >= previousWords * TRUNCATED_SHARE && words < previousWords * MIN_PARTIAL_SHARE) return 'ok';
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
