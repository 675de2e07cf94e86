import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyzePolicyChange } from '../analysis';
import { openHistoryDb, STORE } from './db';
import { createEvidenceLog } from './evidence';
import { type ReanalysisProgress, staleVersions } from './reanalyse';
import { FACEBOOK_DOC, facebookCapture, facebookText, freshStore, noiseVariant } from './testing';
import type { PolicyVersion } from './types';

// The history follows the analysis: versions written by an older build (no reading, no analysis version, other
// flags) are analysed again, oldest first, keeping every id, text and evidence link, and never becoming unseen news.

const V1 = '2025-04-23T12-31-08Z.md';
const V2 = '2025-05-28T00-30-56Z.md';

/** Make stored records look as an older build left them: no reading or analysis version, the flags of old rules. */
async function makeOld(name: string, patch: (v: Record<string, unknown>) => Record<string, unknown> = (v) => v) {
  const db = await openHistoryDb(name);
  for (const raw of (await db.getAll(STORE.versions)) as Record<string, unknown>[]) {
    const { reading: _r, analysisVersion: _a, ...old } = raw;
    const report = old.report as Record<string, unknown> | null;
    const oldReport = report ? { ...report, flags: [] } : null;
    await db.put(STORE.versions, patch({ ...old, report: oldReport }));
  }
  await db.delete(STORE.meta, 'history.analysedWith');
  return db;
}

async function threeVersions() {
  const { store, name } = freshStore();
  await store.recordCapture(facebookCapture(V1));
  await store.recordCapture(facebookCapture(V2));
  await store.recordCapture(noiseVariant(V2));
  const versions = await store.listVersions(FACEBOOK_DOC);
  expect(versions.map((v) => v.report?.material ?? null)).toEqual([null, true, false]);
  return { store, name, versions };
}

