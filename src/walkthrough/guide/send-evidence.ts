import type { z } from 'zod';
import { sendEnvelope } from '../../messaging/envelope';
import type { recordEvidence } from '../../messaging/walkthrough';

// The guide's side of the record-evidence message. Like src/page/send.ts, it cannot import src/messaging/define.ts
// (that pulls zod into a content script), so it uses the zod-free envelope sender, typed by the message definition; the
// background validates shape and sender as for any message, and send-evidence.test.ts checks the type name and the
// payloads against the schema.

export type RecordEvidenceData = z.input<(typeof recordEvidence)['request']>;
export type RecordEvidenceAnswer = z.output<(typeof recordEvidence)['response']>;

/** Equal to recordEvidence.type (checked by send-evidence.test.ts). */
export const RECORD_EVIDENCE_TYPE = 'record-evidence';

/**
 * Ask the background to write the evidence record; resolves with its answer, throws with the receiver's refusal. Sent
 * once, as sendMessage from define.ts does: a record written just before the worker went away would be written twice.
 */
export async function sendRecordEvidence(data: RecordEvidenceData): Promise<RecordEvidenceAnswer> {
  const reply = await sendEnvelope(RECORD_EVIDENCE_TYPE, data);
  if (reply.kind === 'value') return reply.value as RecordEvidenceAnswer;
  const why = reply.kind === 'refused' ? reply.error : 'no valid answer from the receiver';
  throw new Error(`${RECORD_EVIDENCE_TYPE}: ${why}`);
}
