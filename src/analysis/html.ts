import { type AnyNode, DomHandler } from 'domhandler';
import { Parser } from 'htmlparser2';
import { convertToMarkdown, type TreeAdapter } from '../markdown/convert';

// HTML given to the analysis (the CLI, an imported file) goes through the same converter as a page capture, over a
// tree parsed by htmlparser2: the background worker has no DOMParser, and the analysis stays DOM-free.

const PARSED_ADAPTER: TreeAdapter<AnyNode> = {
  nodeType: (node) => node.nodeType,
  tag: (node) => ('name' in node ? node.name.toLowerCase() : ''),
  attr: (node, name) => ('attribs' in node ? (node.attribs[name] ?? null) : null),
  childNodes: (node) => ('children' in node ? node.children : []),
  text: (node) => ('data' in node ? node.data : ''),
  parent: (node) => node.parent,
};

/**
 * True when the text is an HTML document or fragment rather than Markdown or plain text: it starts with a tag, a
 * doctype or a comment. A capture never does (the converter escapes a leading '<'), so Markdown that quotes HTML
 * ("we never run <script> tags") is not re-parsed as HTML.
 */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|!--|[a-z][a-z0-9-]*(\s[^>]*)?\/?>)/i.test(text.slice(0, 2000));
}

/**
 * How deep HTML given to the analysis may nest. The deepest real policy page nests 36 elements and Chromium's parser
 * stops nesting at 512. htmlparser2 keeps its open elements with Array.unshift, so each level costs as much as the
 * depth so far: 100,000 levels took minutes. Deeper HTML is refused with this error, before that cost.
 */
export const MAX_HTML_DEPTH = 1024;

export class HtmlTooDeepError extends Error {
  constructor() {
    super(`the HTML nests elements more than ${MAX_HTML_DEPTH} deep, which no policy page does: it is not read`);
    this.name = 'HtmlTooDeepError';
  }
}

/** htmlparser2's own tree builder, stopped with HtmlTooDeepError at MAX_HTML_DEPTH open elements. */
class BoundedDomHandler extends DomHandler {
  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.tagStack.length > MAX_HTML_DEPTH) throw new HtmlTooDeepError();
    super.onopentag(name, attribs);
  }
}

export function htmlToMarkdown(html: string): string {
  const handler = new BoundedDomHandler();
  new Parser(handler).end(html);
  return convertToMarkdown<AnyNode>(handler.root, PARSED_ADAPTER);
}
