import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePolicyChange } from '../analysis';
import { facebookText } from '../history/testing';
import type { PolicyVersion } from '../history/types';
import { languageItem, notificationsOnItem } from '../settings';
import { alertChange, NOTIFICATION_BUTTON, notificationIdFor, openFromNotification, openObjectionFor } from './alerts';
import { notificationsShown } from './testing';

const report = analyzePolicyChange(facebookText('2025-04-23T12-31-08Z.md'), facebookText('2025-05-28T00-30-56Z.md'));

function changedVersion(overrides: Partial<PolicyVersion> = {}): PolicyVersion {
  return {
    id: crypto.randomUUID(),
    platformId: 'facebook',
    documentId: 'privacy-policy',
    locale: 'en',
    textHash: 'a'.repeat(64),
    capturedAt: '2025-05-28T00:30:56.000Z',
    lastSeenAt: '2025-05-28T00:30:56.000Z',
    url: 'https://www.facebook.com/privacy/policy/',
    source: 'visit',
    extractorVersion: 1,
    language: 'en',
    chars: 1000,
    report,
    previousId: 'previous',
    unseen: true,
    ...overrides,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
});

describe('change notifications', () => {
  it('shows one notification per version, however often it is reported', async () => {
    const version = changedVersion();
    const results = await Promise.all([alertChange(version), alertChange(version), alertChange(version)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const shown = notificationsShown();
    expect(Object.keys(shown)).toEqual([notificationIdFor(version.id)]);
    // The browser is French: a French title, and the two buttons (Facebook has an objection route).
    expect(shown[notificationIdFor(version.id)]?.title).toMatch(/entraîner l’IA/);
    expect(shown[notificationIdFor(version.id)]?.buttons?.map((b) => b.title)).toEqual([
      'Voir les changements',
      'S’opposer',
    ]);
  });

  it('follows the language setting over the browser language', async () => {
    await languageItem.setValue('de');
    const version = changedVersion();
    await alertChange(version);
    expect(notificationsShown()[notificationIdFor(version.id)]?.title).toMatch(/KI/);
  });

  it('stays silent for noise, for seen versions and when notifications are off', async () => {
    expect(await alertChange(changedVersion({ report: { ...report, material: false } }))).toBe(false);
    expect(await alertChange(changedVersion({ unseen: false }))).toBe(false);
    await notificationsOnItem.setValue(false);
    expect(await alertChange(changedVersion())).toBe(false);
    expect(Object.keys(notificationsShown())).toHaveLength(0);
  });

  it('opens the diff from the body or first button, and the objection walkthrough from the second', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const id = notificationIdFor('v-123');
    await openFromNotification(id, 0);
    expect(create).toHaveBeenLastCalledWith({ url: `${fakeBrowser.runtime.getURL('/options.html')}#/diff/v-123` });
    await openFromNotification('someone-else', 0);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('"Object" opens the route the changed policy links, at the policy’s own link', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const href = 'https://help.meta.com/support/privacy/?entry_point=POLICY_SUBPAGE%3A7.subpage.11-ObjectYouHaveThe';
    await openObjectionFor(changedVersion({ objectionLinks: [{ href, text: 'right to object to', context: '' }] }));
    expect(create).toHaveBeenLastCalledWith({ url: href, active: true });
    // A policy that links the 2024 form: that form, not the registry's first route.
    const old = 'https://www.facebook.com/help/contact/367438723733209';
    await openObjectionFor(changedVersion({ objectionLinks: [{ href: old, text: 'object', context: '' }] }));
    expect(create).toHaveBeenLastCalledWith({ url: old, active: true });
  });

  it('the second button is "Object", the first "See what changed"', async () => {
    await languageItem.setValue('en');
    const version = changedVersion();
    await alertChange(version);
    const shown = notificationsShown()[notificationIdFor(version.id)] as { buttons?: { title: string }[] } | undefined;
    expect(shown?.buttons?.[NOTIFICATION_BUTTON.object]?.title).toBe('Object');
    expect(shown?.buttons?.[NOTIFICATION_BUTTON.openDiff]?.title).toBe('See what changed');
  });
});
