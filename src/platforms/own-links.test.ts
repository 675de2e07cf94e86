import { describe, expect, it } from 'vitest';
import { COMPACT_PLATFORMS } from './compact';
import { isOwnLink, ownLinkRefusal } from './own-links';
import { getPlatform } from './registry';

const facebook = getPlatform('facebook')!;
const threads = getPlatform('threads')!;

describe('own links (one rule for captured, imported and opened objection links)', () => {
  it('accepts https links on the platform, its documents and its routes', () => {
    expect(isOwnLink('https://www.facebook.com/help/contact/367438723733209', facebook)).toBe(true);
    expect(isOwnLink('https://help.meta.com/support/privacy/', facebook)).toBe(true);
    // Threads' route URL is on help.meta.com without a hosts entry: the URL's host counts.
    expect(isOwnLink('https://help.meta.com/support/privacy/', threads)).toBe(true);
    expect(isOwnLink('https://FACEBOOK.com./help/', facebook)).toBe(true);
  });

  it('refuses script, data, file and plain http links, with the reason', () => {
    expect(ownLinkRefusal('javascript:alert(1)', facebook)).toBe('javascript: is not https');
    expect(ownLinkRefusal('data:text/html,<b>x</b>', facebook)).toBe('data: is not https');
    expect(ownLinkRefusal('file:///etc/passwd', facebook)).toBe('file: is not https');
    expect(ownLinkRefusal('http://www.facebook.com/help/', facebook)).toBe('http: is not https');
    expect(ownLinkRefusal('not a url', facebook)).toBe('not a URL');
  });

  it('refuses look-alike hosts and credentials in the URL', () => {
    for (const href of [
      'https://www.facebook.com.object-form.example/help/',
      'https://facebook.com-privacy.example/',
      'https://xn--facebok-y0a.com/help/',
      'https://wwwfacebook.com/help/',
      'https://www.instagram.com/accounts/', // another platform's host is not Facebook's
    ])
      expect(isOwnLink(href, facebook), href).toBe(false);
    expect(ownLinkRefusal('https://user:pw@www.facebook.com/help/', facebook)).toBe('carries a user name or password');
  });

  it('gives the content script’s compact registry the same answers for route hosts', () => {
    const compact = COMPACT_PLATFORMS.find((p) => p.id === 'facebook')!;
    expect(isOwnLink('https://help.meta.com/support/privacy/', compact)).toBe(true);
    expect(isOwnLink('https://evil.example/', compact)).toBe(false);
  });
});
