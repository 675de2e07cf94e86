// The wire form of every message, for content scripts that must not import define.ts (it pulls zod into a script
// on every platform page): `{ type, data }` out, `{ ok: true, value }` or `{ ok: false, error }` back. define.ts
// writes and checks the same envelope with zod on the receiving side.
//
// Sent through the browser's own runtime, not wxt/browser: in this build that is the webextension polyfill
// (wxt.config.ts), whose start-up alone cost about 1 ms on every platform page (bench/extension.ts). Firefox's
// `browser` and Chrome's `chrome` (MV3) both return a promise from runtime.sendMessage. Where the receiver went away
// without answering, Chrome rejects where the polyfill resolved undefined: a failed send either way, as below.

interface NativeRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/** The extension's runtime; undefined once the extension is gone (updated, reloaded, removed) under a running script. */
export function extensionRuntime(): NativeRuntime | undefined {
  const scope = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = scope.browser?.runtime?.id ? scope.browser.runtime : scope.chrome?.runtime;
  return runtime?.id ? runtime : undefined;
}

export type EnvelopeReply =
  | { kind: 'value'; value: unknown }
  | { kind: 'refused'; error: string }
  /** Nobody answered (undefined): typically the worker went away while handling the message. */
  | { kind: 'no-answer' }
  /** Something answered, but not with an envelope. */
  | { kind: 'malformed' };

/** Send one message once; a rejected send (the worker went away) is thrown, a missing answer is 'no-answer', any other non-envelope 'malformed'. */
export async function sendEnvelope(type: string, data: unknown): Promise<EnvelopeReply> {
  const runtime = extensionRuntime();
  if (!runtime) throw new Error('the extension is gone (updated, reloaded or removed)');
  const reply = (await runtime.sendMessage({ type, data })) as
    | { ok?: unknown; value?: unknown; error?: unknown }
    | undefined;
  if (reply?.ok === true) return { kind: 'value', value: reply.value };
  if (reply?.ok === false) return { kind: 'refused', error: String(reply.error) };
  return reply === undefined ? { kind: 'no-answer' } : { kind: 'malformed' };
}
