import { describe, expect, it } from 'vitest';
import {
  isTableSeparator,
  readAtxHeading,
  removeDanglingTargets,
  replaceAutolinks,
  replaceLinks,
  trimEndOf,
} from './markdown-format';

// Each scanner against the regex it replaced, on random short strings over the characters that matter to it: the
// regexes are exact but backtrack polynomially on long runs, so they are only run here, on short input.
const LINK =
  /(!?)\[((?:\\.|[^\\[\]])*)\]\(\s*<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const DANGLING_TARGET = /\]\(\s*<?[^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*>?\s*\)/g;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function randomStrings(alphabet: string[], count: number, maxLength: number, seed: number): string[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return Array.from({ length: count }, () => {
    const length = Math.floor(random() * maxLength);
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    return text;
  });
}

const LINK_ALPHABET = ['[', ']', '(', ')', '!', '\\', ' ', '\n', '<', '>', '"', "'", 'a', 'b', '](', '\u2028', '\t'];

describe('markdown-format scanners equal the regexes they replace', () => {
  it('links', () => {
    for (const text of randomStrings(LINK_ALPHABET, 60_000, 24, 7)) {
      const expected = text.replace(LINK, (_w, image: string, label: string) => `{${image}|${label}}`);
      expect(
        replaceLinks(text, ({ image, label }) => `{${image ? '!' : ''}|${label}}`),
        JSON.stringify(text),
      ).toBe(expected);
    }
  });

  it('dangling targets', () => {
    for (const text of randomStrings(LINK_ALPHABET, 40_000, 20, 11)) {
      expect(removeDanglingTargets(text), JSON.stringify(text)).toBe(text.replace(DANGLING_TARGET, ''));
    }
  });

  it('autolinks', () => {
    const alphabet = ['<http://', '<https://', '<', '>', ' ', 'a', '/', '\n', 'http://'];
    for (const text of randomStrings(alphabet, 20_000, 10, 13)) {
      expect(
        replaceAutolinks(text, (url) => `{${url}}`),
        JSON.stringify(text),
      ).toBe(text.replace(AUTOLINK, (_w, url: string) => `{${url}}`));
    }
  });

  it('ATX headings', () => {
    const alphabet = ['#', '#', ' ', ' ', 'a', '\t', '\u2028', '\u00a0', 'b'];
    for (const line of randomStrings(alphabet, 40_000, 14, 17)) {
      const match = ATX_HEADING.exec(line);
      const expected = match ? { level: match[1]?.length, text: match[2] } : null;
      expect(readAtxHeading(line), JSON.stringify(line)).toEqual(expected);
    }
  });

  it('table separators', () => {
    const alphabet = ['|', '-', '-', ':', ' ', 'a', '\t'];
    for (const line of randomStrings(alphabet, 40_000, 14, 19)) {
      expect(isTableSeparator(line), JSON.stringify(line)).toBe(TABLE_SEPARATOR.test(line));
    }
  });

  it('trailing characters', () => {
    for (const text of randomStrings(['.', ',', 'a', '/', '?'], 5_000, 10, 23)) {
      expect(trimEndOf(text, '.,;:!?')).toBe(text.replace(/[.,;:!?]+$/, ''));
      expect(trimEndOf(text, '/')).toBe(text.replace(/\/+$/, ''));
    }
  });
});

describe('markdown-format scanners are linear', () => {
  // A run of 200,000 characters: the regexes took minutes on such runs; these take milliseconds.
  const run = 200_000;
  it('reads hostile runs in one pass', () => {
    expect(replaceLinks(`x](${'\\['.repeat(run)}`, () => '')).toHaveLength(3 + 2 * run);
    expect(replaceLinks(`[a](${' '.repeat(run)}x`, () => '')).toHaveLength(run + 5);
    expect(removeDanglingTargets(`](${' '.repeat(run)}x`)).toHaveLength(run + 3);
    expect(readAtxHeading(`# a${' '.repeat(run)}x`)?.text).toHaveLength(run + 2);
    expect(isTableSeparator(`|--${' '.repeat(run)}x`)).toBe(false);
    expect(replaceAutolinks('<http://'.repeat(run / 8), (url) => url)).toHaveLength(run);
    expect(trimEndOf(`${'.'.repeat(run)}x`, '.')).toHaveLength(run + 1);
  });
});
