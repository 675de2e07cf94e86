import type { FormField, LocalizedPhrases } from '../platforms/schema';
import { isVisible, normaliseText } from './page-text';

// Finding a form's fields and its submit button on a platform page the way a person would: by the words next to them.
// Meta's markup uses generated class names that change with every release, so they are never used; what stays is
// the accessible name (label, aria-label, aria-labelledby), the placeholder, the name attribute, the input type and
// the visible text just before the field. Phrases of every language are tried: the page's language is the
// account's, not necessarily the browser's.

export const CONTROL_SELECTOR =
  'input, textarea, select, [contenteditable="true"], [contenteditable=""], [role="textbox"], [role="combobox"], [role="checkbox"]';
const BUTTON_SELECTOR = 'button, [role="button"], input[type="submit"], input[type="button"]';
const TEXT_INPUT_TYPES = new Set(['', 'text', 'email', 'search']);

/** Words in name/autocomplete attributes that say what a field is for. */
const PURPOSE_HINTS: Record<FormField['purpose'], readonly string[]> = {
  email: ['email', 'e-mail', 'mail'],
  reason: ['reason', 'comment', 'message', 'description', 'details', 'impact', 'explain'],
  country: ['country', 'land', 'pays'],
  name: ['name', 'fullname', 'nom'],
  confirm: ['confirm', 'agree', 'consent'],
  other: [],
};

export function allPhrases(phrases: LocalizedPhrases | undefined): string[] {
  if (!phrases) return [];
  return [...phrases.en, ...phrases.de, ...phrases.fr];
}

/** The texts that name a control, strongest first: what a screen reader would announce, then weaker hints. */
export function namesOf(el: Element): { text: string; weight: number }[] {
  const doc = el.ownerDocument;
  const names: { text: string; weight: number }[] = [];
  const add = (text: string | null | undefined, weight: number) => {
    if (text?.trim()) names.push({ text, weight });
  };
  add(el.getAttribute('aria-label'), 1);
  add(idrefText(el, 'aria-labelledby'), 1);
  const id = el.getAttribute('id');
  if (id) for (const label of doc.querySelectorAll(`label[for="${CSS.escape(id)}"]`)) add(label.textContent, 1);
  const wrapping = el.closest('label');
  if (wrapping) add(wrapping.textContent, 1);
  add(idrefText(el, 'aria-describedby'), 0.9);
  add(el.getAttribute('placeholder'), 0.9);
  add(el.getAttribute('title'), 0.8);
  add(nearbyText(el), 0.8);
  add(textAfter(el), 0.7);
  add(groupHeading(el), 0.6);
  return names;
}

/** The text of the elements an attribute names by id (aria-labelledby, aria-describedby). */
function idrefText(el: Element, attribute: string): string | null {
  const ids = el.getAttribute(attribute);
  if (!ids) return null;
  return ids
    .split(/\s+/)
    .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** The heading of the group a control sits in: a fieldset's legend, a group's label. */
function groupHeading(el: Element): string | null {
  const legend = el.closest('fieldset')?.querySelector('legend');
  if (legend?.textContent?.trim()) return legend.textContent;
  const group = el.closest('[role=group]');
  if (!group) return null;
  return group.getAttribute('aria-label') ?? idrefText(group, 'aria-labelledby');
}

/** The visible text just before a control: the heading or caption a sighted user reads as its label. */
export function nearbyText(el: Element, levels = 4): string | null {
  let node: Element | null = el;
  for (let level = 0; node && level < levels; level++, node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.matches(CONTROL_SELECTOR) || sibling.querySelector(CONTROL_SELECTOR)) return null;
      const text = (sibling.textContent ?? '').trim();
      if (text && isVisible(sibling)) return text.length <= 300 ? text : null;
    }
  }
  return null;
}

/**
 * The visible text just after a control, when nothing names it before: a caption under a box. It stops at the next
 * control, whose label it would otherwise take.
 */
