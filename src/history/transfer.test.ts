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

describe('a poisoned backup', () => {
  const NAMES = ['2025-04-23T12-31-08Z.md', '2025-05-28T00-30-56Z.md'] as const;

  async function exported() {
    const { store } = freshStore();
    for (const name of NAMES) await store.recordCapture(facebookCapture(name));
    return JSON.parse(JSON.stringify(await store.exportAll()));
  }

  it('skips and names every planted record, imports the good ones, and loses nothing stored', async () => {
    const file = await exported();
    const good = file.versions[0];
    const plant = (id: string, overrides: object) => ({
      ...good,
      id,
      capturedAt: `2024-0${id.length}-01T00:00:00.000Z`,
      ...overrides,
    });
    const link = (href: string) => ({ objectionLinks: [{ href, text: 'object', context: '' }] });
    file.versions.push(
      plant('future', { capturedAt: '2099-01-01T00:00:00.000Z', lastSeenAt: '2099-01-01T00:00:00.000Z' }),
      plant('script', link('javascript:alert(document.cookie)')),
      plant('datalink', link('data:text/html,<script>alert(1)</script>')),
      plant('filelink', link('file:///etc/passwd')),
      plant('lookalike', link('https://www.facebook.com.objection-help.example/form')),
      plant('unknown', { platformId: 'myspace' }),
    );
    file.texts.push(
      { hash: 'a'.repeat(64), text: 'x'.repeat(2_000_001) },
      { hash: 'b'.repeat(64), text: `${'<div>'.repeat(200_000)}deep` },
    );
    file.evidence.push({
      id: 'planted-evidence',
      platformId: 'facebook',
      routeId: 'meta-objection-facebook',
      formUrl: 'https://www.facebook.com/help/contact/367438723733209',
      accountEmail: null,
      at: '2099-01-01T00:00:00.000Z',
      policyVersionId: null,
      confirmationText: null,
      method: 'marked-done',
    });

    const { store } = freshStore();
    await store.recordCapture(facebookCapture('2024-12-01T00-30-41Z.md'));
    const before = await store.listVersions(FACEBOOK_DOC);
    const result = await store.importAll(file);

    expect(result.versionsAdded).toBe(2);
    expect(result.evidenceAdded).toBe(0);
    const reasons = result.rejected.join('\n');
    expect(reasons).toMatch(/version #2 \(facebook\/privacy-policy, 2099-01-01T00:00:00.000Z\): dated in the future/);
    expect(reasons).toMatch(/"javascript:alert\(document.cookie\)": javascript: is not https/);
    expect(reasons).toMatch(/"data:text\/html,<script>alert\(1\)<\/script>": data: is not https/);
    expect(reasons).toMatch(/"file:\/\/\/etc\/passwd": file: is not https/);
    expect(reasons).toMatch(/www.facebook.com.objection-help.example is not the platform's/);
    expect(reasons).toMatch(/myspace is not a platform Policy Watch knows/);
    expect(reasons).toMatch(/text #2: text too large \(2000001 characters/);
    expect(reasons).toMatch(/text #3: bbbbbbbbbbbb: text nested too deep \(more than 500 levels\)/);
    expect(reasons).toMatch(/evidence #0: dated in the future/);
    expect(result.rejected).toHaveLength(9);

    const after = await store.listVersions(FACEBOOK_DOC);
    expect(after).toHaveLength(3);
    expect(after.map((v) => v.id)).toContain(before[0]?.id);
    expect(after.every((v) => v.capturedAt < '2099')).toBe(true);
    expect(after.flatMap((v) => v.objectionLinks ?? [])).toEqual([]);
  });

  it('places restored versions among stored ones by date, comparing the later ones again', async () => {
    const file = await exported();
    // The stored history has the first and a later version; the backup brings the one in between.
    const { store } = freshStore();
    const first = await store.recordCapture(facebookCapture('2024-12-01T00-30-41Z.md'));
    const last = await store.recordCapture(facebookCapture('2026-08-22T00-30-50Z.md'));
    file.versions = [file.versions[0]];
    await store.importAll(file);
    const versions = await store.listVersions(FACEBOOK_DOC);
    expect(versions.map((v) => v.id)).toEqual([
      first.kind === 'refused' ? '' : first.version.id,
      file.versions[0].id,
      last.kind === 'refused' ? '' : last.version.id,
    ]);
    expect(versions[1]?.previousId).toBe(versions[0]?.id);
    expect(versions[2]?.previousId).toBe(versions[1]?.id);
    expect(versions[2]?.report?.stats.blocksBefore).toBeGreaterThan(0);
    expect(await store.unseenCount()).toBe(last.kind === 'changed' && last.version.unseen ? 1 : 0);
  });
});
