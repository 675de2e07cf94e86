import { describe, expect, it } from 'vitest';
import { normalizePolicyText } from '../analysis';
import { closeHistoryDb, DB_VERSION, openHistoryDb, STORE } from './db';
import { sha256Hex } from './hash';
import { createHistoryStore } from './store';
import { FACEBOOK_DOC, facebookText, timeOf } from './testing';

describe('history schema migrations', () => {
  it('upgrades a version-1 database with data to the current version without losing records', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const names = ['2025-04-23T12-31-08Z.md', '2025-05-28T00-30-56Z.md'];
    const v1 = await openHistoryDb(name, 1);
    expect([...v1.objectStoreNames].sort()).toEqual([STORE.texts, STORE.versions]);
    let previousId: string | null = null;
    for (const [i, file] of names.entries()) {
      const text = facebookText(file);
      const hash = await sha256Hex(normalizePolicyText(text));
      // The version-1 layout: texts stored as plain strings, no unseenIdx.
      await v1.put(STORE.texts, { hash, text });
      const id = `v1-${i}`;
      await v1.put(STORE.versions, {
        id,
        ...FACEBOOK_DOC,
        textHash: hash,
        capturedAt: timeOf(file),
        lastSeenAt: timeOf(file),
        url: 'https://www.facebook.com/privacy/policy/',
        source: 'visit',
        extractorVersion: 1,
        language: 'en',
        chars: text.length,
        report: null,
        previousId,
        unseen: i === 1,
      });
      previousId = id;
    }
    await closeHistoryDb(name);

    const store = createHistoryStore(name);
    const versions = await store.listVersions(FACEBOOK_DOC);
    expect(versions.map((v) => v.id)).toEqual(['v1-0', 'v1-1']);
    expect(await store.getText('v1-1')).toBe(facebookText(names[1] ?? ''));
    expect(await store.unseenCount()).toBe(1);
    const db = await openHistoryDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      [STORE.evidence, STORE.meta, STORE.quarantine, STORE.texts, STORE.versions].sort(),
    );
    expect([...db.transaction(STORE.evidence).store.indexNames]).toContain('byPlatform');
    const stored = (await db.getAll(STORE.texts)) as { encoding: string; bytes: number; chars: number }[];
    expect(stored.every((t) => t.encoding === 'deflate' && t.bytes < t.chars / 3)).toBe(true);
    expect((await store.storageEstimate()).quarantined).toBe(0);
  });
});
