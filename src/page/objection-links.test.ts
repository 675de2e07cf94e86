import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../platforms/classify-url';
import { COMPACT_PLATFORMS } from '../platforms/compact';
import { findObjectionLinks, isObjectionLinkText, linkTarget } from './objection-links';

// The objection links of real policies (../shared/realpages, FORMS.md §1): which route each dated policy linked to.

const REALPAGES = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/realpages');
const isPolicy = (href: string) => classifyUrl(href, COMPACT_PLATFORMS)?.pageType === 'policy';

function realPage(file: string): Document {
  const html = readFileSync(join(REALPAGES, file), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*>/g, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

function linksOf(file: string, url: string) {
  return findObjectionLinks(realPage(file).body, url, isPolicy);
}

const PRINTABLE = 'https://mbasic.facebook.com/privacy/policy/printable/';

describe.skipIf(!existsSync(REALPAGES))('objection links in real policies', () => {
  it('Meta EU policy, Nov 2025: "right to object to" → help/contact/367438723733209', { timeout: 30_000 }, () => {
    const links = linksOf('facebook/2025-11-11_genai-eu_en-eu_privacy-policy-meta-mbasic-printable.html', PRINTABLE);
    expect(links[0]).toMatchObject({
      text: 'right to object to',
      context: 'You have the right to object to and restrict certain processing of your information.',
    });
    expect(new URL(links[0]!.href).pathname).toBe('/help/contact/367438723733209');
    // The legal-basis section's "visit the [Facebook settings] ... [Instagram settings]" are objection forms too.
    expect(links.map((l) => new URL(l.href).pathname)).toContain('/help/contact/1994830130782319');
    expect(links.map((l) => l.href)).toContain(
      'https://help.instagram.com/contact/117037592428568?entry_point=POLICY_SUBSECTION%3A18.4-LegitimateInterestsWeRely',
    );
  });

  it('Meta EU policy, Aug 2026: the same words now link help.meta.com/support/privacy', { timeout: 30_000 }, () => {
    const links = linksOf('facebook/2026-08-22_genai-eu_en-eu_privacy-policy-meta-mbasic-printable.html', PRINTABLE);
    expect(links[0]?.text).toBe('right to object to');
    expect(links[0]?.href).toMatch(/^https:\/\/help\.meta\.com\/support\/privacy\/\?entry_point=/);
    expect(links.some((l) => l.href.includes('367438723733209'))).toBe(false);
  });

  it('the non-EU and Hindi builds link no objection route', { timeout: 30_000 }, () => {
    expect(
      linksOf('facebook/2026-08-22_genai-contrib_en-noneu_privacy-policy-meta-mbasic-printable.html', PRINTABLE),
    ).toEqual([]);
    expect(linksOf('facebook/2025-05-27_india_hi-in_privacy-policy-meta-mbasic-printable.html', PRINTABLE)).toEqual([]);
  });

  it('German 2021 and French 2022 policies: „Widerspruch einzulegen“, « droit de vous opposer »', {
    timeout: 30_000,
  }, () => {
    const de = linksOf(
      'facebook/2021-09-07_ndpnt-de_de-de_data-policy-de-logged-out-header.html',
      'https://de-de.facebook.com/about/privacy',
    );
    expect(de).toContainEqual(
      expect.objectContaining({
        text: 'das Recht Widerspruch einzulegen',
        href: 'https://www.facebook.com/help/contact/1994830130782319',
      }),
    );
    const fr = linksOf(
      'instagram/2022-05-04_france-elections-experiment_fr-fr_data-policy-help.instagram.com-fr.html',
      'https://help.instagram.com/519522125107875',
    );
    expect(fr).toContainEqual(
      expect.objectContaining({
        text: 'droit de vous opposer',
        href: 'https://help.instagram.com/contact/1845713985721890',
      }),
    );
  });
});

describe('objection link texts', () => {
  it('takes the texts the real policies use, in three languages', () => {
    for (const text of [
      'object',
      'Object',
      'right to object to',
      'opt out',
      'widersprechen',
      'Widerspruchsrecht',
      'droit d’opposition',
      'vous opposer',
    ])
      expect(isObjectionLinkText(text, ''), text).toBe(true);
  });

  it('takes a "where" text only in a sentence about objecting', () => {
    expect(
      isObjectionLinkText(
        'Facebook settings',
        'you have the right to object to such processing; visit the Facebook settings',
      ),
    ).toBe(true);
    expect(isObjectionLinkText('Einstellungen', 'Du kannst der Nutzung in deinen Einstellungen widersprechen.')).toBe(
      true,
    );
    expect(isObjectionLinkText('settings', 'You can change your ad preferences in your settings.')).toBe(false);
    expect(isObjectionLinkText('here', 'Read more about cookies here.')).toBe(false);
  });

  it('does not take words that only contain "object"', () => {
    for (const text of ['subject to', 'objectives', 'Google Analytics Opt-out Browser Add-on', 'Privacy Policy'])
      expect(isObjectionLinkText(text, 'you may object'), text).toBe(false);
  });
});

describe('link targets', () => {
  const page = 'https://www.facebook.com/privacy/policy/';
  it('unwraps the platforms’ link shims', () => {
    expect(
      linkTarget('https://l.facebook.com/l.php?u=https%3A%2F%2Fhelp.meta.com%2Fsupport%2Fprivacy%2F&h=AT0', page),
    ).toBe('https://help.meta.com/support/privacy/');
    expect(
      linkTarget(
        'https://mbasic.facebook.com/privacy/policy/logging/?target=X&redirect_uri=https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact%2F367438723733209',
        page,
      ),
    ).toBe('https://www.facebook.com/help/contact/367438723733209');
  });

  it('refuses same-page anchors, mail and script links; resolves relative ones', () => {
    expect(linkTarget('#7.subpage.11-ObjectYouHaveThe', page)).toBeNull();
    expect(linkTarget('mailto:dpo@example.org', page)).toBeNull();
    expect(linkTarget('javascript:alert(1)', page)).toBeNull();
    expect(linkTarget('/help/contact/367438723733209', page)).toBe(
      'https://www.facebook.com/help/contact/367438723733209',
    );
  });

  it('finds links in markup, one per target, and skips links back to the policy itself', () => {
    document.body.innerHTML = `<div role="main"><p>Vous avez le droit de vous <a href="https://www.facebook.com/help/contact/6359191084165019">opposer</a>.
      En savoir plus sur votre <a href="https://www.facebook.com/help/contact/6359191084165019"><span>droit d’</span><span>opposition</span></a>.</p>
      <p><a href="https://fr-fr.facebook.com/privacy/policy/?subpage=7.subpage.11-ObjectYouHaveThe">Vous opposer</a></p></div>`;
    const links = findObjectionLinks(document.body, page, isPolicy);
    expect(links).toEqual([
      {
        href: 'https://www.facebook.com/help/contact/6359191084165019',
        text: 'opposer',
        context: 'Vous avez le droit de vous opposer.',
      },
    ]);
  });
});
