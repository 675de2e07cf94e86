import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';

// The storage running out in the built extension: IndexedDB's QuotaExceededError is simulated in the service worker
// (every write of a text fails, as when the disk is full). The capture is refused, nothing half-written is left, the
// user gets a notification and the status the popup and options page can show; after a restart, captures work again.

const HOST = 'www.facebook.com';
const PATH = '/privacy/policy/';
const POLICY_URL = `https://${HOST}${PATH}`;
const STATUS_KEY = 'history.storageStatus';

describe('storage full', () => {
  const ext = useExtension();

  const versions = async () => ((await ext().readIndexedDb('policy-watch', 'versions')) ?? []).length;
  const texts = async () => ((await ext().readIndexedDb('policy-watch', 'texts')) ?? []).length;

  it('tells the user when a capture cannot be stored, and stores it once there is room again', async () => {
    const baseline = await ext().openPage(POLICY_URL);
    await expect.poll(versions, { timeout: 20_000 }).toBe(1);
    await baseline.close();

    const worker = await ext().ensureServiceWorker();
    await worker.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'texts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    ext().server.setVariant(HOST, PATH, 'v2');
    const full = await ext().openPage(POLICY_URL);
    await expect.poll(ext().openNotificationIds, { timeout: 20_000 }).toContain('policy-watch:storage');
    const status = (await ext().storageGet(STATUS_KEY))[STATUS_KEY] as { full: boolean; removed: number };
    expect(status).toMatchObject({ full: true, removed: 0 });
    expect(await versions()).toBe(1);
    expect(await texts()).toBe(1);
    await full.close();

    // A restarted worker runs without the simulation: the disk has room again.
    await ext().stopServiceWorker();
    const again = await ext().openPage(POLICY_URL);
    await expect.poll(versions, { timeout: 20_000 }).toBe(2);
    expect(await texts()).toBe(2);
    await again.close();
  });
});
