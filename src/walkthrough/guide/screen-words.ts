import { CONTROL_SELECTOR, isChosen, namesOf } from '../field-finder';
import { isVisible, normaliseText, readableText } from '../page-text';
import type { ScreenWords } from './request-kind';

// Reading one screen of a help-centre flow as a person does: its headings, the names of its fields, its explanation,
// and the question it asks with its options (which one is chosen). What the screen is for is decided from these
// (request-kind.ts); nothing here depends on class names or on a platform's wording.

const HEADING_SELECTOR = 'h1, h2, h3, [role=heading]';
const RADIO_SELECTOR = '[role=radio], input[type=radio]';
const BUTTON_SELECTOR = 'button, [role=button], input[type=submit], input[type=button]';

/** The part of the page that holds the screen: its main region, else the body. */
export function screenRoot(doc: Document): Element | null {
  return doc.querySelector('[role=main], main') ?? doc.body;
}

function visibleTexts(root: Element, selector: string): string[] {
  return [...root.querySelectorAll(selector)]
    .filter(isVisible)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The text controls of the screen a person could type into (visible, not hidden inputs, not radios). */
export function screenControls(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)].filter(
    (el) => isVisible(el) && !['radio', 'checkbox', 'hidden'].includes((el.getAttribute('type') ?? '').toLowerCase()),
  );
}

export function readScreenWords(doc: Document): ScreenWords {
  const root = screenRoot(doc);
  if (!root) return { headings: [], fieldLabels: [], explanation: [] };
  const headings = visibleTexts(root, HEADING_SELECTOR);
  const fieldLabels = [...new Set(screenControls(root).flatMap((el) => namesOf(el).map((n) => n.text.trim())))];
  const aside = new Set(
    [...headings, ...fieldLabels, ...visibleTexts(root, BUTTON_SELECTOR), ...visibleTexts(root, RADIO_SELECTOR)].map(
      normaliseText,
    ),
  );
  const explanation = readableText(root)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && line.length <= 600 && !aside.has(normaliseText(line)));
  return { headings, fieldLabels, explanation };
}

export interface QuestionOption {
  element: HTMLElement;
  text: string;
  chosen: boolean;
}

export interface ScreenQuestion {
  /** The question's own words ("Is your request about AI at Meta?"). */
  text: string;
  /** The element showing them (for the frame and for the route's known questions). */
  element: Element;
  options: QuestionOption[];
}

function optionText(el: HTMLElement): string {
  if (el.tagName === 'INPUT') return (namesOf(el)[0]?.text ?? '').trim();
  return (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
}

/** The words that ask the question of a group of options: its label, legend, or the text before the options. */
function questionOf(group: Element, options: readonly HTMLElement[]): { text: string; element: Element } | null {
  const labelledBy = group.getAttribute('aria-labelledby');
  const byId = labelledBy ? group.ownerDocument.getElementById(labelledBy.split(/\s+/)[0]!) : null;
  if (byId?.textContent?.trim()) return { text: byId.textContent.trim(), element: byId };
  const legend = group.querySelector('legend');
  if (legend?.textContent?.trim()) return { text: legend.textContent.trim(), element: legend };
  const label = group.getAttribute('aria-label');
  if (label?.trim()) return { text: label.trim(), element: group };
  // The first visible text of the group (or before it) that is no option.
  const inOptions = (el: Element) => options.some((o) => o.contains(el) || el.contains(o));
  for (const el of group.querySelectorAll('span, div, p, h2, h3, h4, legend, label')) {
    if (inOptions(el) || el.children.length > 0) continue;
    const text = (el.textContent ?? '').trim();
    if (text && isVisible(el)) return { text, element: el };
  }
  for (let sibling = group.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    const text = (sibling.textContent ?? '').trim();
    if (text && isVisible(sibling)) return { text, element: sibling };
  }
  return null;
}

/** The question the screen asks with options to choose from (radios), or null when it asks none. */
export function readQuestion(doc: Document): ScreenQuestion | null {
  const root = screenRoot(doc);
  if (!root) return null;
  const radios = [...root.querySelectorAll<HTMLElement>(RADIO_SELECTOR)].filter(isVisible);
  if (radios.length < 2) return null;
  const group =
    radios[0]!.closest('[role=radiogroup], fieldset') ?? commonAncestor(radios) ?? radios[0]!.parentElement ?? root;
  const options = radios
    .filter((r) => group.contains(r))
    .map((element) => ({ element, text: optionText(element), chosen: isChosen(element) }));
  const asked = questionOf(
    group,
    options.map((o) => o.element),
  );
  return asked ? { ...asked, options } : null;
}

function commonAncestor(elements: readonly Element[]): Element | null {
  let node: Element | null = elements[0]!.parentElement;
  while (node && !elements.every((el) => node!.contains(el))) node = node.parentElement;
  return node;
}
