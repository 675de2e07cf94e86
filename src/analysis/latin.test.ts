import { describe, expect, it } from 'vitest';
import { isPlainLatin, isWordCode, PLAIN_LATIN_RANGES, WORD_CLASS } from './latin';

// The fast paths are only right if these hold for every code unit of the range (see latin.ts).
const plain = (() => {
  const range = new RegExp(`^[${PLAIN_LATIN_RANGES}]$`);
  const chars: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (range.test(char)) chars.push(char);
  }
  return chars;
})();

describe('plain Latin', () => {
  it('covers Latin-1 and the Latin extensions, without the two letters that fold differently', () => {
    expect(plain.length).toBeGreaterThan(700);
    expect(isPlainLatin('Données personnelles, Einwilligung (Art. 6 Abs. 1 lit. a DSGVO) – “AI”')).toBe(true);
    for (const char of ['\u0130', '\u017f', 'Σ', '😀', '\u0301', 'ﬁ']) expect(isPlainLatin(`a${char}b`)).toBe(false);
  });

  it('lower-cases code unit by code unit', () => {
    for (const char of plain) expect([char, isPlainLatin(char.toLowerCase())]).toEqual([char, true]);
    for (const char of plain) expect(char.toLowerCase()).toHaveLength(1);
    const all = plain.join('');
    expect(all.toLowerCase()).toBe(plain.map((char) => char.toLowerCase()).join(''));
  });

  it('has a letter match another under /iu exactly when their lower cases are equal', () => {
    const escaped = (char: string) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const lowerOf = plain.map((char) => char.toLowerCase());
    const mismatches: string[] = [];
    plain.forEach((term, termIndex) => {
      const caseless = new RegExp(`^${escaped(term)}$`, 'iu');
      plain.forEach((char, index) => {
        if (caseless.test(char) !== (lowerOf[index] === lowerOf[termIndex])) mismatches.push(`${term}/${char}`);
      });
    });
    expect(mismatches).toEqual([]);
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
