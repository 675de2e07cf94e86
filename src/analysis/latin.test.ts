import { describe, expect, it } from 'vitest';
import sentenceSet from '../../tests/analysis/sentence-set.json';
import { isPlainLatin, isWordCode, PLAIN_LATIN_RANGES, visitPlainWords, WORD_CLASS } from './latin';

// The fast paths are only right if these hold for every code unit they accept (see latin.ts).
const plain = (() => {
  const chars: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (isPlainLatin(char)) chars.push(char);
  }
  return chars;
})();
const inRange = new RegExp(`^[${PLAIN_LATIN_RANGES}]$`);
const ranged = plain.filter((char) => inRange.test(char));

describe('plain Latin', () => {
  it('covers Latin-1 and the Latin extensions, without the two letters that fold differently', () => {
    expect(ranged.length).toBeGreaterThan(700);
    expect(isPlainLatin('Données personnelles, Einwilligung (Art. 6 Abs. 1 lit. a DSGVO) – “AI” ⓘ ™ ✨')).toBe(true);
    for (const char of ['\u0130', '\u017f', 'Σ', 'и', '😀', 'ﬁ', 'Ⓘ', 'Ⅰ', '\u0345', '\u212a']) {
      expect([char, isPlainLatin(`a${char}b`)]).toEqual([char, false]);
    }
  });

  it('lower-cases code unit by code unit', () => {
    for (const char of plain) expect([char, isPlainLatin(char.toLowerCase())]).toEqual([char, true]);
    for (const char of plain) expect(char.toLowerCase()).toHaveLength(1);
    const all = plain.join('');
    expect(all.toLowerCase()).toBe(plain.map((char) => char.toLowerCase()).join(''));
  });

  it('has a letter match another under /iu exactly when their lower cases are equal', () => {
    const escaped = (char: string) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const lowerOf = ranged.map((char) => char.toLowerCase());
    const mismatches: string[] = [];
    ranged.forEach((term, termIndex) => {
      const caseless = new RegExp(`^${escaped(term)}$`, 'iu');
      ranged.forEach((char, index) => {
        if (caseless.test(char) !== (lowerOf[index] === lowerOf[termIndex])) mismatches.push(`${term}/${char}`);
      });
    });
    expect(mismatches).toEqual([]);
    // Outside the range: no plain Latin character matches under /iu, and the lower case is the character itself.
    const anyRanged = new RegExp(`^[${PLAIN_LATIN_RANGES}]$`, 'iu');
    for (const char of plain.filter((entry) => !inRange.test(entry))) {
      expect([char, anyRanged.test(char), char.toLowerCase()]).toEqual([char, false, char]);
    }
  });

  it('has WORD_CLASS and isWordCode agree with [\\p{L}\\p{N}], with and without case folding', () => {
    const unicode = /^[\p{L}\p{N}]$/u;
    const caseless = /^[\p{L}\p{N}]$/iu;
    const fast = new RegExp(`^[${WORD_CLASS}]$`);
    for (const char of plain) {
      const lower = char.toLowerCase();
      expect([char, fast.test(char), isWordCode(char.charCodeAt(0))]).toEqual([
        char,
        unicode.test(char),
        unicode.test(char),
      ]);
      expect([char, fast.test(lower)]).toEqual([char, caseless.test(char)]);
      expect([char, /^\s$/.test(lower)]).toEqual([char, /^\s$/iu.test(char)]);
    }
  });
});

describe('visitPlainWords', () => {
  it('finds the runs [\\p{L}\\p{N}]+ finds, in the sentence set', () => {
    let texts = 0;
    for (const { text } of (sentenceSet as { sentences: Array<{ text: string }> }).sentences) {
      if (!isPlainLatin(text)) continue;
      texts++;
      const runs: string[] = [];
      visitPlainWords(text, (start, end) => {
        runs.push(text.slice(start, end));
        return false;
      });
      expect(runs).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
    }
    expect(texts).toBeGreaterThan(700);
  });

  it('stops when the visitor says so', () => {
    const seen: string[] = [];
    visitPlainWords('Données, 2025: élève-toi', (start, end) => {
      seen.push('Données, 2025: élève-toi'.slice(start, end));
      return seen.length === 3;
    });
    expect(seen).toEqual(['Données', '2025', 'élève']);
  });
});
