import { describe, expect, it } from 'vitest';
import { hostMatches, pathMatches } from './url-patterns';

// Path patterns as the registry writes them (schema.ts): "*" any text, "{locale}" one locale segment, compared
// without case, with or without a trailing slash. Literal paths and literal prefixes are compared as strings, the
// rest as regular expressions: both forms are exercised here.

const matches = (pattern: string, path: string) => pathMatches(pattern, path) !== null;

describe('pathMatches', () => {
  it('matches a literal path exactly, without case, with or without the trailing slash', () => {
    expect(matches('/privacy/policy', '/privacy/policy')).toBe(true);
    expect(matches('/privacy/policy', '/privacy/policy/')).toBe(true);
    expect(matches('/privacy/policy/', '/privacy/policy')).toBe(true);
    expect(matches('/privacy/policy', '/Privacy/Policy')).toBe(true);
    expect(matches('/privacy/policy', '/privacy/policy/printable')).toBe(false);
    expect(matches('/privacy/policy', '/privacy/polic')).toBe(false);
    expect(matches('/privacy/policy', '/privacy/policy//')).toBe(false);
    expect(matches('/', '/')).toBe(true);
    expect(matches('/', '/privacy')).toBe(false);
  });

  it('matches a prefix pattern on anything that starts with it, and nothing else', () => {
    expect(matches('/privacy/policy*', '/privacy/policy')).toBe(true);
    expect(matches('/privacy/policy*', '/privacy/policy/printable/')).toBe(true);
    expect(matches('/privacy/policy*', '/PRIVACY/policy/')).toBe(true);
    expect(matches('/privacy/policy*', '/privacy/polic')).toBe(false);
    expect(matches('/privacy/policy*', '/en/privacy/policy')).toBe(false);
    expect(matches('/help/contact/712876720715583*', '/help/contact/712876720715583')).toBe(true);
    expect(matches('/settings/*', '/settings')).toBe(false);
    expect(matches('/settings/*', '/settings/ai')).toBe(true);
  });

  it('takes the pattern’s other characters literally', () => {
    expect(matches('/policy.php*', '/policy.php?x')).toBe(true);
    expect(matches('/policy.php*', '/policyXphp')).toBe(false);
    expect(matches('/legal/(old)', '/legal/(old)/')).toBe(true);
    expect(matches('/legal/(old)', '/legal/old')).toBe(false);
  });

  it('matches "*" inside a pattern and returns the {locale} segment', () => {
    expect(matches('/static*privacy*', '/static/terms/privacy/en')).toBe(true);
    expect(matches('/static*privacy*', '/static/terms')).toBe(false);
    expect(pathMatches('/{locale}/privacy*', '/de-de/privacy/')).toEqual({ locale: 'de-de' });
    expect(pathMatches('/{locale}/privacy*', '/privacy/')).toBeNull();
    expect(pathMatches('/legal/page/*/privacy-policy/{locale}', '/legal/page/us/privacy-policy/fr_FR')).toEqual({
      locale: 'fr_FR',
    });
    expect(pathMatches('/privacy/policy*', '/privacy/policy')).toEqual({ locale: null });
  });
});

describe('hostMatches', () => {
  it('takes "*." for the domain and every subdomain, anything else exactly', () => {
    expect(hostMatches('*.facebook.com', 'facebook.com')).toBe(true);
    expect(hostMatches('*.facebook.com', 'de-de.facebook.com')).toBe(true);
    expect(hostMatches('*.facebook.com', 'notfacebook.com')).toBe(false);
    expect(hostMatches('help.meta.com', 'help.meta.com')).toBe(true);
    expect(hostMatches('help.meta.com', 'www.help.meta.com')).toBe(false);
  });
});
