import type { GuideRoute } from '../../platforms/compact-routes';
import type { FormField, RouteBranch, RouteVerification } from '../../platforms/schema';
import {
  allPhrases,
  findChoice,
  findField,
  findFields,
  findSubmitButton,
  hasPasswordField,
  isChosen,
} from '../field-finder';
import { findVisiblePhrase, surroundingText } from '../page-text';

// One look at the form page: is the confirmation showing, is the form there, or is it a login wall? Pure DOM reading,
// run on every (debounced) mutation by the guide.

export type PageObservation =
  | { kind: 'confirmation'; text: string }
  | { kind: 'form'; fields: FormField[]; elements: HTMLElement[] }
  /** The platform's question before the form: the answer to choose, whether it is chosen, the button to go on. */
  | { kind: 'branch'; index: number; answer: HTMLElement | null; answered: boolean; proceed: HTMLElement | null }
  /** The screen asking for the emailed code: its field and the button that sends it. */
  | { kind: 'verification'; field: HTMLElement; submit: HTMLElement | null }
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
  const verification = route.verification ? findVerification(doc, route.verification) : null;
  if (verification) return verification;
  const branch = findBranch(doc, route.branches ?? []);
  if (branch) return branch;
  if (findVisiblePhrase(doc, allPhrases(route.loginMarkers))) return { kind: 'login' };
  return { kind: 'nothing' };
}

function findVerification(
  doc: Document,
  verification: RouteVerification,
): Extract<PageObservation, { kind: 'verification' }> | null {
  const codeField: FormField = {
    id: 'code',
    purpose: 'other',
    required: true,
    labels: verification.labels,
    type: 'text',
    mayBeMissing: false,
    explain: verification.explain,
  };
  const field = findField(doc, codeField);
  return field ? { kind: 'verification', field, submit: findSubmitButton(doc, verification.submitLabels) } : null;
}

/** The first of the route's questions showing on the page, with the answer the guide points at. */
function findBranch(
  doc: Document,
  branches: readonly RouteBranch[],
): Extract<PageObservation, { kind: 'branch' }> | null {
  for (const [index, branch] of branches.entries()) {
    const question = findVisiblePhrase(doc, allPhrases(branch.question));
    if (!question) continue;
    const answer = findChoice(question.element, allPhrases(branch.answer));
    const answered = answer !== null && isChosen(answer);
    const proceed = answered && branch.continueLabels ? findSubmitButton(doc, branch.continueLabels) : null;
    return { kind: 'branch', index, answer, answered, proceed };
  }
  return null;
}
