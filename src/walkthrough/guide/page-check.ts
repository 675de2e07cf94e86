import type { GuideRoute } from '../../platforms/compact-routes';
import type { FormField, LocalizedPhrases, RouteBranch, RouteVerification } from '../../platforms/schema';
import {
  allPhrases,
  findChoice,
  findField,
  findFields,
  findSubmitButton,
  hasPasswordField,
  isChosen,
} from '../field-finder';
import { findVisiblePhrase, isVisible, normaliseText, readableText } from '../page-text';
import { type AnsweredQuestion, classifyRequest, objectionLean, type RequestKind } from './request-kind';
import { readQuestion, readScreenWords, type ScreenQuestion, screenControls, screenRoot } from './screen-words';

// One look at a screen of the form's flow, each screen recognised on its own: a question, a form (an objection, a
// look-alike, or one that cannot be told), the emailed code, a message (what replaces the form after a send), a
// login wall. Pure DOM reading, run on every (debounced) mutation by the guide; what a message after the user's Send
// means is the controller's to decide (it knows about the press).

/** The press that leaves a screen: its element, its text, and whether it sends (else it goes to the next screen). */
export interface ScreenPress {
  element: HTMLElement | null;
  text: string | null;
  sends: boolean;
}

export type PageObservation =
  | { kind: 'form'; fields: FormField[]; elements: HTMLElement[]; press: ScreenPress; error: string | null }
  /** A form on the route's path that asks for something else (access, the DPO, other contact, login help). */
  | { kind: 'look-alike'; request: RequestKind }
  /** A form whose words do not say what it is for: the user is asked. */
  | { kind: 'unsure'; fields: FormField[]; elements: HTMLElement[]; press: ScreenPress; error: string | null }
  /**
   * A question with options. `index` is the route's branch it is (-1: a question the route does not list, answered
   * by the option that speaks for an objection); `answer` the option to choose, when one fits.
   */
  | {
      kind: 'branch';
      index: number;
      question: string;
      answer: HTMLElement | null;
      answered: boolean;
      proceed: HTMLElement | null;
    }
  /** The screen asking for the emailed code: its field and the button that sends it. */
  | { kind: 'verification'; field: HTMLElement; submit: HTMLElement | null }
  /** Text without fields or options: a confirmation after a send, or an error. `knownPhrase`: one the route lists. */
  | { kind: 'message'; text: string; error: string | null; knownPhrase: string | null }
  | { kind: 'login' }
  | { kind: 'nothing' };

/** Words of a button that goes on without sending, and of one that sends, besides the route's own (EN/DE/FR). */
const NEXT_WORDS: LocalizedPhrases = {
  en: ['Next', 'Continue'],
  de: ['Weiter', 'Fortfahren'],
  fr: ['Suivant', 'Continuer'],
};
const SEND_WORDS: LocalizedPhrases = {
  en: ['Send', 'Submit', 'Send request'],
  de: ['Senden', 'Absenden', 'Abschicken'],
  fr: ['Envoyer', 'Soumettre'],
};

