// Hostile and oversized inputs for the analysis (issue 17, "linear on any input"): each generator makes a text of
// about `size` characters in one bad shape, and an edited copy to compare it with. The benchmark (bench/hostile.ts)
// runs them at about 1 MB; the unit tests (src/analysis/hostile.test.ts) run small instances and count work.

export interface HostileInput {
  old: string;
  new: string;
}

export interface HostileCase {
  name: string;
  make(size: number): HostileInput;
}

/** Real policy prose before the bad part, so that the text is read as English and is long enough to analyse. */
const PREAMBLE =
  'This privacy policy explains how we collect, use and share information about you when you use our products. ' +
  'We use the information we collect to provide, personalise and improve our services, to keep them safe, and to ' +
  'communicate with you. We share information with partners who help us provide the services, and with law ' +
  'enforcement when the law requires it. You can object to some uses of your information in your settings.\n\n';

const EDIT = ' We now use your public posts to train our artificial intelligence models. ';

/** The text with one training sentence inserted in its middle (the shape stays the same on both sides). */
function editedInMiddle(text: string): HostileInput {
  const middle = Math.floor(text.length / 2);
  return { old: text, new: text.slice(0, middle) + EDIT + text.slice(middle) };
}

/** `unit` repeated to about `size` characters. */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

function plain(name: string, build: (size: number) => string): HostileCase {
  return { name, make: (size) => editedInMiddle(PREAMBLE + build(size)) };
}

function basisTable(rows: number, changed: number): HostileInput {
  const row = (index: number, basis: string) =>
    `| Showing you personalised content and ads, purpose ${index} | Profile information and activity ${index} | ${basis} |`;
  const lines = ['## How we rely on legal bases', '', '| Purpose | Data | Legal basis |', '| --- | --- | --- |'];
  const every = Math.max(1, Math.floor(rows / changed));
  const before: string[] = [];
  const after: string[] = [];
  for (let index = 0; index < rows; index++) {
    before.push(row(index, 'Consent'));
    after.push(row(index, index % every === 0 ? 'Legitimate interests' : 'Consent'));
  }
  const head = PREAMBLE + lines.join('\n');
  return { old: `${head}\n${before.join('\n')}`, new: `${head}\n${after.join('\n')}` };
}

function nestedHtml(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}<p>${PREAMBLE}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** Lines indented one step deeper each, as list items or quotes, until `size`. */
function deepening(size: number, line: (depth: number) => string): string {
  const lines: string[] = [];
  let length = 0;
  for (let depth = 0; length < size; depth++) {
    const text = line(depth);
    lines.push(text);
    length += text.length + 1;
  }
  return lines.join('\n');
}

export const HOSTILE_CASES: HostileCase[] = [
  plain('run of \\[ after ](', (size) => `See the notice](${repeat('\\[', size)}`),
  plain('[a]( then spaces', (size) => `[a](${' '.repeat(size)}x`),
  plain('# a then spaces', (size) => `# a${' '.repeat(size)}x`),
  plain('URL then dots', (size) => `Visit https://example.com/${'.'.repeat(size)}x for more.`),
  {
    name: 'legal-basis table, 100 rows changed',
    make: (size) => basisTable(Math.max(100, Math.round(size / 65)), 100),
  },
  plain('one paragraph of training sentences', (size) =>
    repeat('We use your public posts and photos to train our AI models. ', size),
  ),
  plain('long word of a lexicon stem', (size) => `Our ${repeat('interest', size)} matters.`),
  plain('"whether or not" repeated', (size) => repeat('whether or not ', size)),
  { name: 'HTML nested deep', make: (size) => editedInMiddle(nestedHtml(Math.round(size / 11))) },
  plain('nested Markdown list', (size) => deepening(size, (depth) => `${'  '.repeat(depth)}- item ${depth}`)),
  plain('nested blockquote', (size) => deepening(size, (depth) => `${'> '.repeat(depth)}quoted ${depth}`)),
  plain('one line, no punctuation', (size) => repeat('we share data with partners and ', size)),
  plain('1000-column table rows', (size) =>
    repeat(`| ${Array.from({ length: 1000 }, (_, i) => `cell ${i}`).join(' | ')} |\n`, size),
  ),
  plain('many tiny blocks', (size) => repeat('Yes.\n\n', size)),
  {
    name: 'one block repeated from the start',
    make: (size) => editedInMiddle(repeat('We keep your information safe and share it with partners.\n\n', size)),
  },
  plain('every line a heading', (size) =>
    deepening(size, (index) => `${'#'.repeat(1 + (index % 6))} Heading ${index}`),
  ),
  plain('invisible characters everywhere', (size) =>
    repeat('We use your posts to train our models. ', size / 2)
      .split('')
      .join('\u200b'),
  ),
  plain('one sentence of basis words', (size) =>
    repeat('legitimate interests consent contract legal obligation vital interests public interest ', size),
  ),
  plain('unclosed autolinks', (size) => repeat('<http://', size)),
  plain('table separator then spaces', (size) => `|--${' '.repeat(size)}x`),
  plain('unbalanced brackets', (size) => `${repeat('b] ', size / 2)}${repeat('[a ', size / 2)}`),
  plain('brackets nested deep', (size) => `${repeat('[a', size / 2)}${repeat('a]', size / 2)}`),
  plain('dangling link targets', (size) => repeat('](a(', size)),
  plain('emphasis markers', (size) => repeat(' *a __b _c', size)),
  plain('many links', (size) => repeat('[privacy](https://example.com/a?b=c) ', size)),
];
