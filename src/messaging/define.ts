import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';

// A thin typed layer over runtime messaging. Every message is a definition with a zod schema for its request and
// its response and a rule for who may send it; the receiver validates both the shape and the sender before any
// handler runs, and every failure is answered as an error, never swallowed.
//
// (@webext-core/messaging, the usual choice, types messages but neither validates them nor exposes a place to refuse
// a sender before the handler, and it reads the `chrome` global, which the fake browser in unit tests lacks.)

export type SenderKind = 'content-script' | 'extension-page' | 'any-extension-context';

export interface MessageDefinition<Req extends z.ZodType, Res extends z.ZodType> {
  type: string;
  request: Req;
  response: Res;
  /** Who may send it: a content script on a platform page, or one of our own pages (popup, options). */
  from: SenderKind;
}

export function defineMessage<Req extends z.ZodType, Res extends z.ZodType>(
  type: string,
  request: Req,
  response: Res,
  from: SenderKind,
): MessageDefinition<Req, Res> {
  return { type, request, response, from };
}

const envelope = z.object({ type: z.string().min(1).max(64), data: z.unknown() });
const reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Send a message to the background and get its validated answer. Throws MessageError on any refusal. */
export async function sendMessage<Req extends z.ZodType, Res extends z.ZodType>(
  def: MessageDefinition<Req, Res>,
  data: z.input<Req>,
): Promise<z.output<Res>> {
  const raw = await browser.runtime.sendMessage({ type: def.type, data });
  return unwrapReply(def, raw);
}

function unwrapReply<Res extends z.ZodType>(def: MessageDefinition<z.ZodType, Res>, raw: unknown): z.output<Res> {
  const parsed = reply.safeParse(raw);
  if (!parsed.success) throw new MessageError(`${def.type}: no valid answer from the receiver`);
  if (!parsed.data.ok) throw new MessageError(`${def.type}: ${parsed.data.error}`);
  const value = def.response.safeParse(parsed.data.value);
  if (!value.success)
    throw new MessageError(`${def.type}: answer of the wrong shape (${value.error.issues[0]?.message})`);
  return value.data;
}

export type Handler<Req extends z.ZodType, Res extends z.ZodType> = (
  data: z.output<Req>,
  sender: Browser.runtime.MessageSender,
) => Promise<z.input<Res>> | z.input<Res>;

// biome-ignore lint/suspicious/noExplicitAny: a registry of heterogenous definitions
type AnyDefinition = MessageDefinition<any, any>;

export interface Registration {
  def: AnyDefinition;
  // biome-ignore lint/suspicious/noExplicitAny: checked by `handle`
  handler: Handler<any, any>;
}

export function handle<Req extends z.ZodType, Res extends z.ZodType>(
  def: MessageDefinition<Req, Res>,
  handler: Handler<Req, Res>,
): Registration {
  return { def, handler };
}

/** Is this sender allowed to send a message of this kind? Pure, so it is unit-tested on its own. */
export function senderAllowed(
  from: SenderKind,
  sender: Browser.runtime.MessageSender,
  ownId: string,
  ownOrigin: string,
): boolean {
  if (sender.id !== ownId) return false; // never another extension, never a web page
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  const fromTab = sender.tab !== undefined && !fromOwnPage;
  switch (from) {
    case 'content-script':
      return fromTab;
    case 'extension-page':
      return fromOwnPage;
    case 'any-extension-context':
      return true;
  }
}

export type RefusalLogger = (reason: string, detail: unknown) => void;

/**
 * Install one runtime.onMessage listener answering the given registrations. Messages of unknown type are left to
 * other listeners (so the offscreen document can have its own); everything else is answered.
 */
export function listen(
  registrations: Registration[],
  logRefusal: RefusalLogger = (reason, detail) => console.warn(`[policy-watch] refused message: ${reason}`, detail),
): () => void {
  const byType = new Map(registrations.map((r) => [r.def.type, r]));
  const ownOrigin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const env = envelope.safeParse(message);
    if (!env.success) {
      logRefusal('not a Policy Watch message', message);
      return undefined;
    }
    const reg = byType.get(env.data.type);
    if (!reg) return undefined;
    return (async () => {
      if (!senderAllowed(reg.def.from, sender, browser.runtime.id, ownOrigin)) {
        logRefusal(`${env.data.type} from an unexpected sender`, { url: sender.url, id: sender.id });
        return { ok: false, error: 'sender not allowed' };
      }
      const data = reg.def.request.safeParse(env.data.data);
      if (!data.success) {
        const issue = data.error.issues[0];
        const why = `invalid request: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`;
        logRefusal(`${env.data.type}: ${why}`, env.data.data);
        return { ok: false, error: why };
      }
      try {
        const value = await reg.handler(data.data, sender);
        return { ok: true, value };
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        console.error(`[policy-watch] ${env.data.type} failed:`, error);
        return { ok: false, error: text };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
