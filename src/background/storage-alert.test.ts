import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageStatusItem } from '../settings';
import { afterCapture } from './after-capture';
import { STORAGE_NOTIFICATION_ID } from './storage-alert';
import { notificationsShown } from './testing';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
});

describe('telling the user the storage ran full', () => {
  it('says how many older versions pruning removed, and keeps the status for the popup and options page', async () => {
    await afterCapture({ kind: 'refused', reason: 'capture is empty' });
    expect(notificationsShown()).toEqual({});
    expect(await storageStatusItem.getValue()).toBeNull();

    await afterCapture({ kind: 'refused', reason: 'storage full', storage: { removed: 4, full: false } });
    expect(notificationsShown()[STORAGE_NOTIFICATION_ID]?.message).toMatch(/^4 older policy version\(s\) were removed/);
    expect(await storageStatusItem.getValue()).toMatchObject({ removed: 4, full: false });
  });

  it('says so when even pruning did not make room and a capture was lost', async () => {
    await afterCapture({ kind: 'refused', reason: 'storage full', storage: { removed: 0, full: true } });
    expect(notificationsShown()[STORAGE_NOTIFICATION_ID]?.message).toMatch(/could not be saved/);
    expect(await storageStatusItem.getValue()).toMatchObject({ removed: 0, full: true });
  });
});
