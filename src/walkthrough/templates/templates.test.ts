import { describe, expect, it } from 'vitest';
import { mailtoLink, objectionLetter } from './objection-letter';
import { reasonTemplates } from './reasons';

describe('reason templates', () => {
  it('offers the same situations in English, German and French, each citing Art. 21(1)', () => {
    const ids = reasonTemplates('en').map((r) => r.id);
    expect(reasonTemplates('de').map((r) => r.id)).toEqual(ids);
    expect(reasonTemplates('fr').map((r) => r.id)).toEqual(ids);
    for (const [lang, cite] of [
      ['en', 'Article 21(1) GDPR'],
      ['de', 'Art. 21 Abs. 1 DSGVO'],
      ['fr', 'article 21, paragraphe 1, du RGPD'],
    ] as const) {
      for (const r of reasonTemplates(lang)) expect(r.text, `${lang}/${r.id}`).toContain(cite);
    }
  });
});

describe('objection letter', () => {
  const input = { platformName: 'Reddit', accountEmail: null };

  it('names the platform and leaves a visible gap for what only the user knows', () => {
    const letter = objectionLetter('de', input);
    expect(letter.subject).toContain('Reddit');
    expect(letter.body).toContain('Art. 21 Abs. 1 DSGVO');
    expect(letter.body).toContain('[E-Mail-Adresse deines Kontos]');
    expect(objectionLetter('en', { ...input, accountEmail: 'me@example.org' }).body).toContain('me@example.org');
  });

  it('builds a mailto link that round-trips subject and body, line breaks and accents included', () => {
    const letter = objectionLetter('fr', input);
    const link = new URL(mailtoLink('dpo@reddit.com', letter));
    expect(link.protocol).toBe('mailto:');
    expect(link.pathname).toBe('dpo@reddit.com');
    expect(link.searchParams.get('subject')).toBe(letter.subject);
    expect(decodeURIComponent(link.search.split('&body=')[1]!)).toBe(letter.body);
  });
});
