import type { GuideRoute } from '../../platforms/compact-routes';
import type { FormField } from '../../platforms/schema';
import { allPhrases, findFields, hasPasswordField } from '../field-finder';
import { findVisiblePhrase, surroundingText } from '../page-text';

// One look at the form page: is the confirmation showing, is the form there, or is it a login wall? Pure DOM reading,
// run on every (debounced) mutation by the guide.

export type PageObservation =
  | { kind: 'confirmation'; text: string }
  | { kind: 'form'; fields: FormField[]; elements: HTMLElement[] }
  | { kind: 'login' }
  | { kind: 'nothing' };

export function observePage(doc: Document, route: GuideRoute): PageObservation {
  // Meta's login wall has an "Email address or phone number" box that reads like the form's email field; its
  // password field tells them apart.
  if (hasPasswordField(doc)) return { kind: 'login' };
  const found = findFields(doc, route.fields);
  const fields: FormField[] = [];
  const elements: HTMLElement[] = [];
  route.fields.forEach((field, i) => {
    const el = found[i];
    if (el) {
      fields.push(field);
      elements.push(el);
    }
  });
  const formComplete =
    elements.length > 0 && route.fields.every((f, i) => !f.required || f.mayBeMissing || found[i] !== null);

  // "Thank you" may well appear on the form page itself: a confirmation counts only when the form is gone (Meta's
  // pages replace the form by the confirmation screen).
  if (!formComplete) {
    const confirmation = findVisiblePhrase(doc, allPhrases(route.confirmationMarkers));
    if (confirmation) return { kind: 'confirmation', text: surroundingText(confirmation.element) };
  }
  if (formComplete) return { kind: 'form', fields, elements };
  if (findVisiblePhrase(doc, allPhrases(route.loginMarkers))) return { kind: 'login' };
  return { kind: 'nothing' };
}
