import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../analysis/html';
import { normalizePolicyText } from '../analysis/normalize';
import { domToMarkdown } from './dom';

// The one converter, over both trees: the page's DOM (happy-dom here) and htmlparser2's tree (the analysis). Each
// case is written in the markup the real pages use (../shared/realpages) and must come out the same both ways.

function both(html: string): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  const fromDom = domToMarkdown(root);
  expect(htmlToMarkdown(html)).toBe(fromDom);
  return fromDom;
}

describe('one converter for pages and for HTML given to the analysis', () => {
  it("reads Meta's printable layout table as blocks, not as one table cell", () => {
    const html =
      '<table class="h" role="presentation"><tbody><tr><td class="i"><div class="j"><h1 class="m n">Privacy Policy</h1>' +
      '<p class="v">We collect information.</p><ul class="w"><li class="x">Accounts Center</li></ul></div></td></tr></tbody></table>';
    expect(both(html)).toBe('# Privacy Policy\n\nWe collect information.\n\n- Accounts Center');
  });

  it('reads a table of one row or one column, or one around another table, as layout', () => {
    expect(both('<table><tr><td><p>One</p></td><td><p>Two</p></td></tr></table>')).toBe('One\n\nTwo');
    expect(both('<table><tr><td>First</td></tr><tr><td>Second</td></tr></table>')).toBe('First\n\nSecond');
    const nested =
      '<table><tr><td><h2>Legal bases</h2><table><tr><th>Why</th><th>Basis</th></tr><tr><td>Ads</td><td>Consent</td></tr></table></td></tr><tr><td>Footer</td></tr></table>';
    expect(both(nested)).toBe('## Legal bases\n\n| Why | Basis |\n| --- | --- |\n| Ads | Consent |\n\nFooter');
  });

  it('writes the further blocks of a list item as paragraphs of their own, nested lists on the next line', () => {
    expect(
      both('<ul><li><h3>Table of contents</h3><p>Use it.</p><ul><li>Summary</li></ul></li><li>Two</li></ul>'),
    ).toBe('- ### Table of contents\n\n  Use it.\n  - Summary\n- Two');
  });

  it("names a link by its aria-label when its visible text is hidden from readers (Meta's Privacy Center)", () => {
    expect(
      both(
        '<a href="/policy/?subpage=1" aria-label="Friends, followers"><div aria-hidden="true">Friends, followers</div></a>',
      ),
    ).toBe('[Friends, followers]');
  });

  it('pads a cell spanning columns with empty cells, as Open Terms Archive does', () => {
    expect(
      both(
        '<table><tr><th colspan="3">If you are a registered user</th></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>',
      ),
    ).toBe('| If you are a registered user |  |  |\n| --- | --- | --- |\n| a | b | c |');
  });

  it('keeps a data table as rows', () => {
    expect(both('<table><tr><th>Why</th><th>Data</th></tr><tr><td>Ads</td><td>Activity</td></tr></table>')).toBe(
      '| Why | Data |\n| --- | --- |\n| Ads | Activity |',
    );
  });

  it('reads custom elements and links that hold blocks as blocks (Google, Meta)', () => {
    expect(both('<c-wiz><div><h2>Information we collect</h2><p>We collect.</p></div></c-wiz>')).toBe(
      '## Information we collect\n\nWe collect.',
    );
    expect(both('<a class="p" href="/terms/"><h2 class="o q">Terms of Service</h2></a><p>Text.</p>')).toBe(
      '## Terms of Service\n\nText.',
    );
    // A link to a place on the page around a heading is a table-of-contents entry, not a second section heading.
    expect(both('<a class="p" href="#1"><h2 class="o q">What is the Privacy Policy?</h2></a><p>Text.</p>')).toBe(
      '[What is the Privacy Policy?]\n\nText.',
    );
    expect(both('<span>We <a href="/x">share</a> data</span>')).toBe('We [share] data');
  });

  it('keeps text that looks like a tag as text, through capture and normalisation', () => {
    const markdown = both('<p>We never run &lt;script&gt; tags [sic] in window.__pwned, nor &lt;br&gt; ones.</p>');
    expect(markdown).toBe('We never run <script> tags \\[sic\\] in window.__pwned, nor \\<br> ones.');
    expect(normalizePolicyText(markdown)).toMatch(/^We never run <script> tags \[sic\] in window.__pwned, nor/);
    // Markdown quoting HTML is not re-read as HTML, however many tags it quotes, nor when a block starts with one.
    const quoted = 'We never run <script>, <div> or <p> tags.\n\nSecond <table> paragraph.';
    expect(normalizePolicyText(quoted)).toBe(quoted);
    expect(both('<p>&lt;div&gt; elements</p><p>are layout.</p>')).toBe('\\<div> elements\n\nare layout.');
    expect(normalizePolicyText('\\<div> elements\n\nare layout.')).toBe('<div> elements\n\nare layout.');
  });

  it('leaves out scripts, styles, the head and hidden elements in HTML documents', () => {
    const html =
      '<!doctype html><html><head><title>Privacy</title><script>var a="<p>x</p>";</script></head>' +
      '<body><div hidden>Hidden</div><div aria-hidden="true">Also hidden</div><main><p>Kept.</p></main></body></html>';
    expect(htmlToMarkdown(html)).toBe('Kept.');
  });
});

describe('page furniture and text shown on demand, as Open Terms Archive captures them', () => {
  it('leaves out "return to top" links in any language, keeps other same-page links', () => {
    const html =
      '<p>We keep your data safe.</p><a class="bj" href="#"><span class="bk n">Return to top</span><img src="x.png"></a>' +
      '<p><a href="#top-of-page"><span>Zurück zum Seitenanfang</span></a></p><a href="#">Revenir en haut</a>' +
      '<p>See <a href="#3">how we use information</a>.</p><p>For the other purposes listed <a href="#">below</a>.</p>';
    expect(both(html)).toBe(
      'We keep your data safe.\n\nSee [how we use information].\n\nFor the other purposes listed [below].',
    );
  });

  it('keeps a link to "#" that holds more than a few words (a script-driven section title)', () => {
    // Kept, and read as any same-page link: its text in brackets.
    expect(both('<a href="#"><h2>How we use your information for research and innovation</h2></a>')).toBe(
      '[How we use your information for research and innovation]',
    );
  });

  it('keeps glossary definitions held in tooltips and popovers, hidden until shown', () => {
    const html =
      '<p>We rely on <span aria-describedby="def-li">legitimate interests</span>' +
      '<span role="tooltip" id="t" hidden> (Art. 6(1)(f) GDPR)</span>.</p>' +
      '<div id="def-li" hidden><p>Legitimate interests: we process your data where it is necessary for our interests.</p></div>' +
      '<div popover id="p1"><p>Berechtigte Interessen: Art. 6 Abs. 1 lit. f DSGVO.</p></div>' +
      '<details><summary>Intérêts légitimes</summary><p>Article 6, paragraphe 1, point f) du RGPD.</p></details>' +
      '<div hidden><p>A hidden banner.</p></div>';
    expect(both(html)).toBe(
      'We rely on legitimate interests (Art. 6(1)(f) GDPR).\n\n' +
        'Legitimate interests: we process your data where it is necessary for our interests.\n\n' +
        'Berechtigte Interessen: Art. 6 Abs. 1 lit. f DSGVO.\n\nIntérêts légitimes\n\nArticle 6, paragraphe 1, point f) du RGPD.',
    );
  });
});
