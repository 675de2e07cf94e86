import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyzePolicyChange, normalizePolicyText } from '../analysis';
import { HtmlTooDeepError, htmlToMarkdown, MAX_HTML_DEPTH } from '../analysis/html';
import { MAX_STRUCTURE_DEPTH } from './convert';
import { domToMarkdown } from './dom';

// Structure nested far deeper than any page (100,000 levels; the deepest real page nests 36) must neither overflow
// the stack nor take long, through every path that converts HTML. The page's DOM (content script, offscreen
// document) is converted whatever its depth: past MAX_STRUCTURE_DEPTH an element's text is one paragraph, nothing is
// lost but the structure below. HTML given to the analysis (the worker, the CLI, an import) is refused past
// MAX_HTML_DEPTH with a plain message, before htmlparser2's quadratic cost on deep nesting.

const DEEP = 100_000;

const nested = (open: string, close: string, text = (i: number) => `w${i} `) =>
  Array.from({ length: DEEP }, (_, i) => `${open}${text(i)}`).join('') + close.repeat(DEEP);

const PAGE_START = '<!doctype html><html><body><main><h1>Privacy Policy</h1><p>We collect data.</p>';
const PAGE_END = '<p>Contact us.</p></main></body></html>';

/** Every word w0 … w(DEEP-1) is in the text, once, in order. */
function expectAllWords(markdown: string): void {
  const words = markdown.match(/\bw\d+\b/g) ?? [];
  expect(words.length).toBe(DEEP);
  expect(words[0]).toBe('w0');
  expect(words[DEEP - 1]).toBe(`w${DEEP - 1}`);
}

// A window of its own: the test environment's shared document watches its tree, which makes deep trees crawl.
const page = new Window().document;

function domOf(html: string): Element {
  const root = page.createElement('div');
  root.innerHTML = html;
  return root as unknown as Element;
}

describe('structure nested 100,000 deep', () => {
  const cases = {
    divs: nested('<div>', '</div>'),
    'list items': nested('<ul><li>', '</li></ul>'),
    links: nested('<a href="/x">', '</a>'),
    'inline spans': nested('<span>', '</span>'),
    'table cells': nested('<table><tr><td>', '</td></tr></table>'),
    headings: nested('<h2><div>', '</div></h2>'),
  };

  const { links, ...nesting } = cases;
  it.each(Object.entries(nesting))('%s: HTML for the analysis (worker, CLI, import) is refused plainly', (_n, body) => {
    const started = performance.now();
    expect(() => htmlToMarkdown(PAGE_START + body + PAGE_END)).toThrow(HtmlTooDeepError);
    expect(() => normalizePolicyText(PAGE_START + body + PAGE_END)).toThrow(/nests elements more than 1024 deep/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('links: htmlparser2, as a browser, closes an open link at the next one, so they are not nested', () => {
    expectAllWords(htmlToMarkdown(PAGE_START + links + PAGE_END));
  });

  it('HTML for the analysis up to the bound converts, every word kept', () => {
    const levels = MAX_HTML_DEPTH - 10;
    const words = (markdown: string) => (markdown.match(/\bw\d+\b/g) ?? []).length;
    for (const [open, close] of <[string, string][]>[
      ['<div>', '</div>'],
      ['<ul><li>', '</li></ul>'],
      ['<a href="/x">', '</a>'],
    ]) {
      const perLevel = open.split('<').length - 1;
      const count = Math.floor(levels / perLevel);
      const body = Array.from({ length: count }, (_, i) => `${open}w${i} `).join('') + close.repeat(count);
      const markdown = htmlToMarkdown(`<main>${body}</main>`);
      expect(words(markdown)).toBe(count);
      expect(markdown.length).toBeLessThan(body.length * 2);
    }
  });

  // happy-dom parses and walks deep trees slowly (100,000 levels: 16 s to parse), so its parsed cases are 10,000 deep;
  // 10,000 levels are already past the nesting that overflowed the recursive converter. (A DOM built node by node is
  // slower still in happy-dom: its appendChild costs grow with depth.) In Chromium the parser stops nesting at 512.
  it.each(['<div>|</div>', '<ul><li>|</li></ul>', '<a href="/x">|</a>'])(
    '%s 10,000 deep: the page DOM keeps every word',
    (tags) => {
      const [open = '', close = ''] = tags.split('|');
      const count = 10_000;
      const root = domOf(
        `<h1>Privacy Policy</h1>${Array.from({ length: count }, (_, i) => `${open}w${i} `).join('')}${close.repeat(count)}<p>Contact us.</p>`,
      );
      const markdown = domToMarkdown(root);
      expect(markdown.startsWith('# Privacy Policy')).toBe(true);
      expect(markdown.endsWith('Contact us.')).toBe(true);
      expect((markdown.match(/\bw\d+\b/g) ?? []).length).toBe(count);
    },
    60_000,
  );

  it('keeps structure down to the bound and reads below it as one paragraph', () => {
    const depth = MAX_STRUCTURE_DEPTH + 10;
    const html = `${'<div>'.repeat(depth - 1)}<p>a</p><p>b</p>${'</div>'.repeat(depth - 1)}`;
    expect(htmlToMarkdown(html)).toBe('a b');
    const shallow = `${'<div>'.repeat(MAX_STRUCTURE_DEPTH - 2)}<p>a</p><p>b</p>${'</div>'.repeat(MAX_STRUCTURE_DEPTH - 2)}`;
    expect(htmlToMarkdown(shallow)).toBe('a\n\nb');
  });

  it('the analysis of deep HTML ends in the plain refusal, not a stack overflow', () => {
    const deep = PAGE_START + cases.divs + PAGE_END;
    expect(() => analyzePolicyChange(deep, deep)).toThrow(HtmlTooDeepError);
  });
});
