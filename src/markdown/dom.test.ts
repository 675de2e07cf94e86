import { describe, expect, it } from 'vitest';
import { domToMarkdown } from './dom';

function md(html: string, remove?: string[]): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  return domToMarkdown(root, { remove });
}

describe('domToMarkdown', () => {
  it('writes headings as #s, from tags and from ARIA headings', () => {
    expect(
      md(
        '<h1>What is the Privacy Policy?</h1><h2><span>Highlights</span></h2><div role="heading" aria-level="3">Security</div>',
      ),
    ).toBe('# What is the Privacy Policy?\n\n## Highlights\n\n### Security');
  });

  it('separates paragraphs by a blank line and collapses whitespace inside them', () => {
    expect(md('<div><span>We collect   information\n about you.</span></div><p>Second  paragraph.</p>')).toBe(
      'We collect information about you.\n\nSecond paragraph.',
    );
  });

  it('keeps link text in brackets and drops the URL', () => {
    expect(
      md('<p>Visit <a href="https://accountscenter.facebook.com/?tracking=1">Accounts Center</a> to choose.</p>'),
    ).toBe('Visit [Accounts Center] to choose.');
  });

  it('writes list items as "- ", nested lists indented, including ARIA lists in wrapper divs', () => {
    expect(md('<ul><li>Apps you use</li><li>Games you play<ul><li>on Facebook</li></ul></li></ul>')).toBe(
      '- Apps you use\n- Games you play\n  - on Facebook',
    );
    expect(md('<div role="list"><div><div role="listitem">One</div></div><div role="listitem">Two</div></div>')).toBe(
      '- One\n- Two',
    );
  });

  it('writes table rows as pipes with a separator after the first row, blocks in a cell joined by <br><br>', () => {
    const html =
      '<table><tbody><tr><th><div role="heading" aria-level="3">Why we process</div></th><th>Legal basis</th></tr>' +
      '<tr><td><div>Provide ads</div><div>to you</div></td><td><ul><li>Consent</li></ul></td></tr>' +
      '<tr><td>a | b</td><td>c</td></tr></tbody></table>';
    expect(md(html)).toBe(
      '| ### Why we process | Legal basis |\n| --- | --- |\n| Provide ads<br><br>to you | - Consent |\n| a \\| b | c |',
    );
  });

  it('skips hidden elements, scripts and styles always, navigation and buttons when the rule says so', () => {
    const html =
      '<nav>Menu</nav><div role="navigation">Sections</div><script>var x = 1;</script><style>.a{}</style>' +
      '<p hidden>hidden attr</p><p aria-hidden="true">aria hidden</p><p style="display: none">inline none</p>' +
      '<p style="visibility:hidden">invisible</p><button>Return to top</button><div role="button">Learn more</div>' +
      '<p>Visible text.</p>';
    expect(md(html, ['nav', '[role=navigation]', 'button', '[role=button]'])).toBe('Visible text.');
    // Without a remove list, buttons and navigation are text like any other (some platforms title sections so).
    expect(md('<nav>Menu</nav><button>1. What we collect</button><script>x</script>')).toBe(
      'Menu\n\n1. What we collect',
    );
  });

  it("removes what the platform rule's remove list names, and survives an invalid selector", () => {
    expect(md('<div class="banner">Cookie banner</div><p>Policy text.</p>', ['.banner', '[[invalid'])).toBe(
      'Policy text.',
    );
  });

  it('turns <br> into line breaks inside a paragraph', () => {
    expect(md('<p>Line one<br>Line two</p>')).toBe('Line one\nLine two');
  });
});
