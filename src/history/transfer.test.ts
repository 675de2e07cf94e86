import { describe, expect, it } from 'vitest';
import { FACEBOOK_DOC, facebookCapture, freshStore } from './testing';

describe('export and import', () => {
  it('round-trips the history and merges without duplicates', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture('2025-04-23T12-31-08Z.md'));
    await store.recordCapture(facebookCapture('2025-05-28T00-30-56Z.md'));
    const exported = JSON.parse(JSON.stringify(await store.exportAll()));

    const { store: other } = freshStore();
    const result = await other.importAll(exported);
    expect(result).toMatchObject({ versionsAdded: 2, versionsSkipped: 0, textsAdded: 2, rejected: [] });
    const versions = await other.listVersions(FACEBOOK_DOC);
    expect(versions.map((v) => v.id).sort()).toEqual(exported.versions.map((v: { id: string }) => v.id).sort());
    expect(versions[1]?.previousId).toBe(versions[0]?.id);
    expect(await other.getText(versions[1]?.id ?? '')).toBe(facebookCapture('2025-05-28T00-30-56Z.md').text);
    expect(await other.unseenCount()).toBe(0);

    const again = await other.importAll(exported);
    expect(again).toMatchObject({ versionsAdded: 0, versionsSkipped: 2 });
    expect(await other.listVersions(FACEBOOK_DOC)).toHaveLength(2);
  });

  it('refuses a text that does not match its hash and the versions that need it', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture('2025-04-23T12-31-08Z.md'));
    const exported = JSON.parse(JSON.stringify(await store.exportAll()));
    exported.texts[0].text = `${exported.texts[0].text}\n\nWe may sell your data.`;
    const { store: other } = freshStore();
    const result = await other.importAll(exported);
    expect(result.versionsAdded).toBe(0);
    expect(result.rejected).toHaveLength(2);
    expect(await other.listDocuments()).toEqual([]);
  });

  it('throws on something that is not an export', async () => {
    const { store } = freshStore();
    await expect(store.importAll({ hello: 'world' })).rejects.toThrow(/not a Policy Watch history export/);
  });

  it('deleteAll empties versions and texts', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture('2025-04-23T12-31-08Z.md'));
    await store.deleteAll();
    expect(await store.storageEstimate()).toMatchObject({ versions: 0, texts: 0 });
  });
});
