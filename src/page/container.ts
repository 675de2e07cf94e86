import type { ExtractRule } from '../platforms/schema';

// Which element holds the policy: the rule's selectors in order (the first with enough text wins), then a text-based
// fallback for when the platform renamed its markup: from <body>, descend while one child holds nearly all the text,
// and accept the element only if a marker phrase is in it.

export interface ChosenContainer {
  element: Element;
  /** How it was found, for the debug line: the selector, or "text fallback". */
  via: string;
}

/** Share of the parent's text a child must hold for the fallback to descend into it. */
const DOMINANT_SHARE = 0.9;

export function chooseContainer(
  doc: Document,
  rule: Pick<ExtractRule, 'selectors' | 'minChars' | 'markers'>,
): ChosenContainer | null {
  for (const selector of rule.selectors) {
    let element: Element | null = null;
    try {
      element = doc.querySelector(selector);
    } catch {
      continue; // an invalid selector in the data must not stop the other ones
    }
    if (element && textLength(element) >= rule.minChars) return { element, via: selector };
  }
  return fallbackContainer(doc, rule.markers);
}

function fallbackContainer(doc: Document, markers: readonly string[]): ChosenContainer | null {
  let current: Element | null = doc.body;
  if (!current) return null;
  for (;;) {
    const total: number = textLength(current);
    let dominant: Element | null = null;
    for (const child of current.children) {
      if (textLength(child) >= total * DOMINANT_SHARE) {
        dominant = child;
        break;
      }
    }
    if (!dominant) break;
    current = dominant;
  }
  return containsMarker(current.textContent ?? '', markers) ? { element: current, via: 'text fallback' } : null;
}

export function textLength(el: Element): number {
  return (el.textContent ?? '').trim().length;
}

/** Markers match case-insensitively, with any run of whitespace as one space (pages wrap lines freely). */
export function containsMarker(text: string, markers: readonly string[]): boolean {
  const haystack = squash(text);
  return markers.some((m) => haystack.includes(squash(m)));
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}
