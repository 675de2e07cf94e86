import { type Browser, browser } from 'wxt/browser';
import { parsePolicyHtml } from '../messaging/checks';
import { sendMessage } from '../messaging/define';
import { extractPolicyFromHtml, type HtmlExtraction } from './extract-from-html';

// HTML → Markdown for background checks, with the same extraction code as the content script. It needs a DOM:
// Firefox builds the background as an event page, which has one; Chrome's MV3 service worker has none, so there the
// work goes to an offscreen document (created on demand, reason DOM_PARSER, closed after the batch of checks).

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

export async function parsePolicyHtmlAnywhere(
  html: string,
  url: string,
  platformId: string,
  documentId: string,
): Promise<HtmlExtraction> {
  if (typeof DOMParser !== 'undefined') return extractPolicyFromHtml(html, url, platformId, documentId);
  await ensureOffscreenDocument();
  return sendMessage(parsePolicyHtml, { html, url, platformId, documentId });
}

async function ensureOffscreenDocument(): Promise<void> {
  if (await hasOffscreenDocument()) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Read the policy text out of policy pages fetched by the background checks.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

async function hasOffscreenDocument(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

/** Close the offscreen document after a batch of checks (Chrome keeps it alive otherwise). */
export async function closeOffscreenDocument(): Promise<void> {
  if (typeof DOMParser !== 'undefined' || !browser.offscreen) return;
  if (await hasOffscreenDocument()) await browser.offscreen.closeDocument();
}
