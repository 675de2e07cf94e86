import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { convertToMarkdown, type TreeAdapter } from '../markdown/convert';

// HTML given to the analysis (the CLI, an imported file) goes through the same converter as a page capture, over a
// tree parsed by htmlparser2: the background worker has no DOMParser, and the analysis stays DOM-free.

const PARSED_ADAPTER: TreeAdapter<AnyNode> = {
  nodeType: (node) => node.nodeType,
  tag: (node) => ('name' in node ? node.name.toLowerCase() : ''),
  attr: (node, name) => ('attribs' in node ? (node.attribs[name] ?? null) : null),
  childNodes: (node) => ('children' in node ? node.children : []),
  text: (node) => ('data' in node ? node.data : ''),
};

/**
 * True when the text is an HTML document or fragment rather than Markdown or plain text: it starts with a tag, a
 * doctype or a comment. A capture never does (the converter escapes a leading '<'), so Markdown that quotes HTML
 * ("we never run <script> tags") is not re-parsed as HTML.
 */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|!--|[a-z][a-z0-9-]*(\s[^>]*)?\/?>)/i.test(text.slice(0, 2000));
}

export function htmlToMarkdown(html: string): string {
  return convertToMarkdown<AnyNode>(parseDocument(html), PARSED_ADAPTER);
}