export function textAfter(el: Element, levels = 4): string | null {
  let node: Element | null = el;
  for (let level = 0; node && level < levels; level++, node = node.parentElement) {
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (sibling.matches(CONTROL_SELECTOR) || sibling.querySelector(CONTROL_SELECTOR)) return null;
      if (sibling.matches(BUTTON_SELECTOR) || sibling.querySelector(BUTTON_SELECTOR)) return null;
      const text = (sibling.textContent ?? '').trim();
      if (text && isVisible(sibling)) return text.length <= 300 ? text : null;
    }
  }
  return null;
}

function kindMatches(el: Element, type: FormField['type']): boolean {
  const tag = el.tagName.toLowerCase();
  const role = el.getAttribute('role');
  const inputType = tag === 'input' ? (el.getAttribute('type') ?? '').toLowerCase() : null;
  switch (type) {
    case 'email':
    case 'text':
      return (inputType !== null && TEXT_INPUT_TYPES.has(inputType)) || (role === 'textbox' && tag !== 'textarea');
    case 'textarea':
      return tag === 'textarea' || el.hasAttribute('contenteditable') || role === 'textbox' || inputType === 'text';
    case 'select':
      return tag === 'select' || role === 'combobox';
    case 'checkbox':
      return inputType === 'checkbox' || role === 'checkbox';
    case 'file':
      return inputType === 'file';
  }
}

function labelScore(names: { text: string; weight: number }[], phrases: string[]): number {
  let best = 0;
  for (const { text, weight } of names) {
    const name = normaliseText(text);
    for (const phrase of phrases) {
      const p = normaliseText(phrase);
      if (!p) continue;
      // Exact beats contained; a longer contained phrase is more specific than a short one.
      const score = name === p ? 100 : name.includes(p) ? 50 + Math.min(p.length, 40) : 0;
      best = Math.max(best, score * weight);
    }
  }
  return best;
}

function attributeHintScore(el: Element, field: FormField): number {
  const attrs = ['name', 'autocomplete'].map((a) => (el.getAttribute(a) ?? '').toLowerCase());
  return PURPOSE_HINTS[field.purpose].some((hint) => attrs.some((value) => value.includes(hint))) ? 30 : 0;
}

function typeScore(el: Element, field: FormField): number {
  if (field.type === 'email' && el.getAttribute('type') === 'email') return 30;
  if (field.type === 'textarea' && el.tagName === 'TEXTAREA') return 10;
  return 0;
}

/**
 * The control on the page that is this field, or null. Controls listed in `taken` (fields already matched) are not
 * considered, so two fields never resolve to the same control.
 */
export function findField(
  root: ParentNode,
  field: FormField,
  taken: ReadonlySet<Element> = new Set(),
): HTMLElement | null {
  const phrases = allPhrases(field.labels);
  let best: { el: HTMLElement; score: number } | null = null;
  for (const el of root.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)) {
    if (taken.has(el) || !kindMatches(el, field.type) || !isVisible(el)) continue;
    if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') continue;
    const byLabel = labelScore(namesOf(el), phrases);
    const byAttribute = attributeHintScore(el, field);
    // The type alone says nothing (every comment box is a textarea): it only ranks controls a label or a name
    // attribute already points at. An email input is the exception, handled below.
    if (byLabel === 0 && byAttribute === 0) continue;
    const score = byLabel + byAttribute + typeScore(el, field);
    if (!best || score > best.score) best = { el, score };
  }
  return best?.el ?? emailByTypeAlone(root, field, taken);
}

/** A form with a single visible email input and no label we know: that input is the email field. */
function emailByTypeAlone(root: ParentNode, field: FormField, taken: ReadonlySet<Element>): HTMLElement | null {
  if (field.purpose !== 'email') return null;
  const inputs = [...root.querySelectorAll<HTMLElement>('input[type="email"]')].filter(
    (el) => !taken.has(el) && isVisible(el) && !el.hasAttribute('disabled'),
  );
  return inputs.length === 1 ? inputs[0]! : null;
}

/** Every field of a route found on the page, in the route's order; missing ones are null. */
export function findFields(root: ParentNode, fields: readonly FormField[]): (HTMLElement | null)[] {
  const taken = new Set<Element>();
  return fields.map((field) => {
    const el = findField(root, field, taken);
    if (el) taken.add(el);
    return el;
  });
}

