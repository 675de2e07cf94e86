import type { LocalizedPhrases } from '../platforms/schema';
import { allPhrases, namesOf } from './field-finder';
import { isVisible, normaliseText } from './page-text';

// Finding an opt-out setting (LinkedIn's "Use my data for training content creation AI models", X's Grok checkbox)
// by its words, as field-finder does for form fields, and reading whether it is on.

const TOGGLE_SELECTOR = 'input[type="checkbox"], [role="switch"], [role="checkbox"], button[aria-pressed]';

export function findSettingToggle(root: ParentNode, labels: LocalizedPhrases): HTMLElement | null {
  const phrases = allPhrases(labels).map(normaliseText).filter(Boolean);
  let best: { el: HTMLElement; score: number } | null = null;
  for (const el of root.querySelectorAll<HTMLElement>(TOGGLE_SELECTOR)) {
    if (!isVisible(el)) continue;
    for (const { text, weight } of namesOf(el)) {
      const name = normaliseText(text);
      for (const p of phrases) {
        const score = (name === p ? 100 : name.includes(p) ? 50 + Math.min(p.length, 40) : 0) * weight;
        if (score > 0 && (!best || score > best.score)) best = { el, score };
      }
    }
  }
  return best?.el ?? null;
}

/** Is the toggle on (checked, aria-checked, aria-pressed)? */
export function toggleIsOn(el: HTMLElement): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-pressed') === 'true';
}

/** Is the setting in its opted-out position? */
export function isOptedOut(el: HTMLElement, optedOutWhen: 'on' | 'off'): boolean {
  return toggleIsOn(el) === (optedOutWhen === 'on');
}
