import { convertToMarkdown, type TreeAdapter } from './convert';

// The converter over a real DOM: the page in the content script, a parsed fetched page in the offscreen document.

const DOM_ADAPTER: TreeAdapter<Node> = {
  nodeType: (node) => node.nodeType,
  tag: (node) => (node as Element).localName,
  attr: (node, name) => (node as Element).getAttribute(name),
  childNodes: (node) => node.childNodes as unknown as Iterable<Node>,
  text: (node) => node.nodeValue ?? '',
  parent: (node) => node.parentNode,
};

export interface MarkdownOptions {
  /** CSS selectors of elements to leave out (the platform rule's remove list). */
  remove?: readonly string[];
}

/** Convert an element's content to Markdown. */
export function domToMarkdown(root: Element, options: MarkdownOptions = {}): string {
  const removed = new Set<Node>();
  for (const selector of options.remove ?? []) {
    try {
      for (const el of root.querySelectorAll(selector)) removed.add(el);
    } catch {
      // An invalid selector in the data must not break extraction; registry tests keep the data clean.
    }
  }
  return convertToMarkdown<Node>(root, DOM_ADAPTER, { removed });
}
