// Test support (not shipped): reads the real policy versions of the shared corpus (located by tests/corpus.ts).
// Tests that need them are skipped, with a message, when the corpus folder is absent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizePolicyText } from '../../src/analysis/normalize';
import { CORPUS_MISSING, corpusAvailable, VERSIONS_DIR } from '../corpus';

export { corpusAvailable };
export const CORPUS_SKIP_REASON = `${CORPUS_MISSING}: corpus tests skipped`;

if (!corpusAvailable) console.warn(CORPUS_SKIP_REASON);

/** A version file, by its path under versions/. */
export function readVersion(path: string): string {
  return readFileSync(join(VERSIONS_DIR, path), 'utf8');
}

export function versionPath(path: string): string {
  return join(VERSIONS_DIR, path);
}

/**
 * The normalised text of the first block of a version that contains `fragment`, cut to the sentence that holds it:
 * proof that a test sentence is real. Throws when the corpus does not contain it.
 */
export function realSentence(path: string, fragment: string): string {
  const normalized = normalizePolicyText(readVersion(path));
  const block = normalized.split('\n').find((line) => line.includes(fragment));
  if (!block) throw new Error(`"${fragment}" not found in ${path}`);
  // Table cells and line-broken parts first, then the sentence inside the part.
  const part = block
    .replace(/^(- |#+ )/, '')
    .split(/^\| | \| | \|$| <br> /)
    .find((piece) => piece.includes(fragment)) as string;
  const clean = part.replace(/^(#+|[*-])\s+/, '').trim();
  const at = clean.indexOf(fragment);
  let start = 0;
  for (const boundary of clean.matchAll(/[.!?]["')\]]*\s+/g)) {
    const end = (boundary.index ?? 0) + boundary[0].length;
    if (end > at) return clean.slice(start, end).trim();
    start = end;
  }
  return clean.slice(start).trim();
}
