import { classifyUrl, type UrlClass } from '../platforms/classify-url';
import { COMPACT_PLATFORMS, type CompactPlatform } from '../platforms/compact';
import { attemptCapture, looksReady } from './capture';
import { EXTRACTOR_VERSION } from './extractor-version';
import { detectPageLocale } from './locale';
import { withoutHash } from './navigation';
import { policyObjectionLinks } from './objection-links';
import type { PageMessenger } from './send';
import { DEFAULT_SETTLE, waitForSettled } from './settle';

// What happens on each page the content script sees (first load and every single-page navigation): classify the URL,
// and only on a recognised page touch the DOM. Every recognised page is reported (pageSeen; the background sets the
// badge); policy pages are read once the render has settled and sent (policyCaptured) unless refused.

export type VisitOutcome =
  | 'off-registry'
  | 'other'
  | 'recognised'
  | 'captured'
  | `refused:${string}`
  | 'superseded'
  | 'send-failed';

export interface PageWatchOptions {
  win: Window;
  messenger: PageMessenger;
  /** Aborted when the content script is invalidated. */
  signal: AbortSignal;
  platforms?: readonly CompactPlatform[];
  settle?: { quietMs: number; capMs: number };
  /** Where the one-line explanations go (refusals, send failures); console.debug in the content script. */
  log?: (line: string) => void;
}

export interface PageWatch {
  /** Handle the page now at `url`; a previous visit still waiting for its render is abandoned. */
  visit(url: string): Promise<VisitOutcome>;
}

export function createPageWatch(options: PageWatchOptions): PageWatch {
  const { win, messenger, signal } = options;
  const platforms = options.platforms ?? COMPACT_PLATFORMS;
  const settle = options.settle ?? DEFAULT_SETTLE;
  const log = options.log ?? (() => {});
  let current: AbortController | null = null;
  let lastReported: UrlClass['pageType'] | null = null;

  const report = async (cls: UrlClass, url: string): Promise<boolean> => {
    lastReported = cls.pageType;
    const { platformId, pageType, documentId, routeId } = cls;
    const locale = detectPageLocale(win.document, cls.urlLocale);
    try {
      await messenger.pageSeen({ url, platformId, pageType, documentId, routeId, locale });
      return true;
    } catch (error) {
      log(`[policy-watch] pageSeen not delivered: ${describe(error)}`);
      return false;
    }
  };

  return {
    async visit(url) {
      current?.abort();
      const visit = new AbortController();
      current = visit;
      const cls = classifyUrl(url, platforms);
      if (!cls) return 'off-registry';
      if (cls.pageType === 'other') {
        // Only worth a message when leaving a recognised page in the same tab, so the badge is cleared.
        if (lastReported !== null && lastReported !== 'other') await report(cls, url);
        return 'other';
      }
      if (!(await report(cls, url))) return 'send-failed';
      if (cls.pageType !== 'policy' || !cls.documentId) return 'recognised';

      const rule = platforms
        .find((p) => p.id === cls.platformId)
        ?.documents.find((d) => d.id === cls.documentId)?.extract;
      if (!rule) return 'recognised';
      const doc = win.document;
      const aborted = AbortSignal.any([visit.signal, signal]);
      // A check that throws (a hostile DOM) counts as ready: the capture below then refuses the page with the reason.
      const ready = await waitForSettled(doc.documentElement, () => readyOrUnreadable(doc, rule), Boolean, {
        ...settle,
        signal: aborted,
      });
      if (ready === null || withoutHash(win.location.href) !== withoutHash(url)) return 'superseded';

      let attempt: ReturnType<typeof attemptCapture>;
      try {
        attempt = attemptCapture(doc, rule);
      } catch (error) {
        // A hostile page (thousands of nested elements overflow the stack) must not break the script: refuse it.
        log(`[policy-watch] capture refused (unreadable): ${describe(error)} — ${url}`);
        return 'refused:unreadable';
      }
      if (!attempt.ok) {
        log(`[policy-watch] capture refused (${attempt.reason}): ${attempt.detail} — ${url}`);
        return `refused:${attempt.reason}`;
      }
      try {
        await messenger.policyCaptured({
          url,
          platformId: cls.platformId,
          documentId: cls.documentId,
          locale: detectPageLocale(doc, cls.urlLocale),
          text: attempt.markdown,
          extractorVersion: EXTRACTOR_VERSION,
          objectionLinks: policyObjectionLinks(doc, rule, url, platforms),
        });
        return 'captured';
      } catch (error) {
        log(`[policy-watch] policyCaptured not delivered: ${describe(error)}`);
        return 'send-failed';
      }
    },
  };
}

function readyOrUnreadable(doc: Document, rule: Parameters<typeof looksReady>[1]): boolean {
  try {
    return looksReady(doc, rule);
  } catch {
    return true;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
