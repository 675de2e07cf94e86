import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emailToFill, rememberEmail, savedEmail, savedEmailConsent } from './walkthrough';

beforeEach(() => fakeBrowser.reset());

describe('saved email', () => {
  it('is not filled in without consent, even if an address is stored', async () => {
    await savedEmail.setValue('me@example.org');
    expect(await emailToFill()).toBeNull();
  });

  it('is remembered with consent and forgotten entirely when withdrawn', async () => {
    await rememberEmail(' me@example.org ');
    expect(await emailToFill()).toBe('me@example.org');
    await rememberEmail(null);
    expect(await emailToFill()).toBeNull();
    expect(await savedEmail.getValue()).toBeNull();
    expect(await savedEmailConsent.getValue()).toBe(false);
  });
});
