import { describe, expect, it } from 'vitest';
import { classifyUrl } from './classify-url';
import { PLATFORMS } from './registry';

const policy = (platformId: string, urlLocale: string | null = null) => ({
  platformId,
  pageType: 'policy',
  documentId: 'privacy-policy',
  routeId: null,
  urlLocale,
});

describe('classifyUrl on real policy URLs', () => {
  it.each([
    ['https://www.facebook.com/privacy/policy/', policy('facebook')],
    [
      'https://www.facebook.com/privacy/policy/?entry_point=data_policy_redirect&locale=de_DE',
      policy('facebook', 'de-DE'),
    ],
    ['https://de-de.facebook.com/privacy/policy/', policy('facebook', 'de-DE')],
    ['https://fr-fr.facebook.com/privacy/explanation/', policy('facebook', 'fr-FR')],
    ['https://m.facebook.com/privacy/policy/', policy('facebook')],
    ['https://mbasic.facebook.com/privacy/policy/printable/', policy('facebook')],
    ['https://www.facebook.com/policy.php', policy('facebook')],
    ['https://privacycenter.instagram.com/policy', policy('instagram')],
    ['https://privacycenter.instagram.com/policy/?locale=fr_FR', policy('instagram', 'fr-FR')],
    ['https://help.instagram.com/519522125107875', policy('instagram')],
    ['https://help.instagram.com/515230437301944/?helpref=uf_share', policy('threads')],
    ['https://www.whatsapp.com/legal/privacy-policy-eea?lang=en', policy('whatsapp', 'en')],
    ['https://x.com/en/privacy', policy('x', 'en')],
    ['https://x.com/de/privacy', policy('x', 'de')],
    ['https://twitter.com/privacy', policy('x')],
    ['https://www.linkedin.com/legal/privacy-policy', policy('linkedin')],
    ['https://de.linkedin.com/legal/privacy/eu', policy('linkedin')],
    ['https://policies.google.com/privacy?hl=de', policy('google', 'de')],
    ['https://policies.google.com/privacy?hl=en-GB&gl=IE', policy('google', 'en-GB')],
    ['https://www.youtube.com/t/privacy', policy('youtube')],
    ['https://www.tiktok.com/legal/page/eea/privacy-policy/en', policy('tiktok', 'en')],
    ['https://www.tiktok.com/legal/privacy-policy-eea?lang=de', policy('tiktok', 'de')],
    ['https://www.snap.com/en-GB/privacy/privacy-policy', policy('snapchat', 'en-GB')],
    ['https://values.snap.com/de-DE/privacy/privacy-policy', policy('snapchat', 'de-DE')],
    ['https://policy.pinterest.com/fr/privacy-policy', policy('pinterest', 'fr')],
    ['https://www.redditinc.com/policies/privacy-policy', policy('reddit')],
  ])('%s', (url, expected) => {
    expect(classifyUrl(url)).toEqual(expected);
  });
});

describe('classifyUrl on objection forms and settings', () => {
  it.each([
    ['https://www.facebook.com/help/contact/712876720715583', 'facebook', 'objection-form', 'meta-ai-facebook', null],
    [
      'https://de-de.facebook.com/help/contact/712876720715583',
      'facebook',
      'objection-form',
      'meta-ai-facebook',
      'de-DE',
    ],
    [
      'https://fr-fr.facebook.com/help/contact/712876720715583/',
      'facebook',
      'objection-form',
      'meta-ai-facebook',
      'fr-FR',
    ],
    ['https://www.facebook.com/help/contact/6359191084165019', 'facebook', 'objection-form', 'meta-ai-facebook', null],
    [
      'https://www.facebook.com/help/contact/1266025207620918',
      'facebook',
      'objection-form',
      'meta-ai-third-party',
      null,
    ],
    ['https://help.instagram.com/contact/767264225370182', 'instagram', 'objection-form', 'meta-ai-instagram', null],
    [
      'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
      'linkedin',
      'settings',
      'linkedin-ai-training',
      null,
    ],
    [
      'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
      'linkedin',
      'objection-form',
      'linkedin-objection-form',
      null,
    ],
    ['https://x.com/settings/grok_settings', 'x', 'settings', 'x-grok-training', null],
    ['https://help.x.com/en/forms/privacy', 'x', 'objection-form', 'x-privacy-contact', 'en'],
    ['https://www.tiktok.com/legal/report/DPO', 'tiktok', 'objection-form', 'tiktok-dpo', null],
  ])('%s', (url, platformId, pageType, routeId, urlLocale) => {
    expect(classifyUrl(url)).toEqual({ platformId, pageType, documentId: null, routeId, urlLocale });
  });

  it('recognises settings pages without a route and ordinary pages as "other"', () => {
    expect(classifyUrl('https://www.facebook.com/settings/?tab=privacy')).toMatchObject({
      platformId: 'facebook',
      pageType: 'settings',
    });
    expect(classifyUrl('https://x.com/settings/privacy_and_safety')).toMatchObject({
      platformId: 'x',
      pageType: 'settings',
    });
    expect(classifyUrl('https://www.facebook.com/')).toMatchObject({
      platformId: 'facebook',
      pageType: 'other',
      routeId: null,
    });
    expect(classifyUrl('https://www.facebook.com/groups/privacypolicy')).toMatchObject({ pageType: 'other' });
    expect(classifyUrl('https://www.instagram.com/p/Cx1/')).toMatchObject({
      platformId: 'instagram',
      pageType: 'other',
    });
    expect(classifyUrl('https://policies.google.com/privacy/frameworks')).toMatchObject({
      platformId: 'google',
      pageType: 'other',
    });
  });

  it('returns null off the registry and for what is not a web URL', () => {
    expect(classifyUrl('https://example.com/privacy/policy')).toBeNull();
    expect(classifyUrl('https://notfacebook.com/privacy/policy')).toBeNull();
    expect(classifyUrl('https://www.google.com/search?q=privacy')).toBeNull();
    expect(classifyUrl('chrome://extensions')).toBeNull();
    expect(classifyUrl('not a url')).toBeNull();
  });
});

describe('classifyUrl agrees with the registry', () => {
  // Every path pattern of the data, made concrete, must come back as its own platform and document or route:
  // this catches patterns that overlap between platforms or that an earlier pattern shadows.
  const concrete = (pattern: string) => pattern.replaceAll('{locale}', 'en').replaceAll('*', '');
  const hostFor = (hosts: readonly string[]) => (hosts[0] ?? '').replace(/^\*\./, 'www.');
  for (const p of PLATFORMS) {
    for (const d of p.documents) {
      for (const path of d.paths) {
        it(`${p.id} ${d.id} ${path}`, () => {
          const result = classifyUrl(`https://${hostFor(d.hosts ?? p.hosts)}${concrete(path)}`);
          expect(result).toMatchObject({ platformId: p.id, pageType: 'policy', documentId: d.id });
        });
      }
    }
    for (const r of p.objectionRoutes) {
      for (const path of r.paths) {
        it(`${p.id} ${r.id} ${path}`, () => {
          const result = classifyUrl(`https://${hostFor(r.hosts ?? p.hosts)}${concrete(path)}`);
          expect(result).toMatchObject({ platformId: p.id, routeId: r.id });
        });
      }
    }
  }
});
