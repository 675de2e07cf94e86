import { describe, expect, it } from 'vitest';
import { openHistoryDb, STORE } from './db';
import { createEvidenceLog, type NewEvidence } from './evidence';

const FORM: NewEvidence = {
  platformId: 'facebook',
  routeId: 'meta-ai-facebook',
  formUrl: 'https://www.facebook.com/help/contact/712876720715583',
  accountEmail: 'me@example.org',
  policyVersionId: null,
  confirmationText: 'We’ve received your request',
  method: 'form-confirmed',
};

function freshLog() {
  const name = `evidence-test-${crypto.randomUUID()}`;
  return { name, log: createEvidenceLog(name) };
}

describe('evidence log', () => {
  it('stores records with an id and time, and lists them oldest first', async () => {
    const { log } = freshLog();
    const later = await log.add({ ...FORM, at: '2025-05-20T10:00:00.000Z' });
    const earlier = await log.add({
      ...FORM,
      routeId: 'meta-ai-instagram',
      platformId: 'instagram',
      at: '2025-05-19T09:00:00.000Z',
    });
    expect(later.id).not.toBe(earlier.id);
    expect((await log.list()).map((r) => r.routeId)).toEqual(['meta-ai-instagram', 'meta-ai-facebook']);
    expect((await log.listForPlatform('facebook')).map((r) => r.id)).toEqual([later.id]);
  });

  it('stamps the current time when none is given', async () => {
    const { log } = freshLog();
    const before = Date.now();
    const record = await log.add(FORM);
    expect(Date.parse(record.at)).toBeGreaterThanOrEqual(before);
  });

  it('refuses a record of the wrong shape instead of storing it', async () => {
    const { log } = freshLog();
    await expect(log.add({ ...FORM, method: 'guessed' as NewEvidence['method'] })).rejects.toThrow();
    expect(await log.list()).toEqual([]);
  });

  it('sets a corrupt stored record aside rather than failing the whole list', async () => {
    const { name, log } = freshLog();
    const good = await log.add(FORM);
    await (await openHistoryDb(name)).put(STORE.evidence, { id: 'broken', platformId: 'facebook' });
    expect((await log.list()).map((r) => r.id)).toEqual([good.id]);
    expect(await (await openHistoryDb(name)).count(STORE.quarantine)).toBe(1);
  });

  it('exports a self-describing JSON document', async () => {
    const { log } = freshLog();
    await log.add(FORM);
    const file = await log.exportFile(new Date('2025-06-01T00:00:00Z'));
    expect(file).toMatchObject({
      format: 'policy-watch-evidence',
      formatVersion: 1,
      exportedAt: '2025-06-01T00:00:00.000Z',
    });
    expect(JSON.parse(JSON.stringify(file)).records[0].confirmationText).toBe('We’ve received your request');
  });
});
