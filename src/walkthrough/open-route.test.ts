import { describe, expect, it } from 'vitest';
import { getPlatform } from '../platforms/registry';
import { ownRouteUrl } from './open-route';

describe('a policy link checked again where it is opened', () => {
  const route = getPlatform('facebook')!.objectionRoutes.find((r) => r.id === 'meta-privacy-objection')!;

  it('opens the policy’s own https link on the platform’s hosts', () => {
    expect(ownRouteUrl(route, 'https://help.meta.com/support/privacy/')).toBe('https://help.meta.com/support/privacy/');
    expect(ownRouteUrl(route, 'https://www.facebook.com/help/contact/367438723733209')).toBe(
      'https://www.facebook.com/help/contact/367438723733209',
    );
    expect(ownRouteUrl(route, undefined)).toBeUndefined();
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'https://www.facebook.com.objection-help.example/form',
    'http://www.facebook.com/help/contact/367438723733209',
  ])('drops %s for the registry’s URL', (url) => {
    expect(ownRouteUrl(route, url)).toBeUndefined();
  });
});
