import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAll, recordCapture } from '../history/store';
import { handlePolicyCapture } from './capture-pipeline';
import { contentScriptSender, facebookCaptureMessage, notificationsShown } from './testing';

// The worker can be stopped between storing a change and alerting. The content script then sends the capture again
// (src/page/send.ts); the store answers 'unchanged' and the alert must still come, once.

const BEFORE_AI = '2025-04-23T12-31-08Z.md';
const AFTER_AI = '2025-05-28T00-30-56Z.md';

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  await deleteAll({ evidence: true });
});

describe('a change stored just before the worker stopped', () => {
  it('is alerted when the capture arrives again, and only once', async () => {
    await handlePolicyCapture(facebookCaptureMessage(BEFORE_AI), contentScriptSender());
    // Stored by a worker that was stopped before it could alert: no notification yet.
    const { platformId, documentId, locale, text, url, extractorVersion } = facebookCaptureMessage(AFTER_AI);
    const stored = await recordCapture({
      ...{ platformId, documentId, locale, text, url, extractorVersion },
      source: 'visit',
      capturedAt: new Date().toISOString(),
    });
    expect(stored.kind).toBe('changed');
    expect(Object.keys(notificationsShown())).toHaveLength(0);

    const again = await handlePolicyCapture(facebookCaptureMessage(AFTER_AI), contentScriptSender());
    expect(again.kind).toBe('unchanged');
    expect(Object.keys(notificationsShown())).toHaveLength(1);
    await handlePolicyCapture(facebookCaptureMessage(AFTER_AI), contentScriptSender());
    expect(Object.keys(notificationsShown())).toHaveLength(1);
  });
});
