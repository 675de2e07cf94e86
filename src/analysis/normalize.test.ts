import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusAvailable, readVersion } from '../../tests/analysis/corpus';
import { normalizePolicyText } from './normalize';

describe('normalizePolicyText', () => {
  it('drops link targets, keeps labels in brackets, and removes annotation markers', () => {
    // Real line from Facebook/privacy-policy.pga/2025-05-28T00-30-56Z.md
    const line =
      'We at Meta want you to understand what information we collect, and how we use and share it. That’s why we encourage you to read our Privacy Policy. This helps you use [Meta Products\\[1\\]](#annotation-1) in the way that’s right for you.';
    expect(normalizePolicyText(line)).toBe(
      "We at Meta want you to understand what information we collect, and how we use and share it. That's why we encourage you to read our Privacy Policy. This helps you use [Meta Products] in the way that's right for you.",
    );
  });

  it('strips tracking parameters, the l.facebook.com/l.php link shim query and signatures from bare URLs', () => {
    const a = normalizePolicyText(
      'Visit https://l.facebook.com/l.php?u=https%3A%2F%2Fhelp.instagram.com&h=AT0abc&fbclid=xyz now.',
    );
    const b = normalizePolicyText(
      'Visit https://l.facebook.com/l.php?u=https%3A%2F%2Fhelp.instagram.com&h=AT9zzz now.',
    );
    expect(a).toBe(b);
    expect(normalizePolicyText('See https://example.com/page?utm_source=mail&utm_medium=x#top.')).toBe(
      'See https://example.com/page.',
    );
    expect(
      normalizePolicyText('[Play Video](https://video.xx.fbcdn.net/v/t39.25447-2/1.mp4?_nc_cat=1&oh=00_AfA&oe=6750)'),
    ).toBe(
      normalizePolicyText('[Play Video](https://video.xx.fbcdn.net/v/t39.25447-2/1.mp4?_nc_cat=9&oh=00_XYZ&oe=6799)'),
    );
  });

  it('folds typographic quotes, dashes, non-breaking spaces and reflowed lines', () => {
    const curly = 'We’ll use this information — the “terms” — for\u00a0you.';
    const straight = 'We\'ll use this information - the "terms" - for\nyou.';
    expect(normalizePolicyText(curly)).toBe(normalizePolicyText(straight));
  });

  it('turns list numbering and bullets into "- " and removes Markdown emphasis', () => {
    expect(normalizePolicyText('1. **Threads Profile Information**: We collect')).toBe(
      '- Threads Profile Information: We collect',
    );
    expect(normalizePolicyText('*   _Public content_ you create')).toBe('- Public content you create');
  });

  it('converts setext headings and keeps table rows as rows without separator lines', () => {
    const markdown =
      'Legal basis information\n=======================\n\n| a | b |\n| --- | --- |\n| [x](http://y) <br>* z | c |';
    expect(normalizePolicyText(markdown)).toBe(
      '# Legal basis information\n\n| ### a | ### b |\n\n| [x] <br> - z | c |',
    );
  });

  it('converts HTML to the same Markdown form, without a DOM', () => {
    const html =
      '<html><body><h2>How long do we keep your information?</h2><p>We keep information as long as we need it to provide our Products, <a href="https://www.facebook.com/help/?ref=x">learn more</a>.</p><ul><li>Comply with legal obligations</li></ul><table><tr><th>Why</th><th>Data</th></tr><tr><td>Develop and improve AI<br>at Meta</td><td>Public content</td></tr></table></body></html>';
    const markdown =
      '## How long do we keep your information?\n\nWe keep information as long as we need it to provide our Products, [learn more](https://www.facebook.com/help/).\n\n- Comply with legal obligations\n\n| ### Why | ### Data |\n\n| Develop and improve AI <br> at Meta | Public content |';
    expect(normalizePolicyText(html)).toBe(normalizePolicyText(markdown));
    expect(normalizePolicyText(html)).toContain('[learn more]');
  });

  it('drops the target of a link whose label spans a blank line (Facebook contrib, Sept 2022)', () => {
    const markdown =
      '[![Une bulle de texte avec un point d’exclamation à l’intérieur.](/images/assets_DO_NOT_HARDCODE/company_brand_privacy_center_policy/Privacy-2021-CompanyBrand-61-Mobile.png)\n\nVous opposer](https://fr-fr.facebook.com/privacy/policy/?subpage=7.subpage.11-ObjectYouHaveThe)';
    expect(normalizePolicyText(markdown)).toBe(
      "Une bulle de texte avec un point d'exclamation à l'intérieur.\n\nVous opposer",
    );
  });

  it('decodes HTML entities', () => {
    expect(
      normalizePolicyText('<p>Meta&rsquo;s &amp; partners&#39; data &eacute;t&eacute;</p><p>second</p><p>third</p>'),
    ).toBe("Meta's & partners' data été\n\nsecond\n\nthird");
  });

  it.skipIf(!corpusAvailable)('is idempotent on a real 200 KB version', () => {
    if (!corpusAvailable) return console.warn(CORPUS_SKIP_REASON);
    const once = normalizePolicyText(readVersion('Facebook/privacy-policy.pga/2025-05-28T00-30-56Z.md'));
    expect(once.length).toBeGreaterThan(100_000);
    expect(once).not.toMatch(/\]\(/);
    expect(normalizePolicyText(once)).toBe(once);
  });
});
