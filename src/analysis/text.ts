/** Number of words (runs of letters or digits; any non-ASCII character counts as a letter). Allocation-free. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isWordChar =
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code > 127 && code !== 0xa0);
    if (isWordChar && !inWord) count++;
    inWord = isWordChar;
  }
  return count;
}

/**
 * Runs of whitespace other than one plain space: replacing them by a space gives what `/\s+/g` does, without
 * rebuilding a text whose words are already separated by single spaces (nearly every block).
 */
const SPACE_RUNS = / \s+|[^\S ]\s*/g;

/** The text with every run of whitespace made one space (as `text.replace(/\s+/g, ' ')`). */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUNS, ' ');
}
