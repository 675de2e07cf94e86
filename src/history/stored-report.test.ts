import { describe, expect, it, vi } from 'vitest';
import { openHistoryDb, STORE } from './db';
import { FACEBOOK_DOC, facebookCapture, freshStore } from './testing';

// A version's report is stored with its block changes deflated (records.ts): the history of the 42-version Facebook
// series took 6.1 MB of plain report objects beside 1.3 MB of texts. Reading gives back the same report; a record of
// the older, plain form still reads; a record whose deflated changes are damaged is set aside, the others kept.

async function storeWithChange() {
  const { store, name } = freshStore();
  await store.recordCapture(facebookCapture('2025-04-23T12-31-08Z.md'));
  const change = await store.recordCapture(facebookCapture('2025-05-28T00-30-56Z.md'));
  if (change.kind !== 'changed' || !change.version.report) throw new Error(change.kind);
  return { store, name, version: change.version, report: change.version.report };
}

describe('stored reports', () => {
  it('keeps the block changes deflated and reads the very same report back', async () => {
    const { store, name, version, report } = await storeWithChange();
    const raw = (await (await openHistoryDb(name)).get(STORE.versions, version.id)) as {
      report: Record<string, unknown>;
      changesZ: Uint8Array;
    };
    expect(raw.report.changes).toBeUndefined();
    expect(raw.report.material).toBe(true);
    const plainBytes = new TextEncoder().encode(JSON.stringify(report.changes)).length;
    expect(raw.changesZ.length).toBeLessThan(plainBytes / 4);
    expect((await store.getVersion(version.id))?.report).toEqual(report);
    expect(await store.markSeen(version.id)).toBe(1);
    expect((await store.getVersion(version.id))?.report).toEqual(report);
  });

  it('reads a record of the older plain form, and sets aside one whose deflated changes are damaged', async () => {
    const { store, name, version, report } = await storeWithChange();
    const db = await openHistoryDb(name);
    const { changesZ: _z, ...plainForm } = (await db.get(STORE.versions, version.id)) as Record<string, unknown>;
    await db.put(STORE.versions, { ...plainForm, report });
    expect((await store.getVersion(version.id))?.report).toEqual(report);

    const raw = (await db.get(STORE.versions, version.id)) as Record<string, unknown>;
    await db.put(STORE.versions, {
      ...raw,
      report: { ...(raw.report as object), changes: undefined },
      changesZ: new Uint8Array([1, 2, 3]),
    });
    const left = await store.listVersions(FACEBOOK_DOC);
    expect(left.map((v) => v.id)).not.toContain(version.id);
    expect(left).toHaveLength(1);
    expect(await db.count(STORE.quarantine)).toBe(1);
  });

  it('sets aside a version whose report an older analysis schema wrote, keeping the rest and the next capture', async () => {
    const { store, name, version } = await storeWithChange();
    const db = await openHistoryDb(name);
    const raw = (await db.get(STORE.versions, version.id)) as { report: Record<string, unknown> };
    await db.put(STORE.versions, { ...raw, report: { ...raw.report, schemaVersion: 0 } });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    expect(await store.listVersions(FACEBOOK_DOC)).toHaveLength(1);
    const [set] = (await db.getAll(STORE.quarantine)) as { key: string; reason: string }[];
    expect(set).toMatchObject({ key: version.id, reason: expect.stringMatching(/^report\.schemaVersion/) });
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/set aside: report\.schemaVersion/));
    // The change is captured again against the version that is left: nothing is lost but the outdated record.
    expect((await store.recordCapture(facebookCapture('2025-05-28T00-30-56Z.md'))).kind).toBe('changed');
    vi.restoreAllMocks();
  });
});
