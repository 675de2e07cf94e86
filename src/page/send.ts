import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { pageSeen, policyCaptured } from '../messaging/page';

// The content script's side of the page messages. It cannot import src/messaging/define.ts (that pulls zod into a
// script on every platform page), so it writes the same envelope by hand, typed by the message definitions; the
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

async function send(type: string, data: unknown): Promise<unknown> {
  const reply = (await browser.runtime.sendMessage({ type, data })) as
    | { ok?: boolean; value?: unknown; error?: string }
    | undefined;
  if (reply?.ok === true) return reply.value;
  throw new Error(`${type}: ${reply?.error ?? 'no answer from the background'}`);
}
