import type { z } from 'zod';
import { type EnvelopeReply, sendEnvelope } from '../messaging/envelope';
import type { pageSeen, policyCaptured } from '../messaging/page';

// The content script's side of the page messages. It cannot import src/messaging/define.ts (that pulls zod into a
// script on every platform page), so it uses the zod-free envelope sender (messaging/envelope.ts), typed by the message definitions; the
// background validates shape and sender as for any message, and send.test.ts checks the payloads against the schemas.

export type PageSeenData = z.input<(typeof pageSeen)['request']>;
export type PolicyCapturedData = z.input<(typeof policyCaptured)['request']>;

/** Message type names, equal to pageSeen.type and policyCaptured.type (checked by send.test.ts). */
export const PAGE_SEEN_TYPE = 'page-seen';
export const POLICY_CAPTURED_TYPE = 'policy-captured';

export interface PageMessenger {
  pageSeen(data: PageSeenData): Promise<unknown>;
  policyCaptured(data: PolicyCapturedData): Promise<unknown>;
}

/** Sends through runtime messaging and returns the handler's value; throws with the receiver's refusal. */
export const runtimeMessenger: PageMessenger = {
  pageSeen: (data) => send(PAGE_SEEN_TYPE, data),
  policyCaptured: (data) => send(POLICY_CAPTURED_TYPE, data),
};

/**
 * Delays before each further attempt. MV3 stops the service worker whenever it likes, also in the middle of handling
 * a message: the send then fails ("message port closed") or gets no answer, and the next send wakes a fresh worker.
 * Sending again is safe: the store recognises a text it already has ('unchanged'), so a capture that was written just
 * before the worker went away is not stored twice.
 */
export const RETRY_DELAYS_MS = [250, 1000, 3000];

async function send(type: string, data: unknown, delays: readonly number[] = RETRY_DELAYS_MS): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    let reply: EnvelopeReply;
    try {
      reply = await sendEnvelope(type, data);
    } catch (error) {
      if (attempt >= delays.length) throw error;
      reply = { kind: 'no-answer' };
    }
    if (reply.kind === 'value') return reply.value;
    // A refusal is an answer: sending the same message again would be refused again.
    if (reply.kind === 'refused') throw new Error(`${type}: ${reply.error}`);
    if (reply.kind === 'malformed' || attempt >= delays.length) {
      throw new Error(`${type}: no answer from the background`);
    }
    await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
  }
}
