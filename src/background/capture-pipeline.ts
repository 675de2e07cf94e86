import type { Browser } from 'wxt/browser';
import type { z } from 'zod';
import { recordCapture } from '../history/store';
import type { CaptureOutcome } from '../history/types';
import type { policyCaptured } from '../messaging/page';
import { classifyUrl } from '../platforms/classify-url';
import { isPlatformWatched } from '../settings';
import { afterCapture } from './after-capture';

// The capture pipeline for texts sent by the content script. The message was already checked for shape and for
// coming from a content script; here the claim itself is checked against the registry: the tab the message came from
// must be on that platform's policy page for that document. A compromised or confused page cannot write another
// platform's history.

export type PolicyCapture = z.output<typeof policyCaptured.request>;

/** Why the sender may not record this capture, or null when it may. Pure. */
export function captureRefusal(data: PolicyCapture, senderUrl: string | undefined): string | null {
  if (!senderUrl) return 'the sender has no URL';
  const sender = classifyUrl(senderUrl);
  if (!sender) return `the sender ${originOf(senderUrl)} is not a platform of the registry`;
  if (sender.platformId !== data.platformId) {
    return `the sender is on ${sender.platformId}, the capture claims ${data.platformId}`;
  }
  if (sender.pageType !== 'policy' || sender.documentId !== data.documentId) {
    return `the sender's page is not the ${data.documentId} page of ${data.platformId}`;
  }
  if (originOf(data.url) !== originOf(senderUrl)) return 'the claimed URL is not the sender tab’s';
  return null;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid URL)';
  }
}

export async function handlePolicyCapture(
  data: PolicyCapture,
  sender: Browser.runtime.MessageSender,
): Promise<CaptureOutcome> {
  const refusal = captureRefusal(data, sender.tab?.url ?? sender.url);
  if (refusal) {
    console.warn(`[policy-watch] capture refused: ${refusal}`);
    return { kind: 'refused', reason: refusal };
  }
  if (!(await isPlatformWatched(data.platformId))) {
    console.debug(`[policy-watch] capture ignored: ${data.platformId} is switched off`);
    return { kind: 'refused', reason: 'platform not watched' };
  }
  const outcome = await recordCapture({
    platformId: data.platformId,
    documentId: data.documentId,
    locale: data.locale,
    text: data.text,
    url: data.url,
    source: 'visit',
    extractorVersion: data.extractorVersion,
    capturedAt: new Date().toISOString(),
    ...(data.objectionLinks ? { objectionLinks: data.objectionLinks } : {}),
  });
  if (outcome.kind === 'refused') console.warn(`[policy-watch] capture not stored: ${outcome.reason}`);
  await afterCapture(outcome);
  return outcome;
}