describe('re-analysis of stored versions', () => {
  it('re-reads and re-compares every old version, oldest first, keeping ids, texts and evidence links', async () => {
    const { store, name, versions } = await threeVersions();
    const db = await makeOld(name);
    const evidence = await createEvidenceLog(name).add({
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      formUrl: 'https://www.facebook.com/help/contact/712876720715583',
      accountEmail: null,
      policyVersionId: versions[1]?.id ?? null,
      confirmationText: null,
      method: 'marked-done',
    });
    expect(await store.needsReanalysis()).toBe(true);
    const old = await store.listVersions(FACEBOOK_DOC);
    expect(old.every((v) => v.reading === undefined && v.analysisVersion === undefined)).toBe(true);
    expect(old[1]?.report?.flags).toEqual([]);

    // Oldest first, whatever the key order (ids are random).
    expect((await staleVersions(db)).map((s) => s.id)).toEqual(versions.map((v) => v.id));

    const progress: ReanalysisProgress[] = [];
    const result = await store.reanalyse((p) => {
      progress.push(p);
    });
    expect(result.reanalysed).toBe(3);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 3]);
    expect(progress.every((p) => p.total === 3)).toBe(true);
    expect(progress.at(-1)?.finishedAt).not.toBeNull();

    const after = await store.listVersions(FACEBOOK_DOC);
    expect(after.map((v) => v.id)).toEqual(versions.map((v) => v.id));
    expect(after.map((v) => v.textHash)).toEqual(versions.map((v) => v.textHash));
    expect(after.map((v) => v.previousId)).toEqual(versions.map((v) => v.previousId));
    expect(after.every((v) => v.analysisVersion === ANALYSIS_VERSION && v.reading !== undefined)).toBe(true);
    // The baseline gets its reading; the change gets the current flags back, exactly as a fresh analysis gives them.
    expect(after[0]?.report).toBeNull();
    expect(after[0]?.reading?.trainsAi).toBe(true);
    const fresh = analyzePolicyChange(facebookText(V1), facebookText(V2));
    expect(after[1]?.report?.flags).toEqual(fresh.flags);
    expect(after[1]?.report?.state).toEqual(after[1]?.reading);
    // The evidence still names a version that exists.
    expect(after.some((v) => v.id === evidence.policyVersionId)).toBe(true);
    expect(await store.needsReanalysis()).toBe(false);
    expect(await store.reanalyse()).toEqual({ reanalysed: 0, unseenCleared: 0 });
  });

  it('never makes an old change news again, and clears an unseen change the analysis no longer finds material', async () => {
    const { store, name, versions } = await threeVersions();
    // The change was seen; the noise version was (wrongly, by the old rules) an unseen material change.
    await makeOld(name, ({ unseenIdx: _u, ...v }) =>
      v.id === versions[2]?.id
        ? { ...v, unseen: true, unseenIdx: 1, report: { ...(v.report as object), material: true } }
        : { ...v, unseen: false },
    );
    expect(await store.unseenCount()).toBe(1);
    const result = await store.reanalyse();
    expect(result.unseenCleared).toBe(1);
    const after = await store.listVersions(FACEBOOK_DOC);
    expect(after.map((v) => v.unseen)).toEqual([false, false, false]);
    expect(after[2]?.report?.material).toBe(false);
    expect(await store.unseenCount()).toBe(0);
  });

  it('resumes where an interrupted run stopped', async () => {
    const { store, name } = await threeVersions();
    await makeOld(name);
    let calls = 0;
    await expect(
      store.reanalyse(() => {
        if (++calls === 3) throw new Error('worker stopped');
      }),
    ).rejects.toThrow('worker stopped');
    expect(await store.needsReanalysis()).toBe(true);
    const progress: ReanalysisProgress[] = [];
    const result = await store.reanalyse((p) => {
      progress.push(p);
    });
    expect(result.reanalysed).toBe(1);
    expect(progress[0]?.total).toBe(1);
    const after: PolicyVersion[] = await store.listVersions(FACEBOOK_DOC);
    expect(after.every((v) => v.analysisVersion === ANALYSIS_VERSION)).toBe(true);
  });

  it('runs again after an import of versions made by an older build', async () => {
    const { store } = await threeVersions();
    expect(await store.needsReanalysis()).toBe(false);
    const exported = await store.exportAll();
    const other = freshStore();
    const oldFile = {
      ...exported,
      versions: exported.versions.map(({ reading: _r, analysisVersion: _a, ...v }) => v),
    };
    await other.store.importAll(oldFile);
    expect(await other.store.needsReanalysis()).toBe(true);
    expect((await other.store.reanalyse()).reanalysed).toBe(3);
    expect(await other.store.needsReanalysis()).toBe(false);
  });
});

describe('a comparison that went coarse', () => {
  it('is analysed again with the full budget in the background, once, keeping its id', async () => {
    const { store, name, versions } = await threeVersions();
    const db = await openHistoryDb(name);
    const changed = versions[1] as PolicyVersion;
    const raw = (await db.get(STORE.versions, changed.id)) as Record<string, unknown>;
    const report = raw.report as { stats: Record<string, unknown>; flags: unknown[] };
    // As the everyday budget leaves a huge rewrite: coarse, flags cut short.
    await db.put(STORE.versions, {
      ...raw,
      report: { ...report, flags: [], stats: { ...report.stats, coarse: true, work: 10 } },
    });
    await db.delete(STORE.meta, 'history.analysedWith');
    expect((await staleVersions(db)).map((s) => s.id)).toEqual([changed.id]);
    const result = await store.reanalyse();
    expect(result.reanalysed).toBe(1);
    const again = (await store.listVersions(FACEBOOK_DOC)).find((v) => v.id === changed.id);
    expect(again?.report?.stats.coarse).toBe(false);
    expect(again?.report?.flags).toEqual(analyzePolicyChange(facebookText(V1), facebookText(V2)).flags);
    expect(await staleVersions(db)).toEqual([]);
  });
});
