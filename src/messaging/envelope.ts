import { browser } from 'wxt/browser';

// The wire form of every message, for content scripts that must not import define.ts (it pulls zod into a script
// on every platform page): `{ type, data }` out, `{ ok: true, value }` or `{ ok: false, error }` back. define.ts
// writes and checks the same envelope with zod on the receiving side.

export type EnvelopeReply =
  | { kind: 'value'; value: unknown }
  | { kind: 'refused'; error: string }
  /** Nobody answered (undefined): typically the worker went away while handling the message. */
  | { kind: 'no-answer' }
  /** Something answered, but not with an envelope. */
  | { kind: 'malformed' };

/** Send one message once; a rejected send (the worker went away) is thrown, a missing answer is 'no-answer', any other non-envelope 'malformed'. */
export async function sendEnvelope(type: string, data: unknown): Promise<EnvelopeReply> {
  const reply: { ok?: unknown; value?: unknown; error?: unknown } | undefined = await browser.runtime.sendMessage({
    type,
    data,
  });
  if (reply?.ok === true) return { kind: 'value', value: reply.value };
  if (reply?.ok === false) return { kind: 'refused', error: String(reply.error) };
  return reply === undefined ? { kind: 'no-answer' } : { kind: 'malformed' };
}
