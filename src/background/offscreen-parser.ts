import { parsePolicyHtml } from '../messaging/checks';
import { handle, listen } from '../messaging/define';
import { extractPolicyFromHtml } from './extract-from-html';

// The offscreen document's only job: answer parse requests from the worker (validated by `listen`: shape, and sent
// by our own extension) with the extracted Markdown.
export function startOffscreenParser(): void {
  listen([
    handle(parsePolicyHtml, (data) => extractPolicyFromHtml(data.html, data.url, data.platformId, data.documentId)),
  ]);
}
