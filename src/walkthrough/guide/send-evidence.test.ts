import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordEvidence } from '../../messaging/walkthrough';
import { RECORD_EVIDENCE_TYPE, type RecordEvidenceData, sendRecordEvidence } from './send-evidence';

const DATA: RecordEvidenceData = {
  platformId: 'facebook',
  routeId: 'meta-ai-facebook',
  method: 'form-confirmed',
  accountEmail: 'someone@example.org',
  confirmationText: 'Thank you, we received your request.',
};

describe('record-evidence written by hand in the guide', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('uses the type name of the message definition', () => {
    expect(RECORD_EVIDENCE_TYPE).toBe(recordEvidence.type);
  });

  it('sends a payload the background schema accepts, in the envelope listen() reads', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return { ok: true, value: { id: 'e1', policyVersionId: null } };
    });
    await expect(sendRecordEvidence(DATA)).resolves.toEqual({ id: 'e1', policyVersionId: null });
    expect(sent).toEqual([{ type: 'record-evidence', data: DATA }]);
    expect(recordEvidence.request.safeParse(DATA).success).toBe(true);
    const setting: RecordEvidenceData = { ...DATA, method: 'setting-changed', accountEmail: null };
    expect(recordEvidence.request.safeParse(setting).success).toBe(true);
  });

  it('throws with the receiver’s refusal, and when there is no answer', async () => {
    const replies: unknown[] = [{ ok: false, error: 'sender not allowed' }, undefined];
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => replies.shift());
    await expect(sendRecordEvidence(DATA)).rejects.toThrow('record-evidence: sender not allowed');
    await expect(sendRecordEvidence(DATA)).rejects.toThrow('no valid answer');
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