/** The platform's own submit button, recognised by its visible text. The guide points at it and never clicks it. */
export function findSubmitButton(root: ParentNode, labels: LocalizedPhrases | undefined): HTMLElement | null {
  const phrases = allPhrases(labels).map(normaliseText).filter(Boolean);
  let best: { el: HTMLElement; score: number } | null = null;
  for (const el of root.querySelectorAll<HTMLElement>(BUTTON_SELECTOR)) {
    if (!isVisible(el)) continue;
    const text = normaliseText(el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value || '');
    if (!text) continue;
    for (const p of phrases) {
      const score = text === p ? 2 : text.startsWith(p) && text.length <= p.length + 12 ? 1 : 0;
      if (score > 0 && (!best || score > best.score)) best = { el, score };
    }
  }
  return best?.el ?? null;
}

/** Does the page ask to log in? A visible password field or one of the route's login phrases. */
export function hasPasswordField(root: ParentNode): boolean {
  return [...root.querySelectorAll('input[type="password"]')].some(isVisible);
}

const CHOICE_SELECTOR =
  '[role="radio"], [role="option"], [role="menuitemradio"], [role="button"], [role="link"], button, a, label, input[type="radio"]';

/**
 * The option a person would choose to answer a question ("Yes" under "Is your request about AI at Meta?"): a control
 * whose own text is one of the phrases, the nearest to the question (searched in ever wider ancestors of it).
 */
export function findChoice(question: Element, phrases: readonly string[]): HTMLElement | null {
  const wanted = new Set(phrases.map(normaliseText).filter(Boolean));
  let scope: Element | null = question;
  for (let level = 0; scope && level < 6; level++, scope = scope.parentElement) {
    for (const el of scope.querySelectorAll<HTMLElement>(CHOICE_SELECTOR)) {
      if (!isVisible(el)) continue;
      const own =
        el.tagName === 'INPUT' ? (namesOf(el)[0]?.text ?? '') : el.getAttribute('aria-label') || el.textContent || '';
      if (!wanted.has(normaliseText(own))) continue;
      // A text inside a clickable row: point at the row (the control), not at a span of it.
      return (el.closest('[role="radio"], [role="option"], [role="menuitemradio"]') as HTMLElement | null) ?? el;
    }
  }
  return null;
}

/** Is this option chosen (aria-checked/selected/pressed, or a checked radio inside or beside it)? */
export function isChosen(el: Element): boolean {
  if (['aria-checked', 'aria-selected', 'aria-pressed'].some((a) => el.getAttribute(a) === 'true')) return true;
  const radio = el.matches('input') ? el : el.querySelector('input[type="radio"], input[type="checkbox"]');
  return radio !== null && (radio as HTMLInputElement).checked;
}

const OPTIONAL_WORD = '(optional|freiwillig|optionnel(?:le)?|facultati(?:f|ve)|nicht erforderlich)';
const MARKED_OPTIONAL = new RegExp(
  `\\(\\s*${OPTIONAL_WORD}\\s*\\)|[-–—]\\s*${OPTIONAL_WORD}\\s*$|^${OPTIONAL_WORD}$`,
  'i',
);
const MARKED_REQUIRED = /\*\s*$|\(\s*(required|pflichtfeld|erforderlich|obligatoire)\s*\)/i;

/** Does the page itself mark this field as required (required, aria-required, an asterisk or "(required)")? */
export function pageMarksRequired(el: Element): boolean {
  if (el.hasAttribute('required') || el.getAttribute('aria-required') === 'true') return true;
  return namesOf(el).some(({ text }) => MARKED_REQUIRED.test(text.trim()));
}

/** Does the page say the field is optional ("(optional)", "(freiwillig)", "(facultatif)", "– optionnel")? */
export function pageMarksOptional(el: Element): boolean {
  if (el.getAttribute('aria-required') === 'false') return true;
  return namesOf(el).some(({ text }) => MARKED_OPTIONAL.test(text.trim()));
}
