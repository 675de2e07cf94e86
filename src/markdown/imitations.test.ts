import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../analysis/html';
import { domToMarkdown } from './dom';

// Pages imitating the classes of real-page misses (tests/real-pages/imitations/README.md): page furniture left out,
// text in tooltips and popovers kept. Both trees (the page DOM and htmlparser2's) must give the same text.

const DIR = join(import.meta.dirname, '../../tests/real-pages/imitations');

function both(file: string): string {
  const html = readFileSync(join(DIR, file), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const fromDom = domToMarkdown(doc.body);
  expect(htmlToMarkdown(html)).toBe(fromDom);
  return fromDom;
}

describe('imitations of real-page classes', () => {
  it("Meta's 2026 printable layout (EN): no 'Return to top', the Highlights box and footnote expansion kept", () => {
    const markdown = both('meta-printable-2026.en.html');
    expect(markdown).not.toMatch(/Return to top/);
    expect(markdown).toContain('## Highlights\n\n- This Privacy Policy explains');
    expect(markdown).toContain('## Meta Products\n\nFacebook, Instagram, Messenger and AI at Meta.');
  });

  it('a glossary in tooltips and popovers (DE): every definition kept, a hidden banner and the top link left out', () => {
    const markdown = both('glossary-popovers.de.html');
    for (const basis of ['lit. f', 'lit. a', 'lit. b']) expect(markdown).toContain(`Art. 6 Abs. 1 ${basis} DSGVO`);
    expect(markdown).toContain('Rechtliche Verpflichtung\n\nWir verarbeiten Daten, um einer rechtlichen Verpflichtung');
    expect(markdown).not.toMatch(/Cookies|Seitenanfang/);
  });

  it('a definition named by aria-details and a tooltip (FR) are kept, the top link is not', () => {
    const markdown = both('glossary-popovers.fr.html');
    expect(markdown).toContain('point f) du RGPD');
    expect(markdown).toContain('modèles d’IA (uniquement avec les contenus publics).');
    expect(markdown).not.toMatch(/Revenir en haut/);
  });
});