/** Stems of an error message (a validation error, a refusal), EN/DE/FR. */
const ERROR_CUES =
  /\b(error|invalid|isn't right|not valid|please (enter|fill|try|check)|required|went wrong|couldn't|try again|fehler|ungültig|bitte (gib|füll|prüf)|erforderlich|nicht korrekt|stimmt nicht|versuche es|erreur|invalide|non valide|veuillez (saisir|remplir|réessayer|vérifier)|obligatoire|incorrect|n'est pas|réessayez)/u;

export function observePage(
  doc: Document,
  route: GuideRoute,
  answers: readonly AnsweredQuestion[] = [],
): PageObservation {
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
  const verification = route.verification ? findVerification(doc, route.verification) : null;
  if (verification && fields.every((f) => f.purpose !== 'email')) return verification;
  if (elements.length > 0) return formScreen(doc, route, answers, fields, elements);
  const branch = findBranch(doc, route.branches ?? []);
  if (branch) return branch;
  if (findVisiblePhrase(doc, allPhrases(route.loginMarkers))) return { kind: 'login' };
  return messageScreen(doc, route) ?? { kind: 'nothing' };
}

function formScreen(
  doc: Document,
  route: GuideRoute,
  answers: readonly AnsweredQuestion[],
  fields: FormField[],
  elements: HTMLElement[],
): PageObservation {
  const verdict = classifyRequest(readScreenWords(doc), answers);
  if (verdict.kind === 'other') return { kind: 'look-alike', request: verdict.request };
  const press = screenPress(doc, route);
  const error = screenError(doc);
  return { kind: verdict.kind === 'objection' ? 'form' : 'unsure', fields, elements, press, error };
}

/** The press that leaves this screen: the route's send button, else a "Next", else any send-like button. */
export function screenPress(doc: Document, route: GuideRoute): ScreenPress {
  const root = screenRoot(doc) ?? doc;
  const send = findSubmitButton(root, route.submitLabels);
  if (send) return { element: send, text: buttonText(send), sends: true };
  const next = findSubmitButton(
    root,
    mergePhrases([NEXT_WORDS, ...(route.branches ?? []).map((b) => b.continueLabels)]),
  );
  if (next) return { element: next, text: buttonText(next), sends: false };
  const other = findSubmitButton(root, SEND_WORDS);
  return { element: other, text: other ? buttonText(other) : null, sends: other !== null };
}

function mergePhrases(lists: readonly (LocalizedPhrases | undefined)[]): LocalizedPhrases {
  const merged: LocalizedPhrases = { en: [], de: [], fr: [] };
  for (const list of lists) {
    if (!list) continue;
    merged.en = [...merged.en, ...list.en];
    merged.de = [...merged.de, ...list.de];
    merged.fr = [...merged.fr, ...list.fr];
  }
  return merged;
}

function buttonText(el: HTMLElement): string | null {
  return (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value || '').trim() || null;
}

/** The error the screen shows, word for word: an alert, a field marked invalid with its message; else null. */
export function screenError(doc: Document): string | null {
  const root = screenRoot(doc);
  if (!root) return null;
  for (const alert of root.querySelectorAll('[role=alert], [aria-live=assertive]')) {
    const text = readableText(alert);
    if (text && isVisible(alert)) return text;
  }
  const invalid = [...root.querySelectorAll('[aria-invalid=true]')].find(isVisible);
  if (!invalid) return null;
  const described = invalid.getAttribute('aria-errormessage') ?? invalid.getAttribute('aria-describedby');
  const message = described ? doc.getElementById(described.split(/\s+/)[0]!)?.textContent?.trim() : null;
  return message || 'aria-invalid';
}

/** A screen of text only (no field, no option): what the page says, and whether it is an error. */
function messageScreen(doc: Document, route: GuideRoute): Extract<PageObservation, { kind: 'message' }> | null {
  const root = screenRoot(doc);
  if (!root || screenControls(root).length > 0) return null;
  if ([...root.querySelectorAll('[role=progressbar], [aria-busy=true]')].some(isVisible)) return null;
  const text = readableText(root).slice(0, 2000);
  if (text.replace(/\W/g, '').length < 8) return null;
  const alert = screenError(doc);
  const error = alert && ERROR_CUES.test(normaliseText(alert)) ? alert : null;
  const known = findVisiblePhrase(root, allPhrases(route.confirmationMarkers));
  return { kind: 'message', text, error, knownPhrase: known?.phrase ?? null };
}

/** Does this text read as an error message? */
export function readsAsError(text: string): boolean {
  return ERROR_CUES.test(normaliseText(text));
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

/**
 * The question showing, with the answer the guide points at: the route's own question (its answer), else any
 * question whose options include one that speaks for an objection.
 */
function findBranch(
  doc: Document,
  branches: readonly RouteBranch[],
): Extract<PageObservation, { kind: 'branch' }> | null {
  for (const [index, branch] of branches.entries()) {
    const question = findVisiblePhrase(doc, allPhrases(branch.question));
    if (!question) continue;
    const answer = findChoice(question.element, allPhrases(branch.answer));
    const proceed =
      answer && isChosen(answer) && branch.continueLabels ? findSubmitButton(doc, branch.continueLabels) : null;
    return {
      kind: 'branch',
      index,
      question: question.element.textContent?.trim() ?? '',
      answer,
      answered: answer !== null && isChosen(answer),
      proceed,
    };
  }
  const asked = readQuestion(doc);
  if (!asked) return null;
  const answer = bestObjectionOption(asked);
  const answered = answer !== null && isChosen(answer);
  const proceed = answered ? findSubmitButton(screenRoot(doc) ?? doc, NEXT_WORDS) : null;
  return { kind: 'branch', index: -1, question: asked.text, answer, answered, proceed };
}

function bestObjectionOption(question: ScreenQuestion): HTMLElement | null {
  const ranked = question.options
    .map((o) => ({ o, lean: objectionLean(o.text) }))
    .filter((r) => r.lean > 0)
    .sort((a, b) => b.lean - a.lean);
  return ranked[0]?.o.element ?? null;
}

/** The question and the answer chosen on this screen, if any (the controller keeps them for later screens). */
export function answeredQuestion(doc: Document): AnsweredQuestion | null {
  const asked = readQuestion(doc);
  const chosen = asked?.options.find((o) => o.chosen);
  return asked && chosen ? { question: asked.text, answer: chosen.text } : null;
}
