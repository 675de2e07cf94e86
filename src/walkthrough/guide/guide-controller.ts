import type { Language } from '../../analysis/types';
import { t } from '../../i18n/guide';
import type { GuideRoute } from '../../platforms/compact-routes';
import type { FormField } from '../../platforms/schema';
import { findSubmitButton, pageMarksOptional, pageMarksRequired } from '../field-finder';
import { type FillableField, fillReactInput, isFillable } from '../fill-react-input';
import { type GuideEvent, type GuideState, INITIAL_STATE, nextState } from '../guide-state';
import { isVisible } from '../page-text';
import { type EvidenceStatus, GuideView, type Recognition } from './guide-view';
import { Highlight } from './highlight';
import type { OnePanelModel } from './one-panel-view';
import { answeredQuestion, observePage, type PageObservation, readsAsError, type ScreenPress } from './page-check';
import { DEFAULT_WATCH_OPTIONS, PageWatcher, type WatchOptions } from './page-watcher';
import type { AnsweredQuestion } from './request-kind';
import { screenRoot } from './screen-words';
import { UserActs } from './user-acts';

// The in-page guide at work on a form page: watches the page (late rendering, login wall, each screen of the flow),
// feeds what it sees to the state machine, and carries out the user's choices (fill this address, insert this
// reason). It never submits the form and never clicks the platform's button: it only points at it. A form that is not
// an objection (a look-alike on the same path) is left alone; the user's own press of the button that sends is
// followed by what the page does, and that is the confirmation (or the error), in any language.

export interface GuideServices {
  /** The address the user saved with consent, or null. */
  emailToFill(): Promise<string | null>;
  /** Save (or with null forget) the address, as the user chose in the panel. */
  rememberEmail(email: string | null): Promise<void>;
  /** Write the evidence record (through the background). */
  recordEvidence(input: {
    accountEmail: string | null;
    confirmationText: string;
    recognition: Recognition;
  }): Promise<void>;
}

export interface GuideOptions extends WatchOptions {
  /** How long after the user's press the page's answer counts as the answer to it. */
  sendWindowMs?: number;
  /** Whether an event is the user's own (the browser's trusted events; unit tests stand in for the user). */
  isUserEvent?: (event: Event) => boolean;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SEND_WINDOW_MS = 10_000;
/** States in which a form showing is a new screen to start on (not the one the user is at). */
const FRESH_FORM_STATES = new Set<GuideState['kind']>([
  'waiting-for-form',
  'login-required',
  'not-recognised',
  'branch',
  'unsure',
  'look-alike',
  'sending',
  'verifying',
]);

export class GuideController {
  state: GuideState = INITIAL_STATE;
  private steps: FormField[] = [];
  private elements: HTMLElement[] = [];
  private accountEmail: string | null = null;
  private savedEmail: string | null = null;
  /** Fields Policy Watch filled (by purpose): never claimed as the platform's. */
  private readonly filledByUs = new Set<string>();
  /** Fields the user typed into (by purpose). */
  private readonly typedByUser = new Set<string>();
  /** Each field's value when the form first showed it (by purpose). */
  private readonly firstValues = new Map<string, string>();
  /** The questions answered in this tab, by question: they say what the later screens are for. */
  private readonly answers = new Map<string, AnsweredQuestion>();
  private note: string | null = null;
  private evidence: EvidenceStatus = { kind: 'pending' };
  private recognition: Recognition | null = null;
  /** What the last look at the page found of the steps around the form (question before it, code after it). */
  private branchSeen: Extract<PageObservation, { kind: 'branch' }> | null = null;
  private verificationSeen: Extract<PageObservation, { kind: 'verification' }> | null = null;
  /** The press that leaves the current form screen, and what identifies that screen. */
  private press: ScreenPress | null = null;
  private screenKey: string | null = null;
  /** The user said this (unsure) screen is their objection. */
  private userSaysObjection: string | null = null;
  private statusBeforePress: string | null = null;
  private readonly watcher: PageWatcher;
  private readonly view: GuideView;
  private readonly highlight: Highlight;
  private readonly acts: UserActs;
  private readonly sendWindowMs: number;

  constructor(
    private readonly doc: Document,
    private readonly route: GuideRoute,
    platformName: string,
    private readonly lang: Language,
    container: HTMLElement,
    private readonly services: GuideServices,
    private readonly onClose: () => void = () => {},
    options: GuideOptions = DEFAULT_WATCH_OPTIONS,
  ) {
    this.watcher = new PageWatcher(doc, options);
    this.sendWindowMs = options.sendWindowMs ?? SEND_WINDOW_MS;
    this.view = new GuideView(container, route, platformName, lang, {
      next: () => this.next(),
      back: () => this.dispatch({ type: 'back' }, true),
      close: () => this.close(),
      showSubmit: () => this.showSubmit(),
      recordSetting: () => {},
      focusField: () => this.currentElement()?.focus(),
      fillEmail: (email, remember) => {
        this.fillEmail(email, remember).catch((error: unknown) => {
          console.warn('[policy-watch] guide: could not save the email address', error);
        });
      },
      insertReason: (text) => this.insertReason(text),
      setReason: (text) => this.setReason(text),
      stepByStep: () => this.dispatch({ type: 'step-by-step' }, true),
      answerUnsure: (isObjection) => this.answerUnsure(isObjection),
    });
    this.highlight = new Highlight(container, (rect) => this.keepPanelClear(rect));
    this.acts = new UserActs(
      doc,
      (target) => this.sendTarget()?.contains(target) === true,
      () => this.onSendPressed(),
      (target) => this.onTyped(target),
      options.isUserEvent,
    );
  }

  async start(): Promise<void> {
    this.savedEmail = await this.services.emailToFill().catch(() => null);
    this.acts.start();
    this.dispatch({ type: 'page-loaded' });
    this.check();
    this.watcher.start(
      () => this.check(),
      () => this.dispatch({ type: 'form-timeout' }),
    );
  }

  stop(): void {
    this.watcher.stop();
    this.acts.stop();
    this.highlight.hide();
  }

  private close(): void {
    this.stop();
    this.onClose();
  }

  /** Look at the page and tell the state machine what is there. */
  check(): void {
    this.readAccountEmail();
    this.noteAnswer();
    const seen = observePage(this.doc, this.route, [...this.answers.values()]);
    if (this.state.kind === 'sending' && this.sendOutcome(seen)) return;
    this.follow(seen);
  }

  private follow(seen: PageObservation): void {
    if (seen.kind === 'form') this.onForm(seen);
    else if (seen.kind === 'unsure') this.onUnsure(seen);
    else if (seen.kind === 'look-alike') {
      this.press = null;
      this.dispatch({ type: 'look-alike-seen', request: seen.request });
    } else if (seen.kind === 'branch') this.onBranch(seen);
    else if (seen.kind === 'verification') this.onVerification(seen);
    else if (seen.kind === 'login') this.dispatch({ type: 'login-wall' });
    else this.dispatch({ type: 'nothing-seen' });
  }

  private onUnsure(seen: Extract<PageObservation, { kind: 'unsure' }>): void {
    if (this.userSaysObjection !== null && this.userSaysObjection === this.keyOf(seen)) {
      this.onForm(seen);
      return;
    }
    this.press = null;
    this.screenKey = this.keyOf(seen);
    this.dispatch({ type: 'unsure-seen' });
  }

  /** A form screen of the objection: a new one starts its steps; the same one keeps them (React re-renders). */
  private onForm(seen: Extract<PageObservation, { kind: 'form' | 'unsure' }>): void {
    const key = this.keyOf(seen);
    const fresh = FRESH_FORM_STATES.has(this.state.kind) || key !== this.screenKey;
    this.screenKey = key;
    const pressChanged = this.press?.element !== seen.press.element || this.press?.sends !== seen.press.sends;
    this.press = seen.press;
    if (fresh) this.steps = seen.fields;
    // React may replace a field's element on re-render: keep the current ones, matched by field.
    this.elements = this.steps.map((f, i) => seen.elements[seen.fields.indexOf(f)] ?? this.elements[i]!);
    this.noteFirstValues();
    // Read now, not only on the next look: in one panel nothing may change on the page before Send.
    this.readAccountEmail();
    if (fresh) {
      this.dispatch({ type: 'form-found', fieldCount: this.steps.length, onePanel: this.onePanelFits() });
    } else if (pressChanged) {
      this.render();
    } else {
      this.updateHighlight();
    }
  }

  private onBranch(seen: Extract<PageObservation, { kind: 'branch' }>): void {
    const changed =
      this.branchSeen?.index !== seen.index ||
      this.branchSeen.answered !== seen.answered ||
      this.branchSeen.answer !== seen.answer;
    this.branchSeen = seen;
    this.press = null;
    this.dispatch({ type: 'branch-seen', branchIndex: seen.index });
    if (changed && this.state.kind === 'branch') this.render();
    else this.updateHighlight();
  }

  private onVerification(seen: Extract<PageObservation, { kind: 'verification' }>): void {
    const filled = fieldValue(seen.field).trim() !== '';
    const changed = !this.verificationSeen || (fieldValue(this.verificationSeen.field).trim() !== '') !== filled;
    this.verificationSeen = seen;
    this.press = null;
    this.dispatch({ type: 'verification-seen' });
    if (changed && this.state.kind === 'verifying') this.render();
    else this.updateHighlight();
  }

  /** What identifies a form screen: the fields it asks for, its heading and the press that leaves it. */
  private keyOf(seen: Extract<PageObservation, { kind: 'form' | 'unsure' }>): string {
    const root = screenRoot(this.doc);
    const heading = root?.querySelector('h1, h2, h3, [role=heading]')?.textContent?.trim() ?? '';
    return [seen.fields.map((f) => f.id).join(','), heading, seen.press.text ?? ''].join('|');
  }

  /** Remember the answer chosen on a question screen: later screens are read in its light. */
  private noteAnswer(): void {
    const answered = answeredQuestion(this.doc);
    if (answered) this.answers.set(answered.question, answered);
  }

  private noteFirstValues(): void {
    this.steps.forEach((field, i) => {
      if (!this.firstValues.has(field.purpose))
        this.firstValues.set(field.purpose, fieldValue(this.elements[i] ?? null));
    });
  }

  /**
   * The page's answer to the user's press: the form gone and a message without an error in its place, or a message
   * without an error beside the form, is the confirmation; an error, or a form with a validation error, is "not
   * yet". True when the answer was handled here.
   */
  private sendOutcome(seen: PageObservation): boolean {
    const pressedAt = this.acts.pressedAt;
    if (pressedAt === null || Date.now() - pressedAt > this.sendWindowMs) return false;
    const seconds = Math.round((Date.now() - pressedAt) / 100) / 10;
    if (seen.kind === 'message') {
      if (seen.error) return this.sendFailed(seen.error);
      this.confirm(seen.text, { outcome: 'form-replaced', knownPhrase: seen.knownPhrase, secondsAfterPress: seconds });
      return true;
    }
    if (seen.kind === 'form' || seen.kind === 'unsure') {
      if (seen.error) return this.sendFailed(seen.error);
      const status = statusMessage(this.doc);
      if (status && status !== this.statusBeforePress && !readsAsError(status)) {
        this.confirm(status, { outcome: 'message-shown', knownPhrase: null, secondsAfterPress: seconds });
      }
      return true;
    }
    return seen.kind === 'nothing';
  }

  private sendFailed(error: string): true {
    this.acts.pressedAt = null;
    this.dispatch({ type: 'send-failed', error });
    return true;
  }

  private confirm(text: string, recognition: Recognition): void {
    this.acts.pressedAt = null;
    this.recognition = recognition;
    this.dispatch({ type: 'confirmation-seen', text });
  }

  /** The element whose press sends, as the current screen shows it: the form's Send, or the code's Submit. */
  private sendTarget(): HTMLElement | null {
    const s = this.state.kind;
    if (s === 'verifying') return this.verificationSeen?.submit ?? null;
    if (!['filling', 'one-panel', 'ready-to-submit', 'not-sent'].includes(s)) return null;
    return this.press?.sends ? this.press.element : null;
  }

  private onSendPressed(): void {
    this.statusBeforePress = statusMessage(this.doc);
    this.readAccountEmail();
    this.dispatch({ type: 'send-pressed' });
  }

  private onTyped(target: Element): void {
    const index = this.elements.findIndex((el) => el === target || el.contains(target));
    const field = index >= 0 ? this.steps[index] : undefined;
    if (field) this.typedByUser.add(field.purpose);
  }

  /** The user answers "is this your objection?" on a screen the guide could not tell. */
  private answerUnsure(isObjection: boolean): void {
    if (!isObjection) {
      this.dispatch({ type: 'look-alike-seen', request: 'user' }, true);
      return;
    }
    this.userSaysObjection = this.screenKey;
    this.check();
  }

  private dispatch(event: GuideEvent, byUser = false): void {
    const before = this.state;
    this.state = nextState(this.state, event);
    if (this.state === before) return;
    if (this.state.kind !== before.kind || byUser) this.note = null;
    if (this.state.kind === 'confirmed' && before.kind !== 'confirmed') void this.saveEvidence();
    if (this.state.kind === 'filling' || this.state.kind === 'one-panel') this.autoFillSavedEmail();
    this.render(byUser);
  }

  private render(moveFocus = false): void {
    const s = this.state;
    this.view.render(
      {
        state: s,
        step: this.fieldStep(),
        submitLabel: this.press?.text ?? null,
        press: this.press ? { text: this.press.text, sends: this.press.sends } : null,
        evidence: this.evidence,
        recognition: this.recognition,
        onePanel: s.kind === 'one-panel' ? this.onePanelModel() : null,
        branch: s.kind === 'branch' ? this.branchStep() : null,
        verification:
          s.kind === 'verifying' && this.verificationSeen && this.route.verification
            ? {
                explain: this.route.verification.explain,
                filled: fieldValue(this.verificationSeen.field).trim() !== '',
                submitText: (this.verificationSeen.submit?.textContent ?? '').trim() || null,
              }
            : null,
      },
      moveFocus,
    );
    this.updateHighlight();
  }

  private fieldStep() {
    const s = this.state;
    const field = s.kind === 'filling' ? this.steps[s.fieldIndex] : undefined;
    if (s.kind !== 'filling' || !field) return null;
    return {
      field,
      index: s.fieldIndex,
      total: s.fieldCount,
      pageValue: fieldValue(this.currentElement()),
      prefilledByPlatform: this.prefilledByPlatform(field.purpose),
      savedEmail: this.savedEmail,
      note: this.note,
      required: this.isRequired(field, this.currentElement()),
    };
  }

  private branchStep() {
    const seen = this.branchSeen;
    if (!seen) return null;
    return {
      branch: seen.index >= 0 ? (this.route.branches[seen.index] ?? null) : null,
      question: seen.question,
      answerText: (seen.answer?.textContent ?? '').trim() || null,
      answered: seen.answered,
      proceedText: (seen.proceed?.textContent ?? '').trim() || null,
    };
  }

  private updateHighlight(): void {
    const s = this.state;
    const pressTarget = () => this.press?.element ?? findSubmitButton(this.doc, this.route.submitLabels);
    const target =
      s.kind === 'filling'
        ? this.currentElement()
        : s.kind === 'ready-to-submit' || s.kind === 'one-panel' || s.kind === 'not-sent'
          ? pressTarget()
          : s.kind === 'branch'
            ? ((this.branchSeen?.answered ? this.branchSeen.proceed : this.branchSeen?.answer) ?? null)
            : s.kind === 'verifying' && this.verificationSeen
              ? fieldValue(this.verificationSeen.field).trim()
                ? this.verificationSeen.submit
                : this.verificationSeen.field
              : null;
    if (target?.isConnected) {
      if (this.highlight.current !== target) this.highlight.show(target);
    } else {
      this.highlight.hide();
    }
  }

  private currentElement(): HTMLElement | null {
    return this.state.kind === 'filling' ? (this.elements[this.state.fieldIndex] ?? null) : null;
  }

  private next(): void {
    const s = this.state;
    if (s.kind === 'filling') {
      const field = this.steps[s.fieldIndex];
      if (field && this.isRequired(field, this.currentElement()) && !fieldValue(this.currentElement())) {
        this.note = t('guide.field.empty', this.lang);
        this.render(true);
        return;
      }
    }
    this.readAccountEmail();
    this.dispatch({ type: 'next' }, true);
  }

  private autoFillSavedEmail(): void {
    const el = this.state.kind === 'one-panel' ? this.elementFor('email') : this.currentElement();
    const field = this.state.kind === 'filling' ? this.steps[this.state.fieldIndex] : undefined;
    const onEmail = this.state.kind === 'one-panel' || field?.purpose === 'email';
    if (this.filledByUs.has('email') || !onEmail || !this.savedEmail || !writable(el) || el.value) return;
    fillReactInput(el, this.savedEmail);
    this.filledByUs.add('email');
    this.note = t('guide.email.filledSaved', this.lang);
  }

  private async fillEmail(email: string, remember: boolean): Promise<void> {
    const el = this.state.kind === 'one-panel' ? this.elementFor('email') : this.currentElement();
    if (writable(el) && email) {
      fillReactInput(el, email);
      this.filledByUs.add('email');
    }
    this.note = null;
    if (remember && EMAIL_SHAPE.test(email)) {
      await this.services.rememberEmail(email);
      this.savedEmail = email;
    } else if (!remember && this.savedEmail !== null) {
      await this.services.rememberEmail(null);
      this.savedEmail = null;
    }
    this.render();
    el?.focus();
  }

  private insertReason(text: string): void {
    const el = this.currentElement();
    if (!writable(el)) return;
    fillReactInput(el, text);
    this.filledByUs.add('reason');
    this.note = t('guide.reason.inserted', this.lang);
    this.render();
    el.focus();
  }

  /** One panel: the reason the user picked or edited goes into the platform's field as it changes ('' empties it). */
  private setReason(text: string): void {
    const el = this.elementFor('reason');
    if (!writable(el)) return;
    fillReactInput(el, text);
    this.filledByUs.add('reason');
  }

  private elementFor(purpose: FormField['purpose']): HTMLElement | null {
    const index = this.steps.findIndex((f) => f.purpose === purpose);
    return index >= 0 ? (this.elements[index] ?? null) : null;
  }

  /** Required as the page says (a 2024 form marks the reason required, the 2025 one "(optional)"), else the registry. */
  private isRequired(field: FormField, el: HTMLElement | null): boolean {
    if (!el) return field.required;
    if (pageMarksRequired(el)) return true;
    return field.required && !pageMarksOptional(el);
  }

  /**
   * "Filled in by the platform" only when it can be shown: the value was there when the form first appeared, the
   * user did not type, Policy Watch did not fill it, and it is still that value.
   */
  private prefilledByPlatform(purpose: string): boolean {
    const first = this.firstValues.get(purpose)?.trim() ?? '';
    const now = fieldValue(this.elementFor(purpose as FormField['purpose'])).trim();
    return first !== '' && now === first && !this.typedByUser.has(purpose) && !this.filledByUs.has(purpose);
  }

  /**
   * One panel is enough when the screen asks, besides the email, only optional things, and the email is there (on
   * the page or saved by the user with consent), or was given on an earlier screen. Anything more (a country, a
   * required reason) goes field by field.
   */
  private onePanelFits(): boolean {
    const rest = this.steps.every((f, i) => f.purpose === 'email' || !this.isRequired(f, this.elements[i] ?? null));
    if (!rest) return false;
    const email = this.elementFor('email');
    if (!email) return this.steps.length > 0;
    return fieldValue(email).trim() !== '' || this.savedEmail !== null;
  }

  private onePanelModel(): OnePanelModel {
    const email = this.elementFor('email');
    return {
      email: email ? fieldValue(email).trim() : (this.accountEmail ?? ''),
      emailOnScreen: email !== null,
      emailReadOnly: email !== null && !writable(email),
      prefilledByPlatform: this.prefilledByPlatform('email'),
      filledByUs: this.filledByUs.has('email'),
      savedEmail: this.savedEmail,
      hasReason: this.elementFor('reason') !== null,
      reason: fieldValue(this.elementFor('reason')),
    };
  }

  private showSubmit(): void {
    const button = this.press?.element ?? findSubmitButton(this.doc, this.route.submitLabels);
    if (!button) return;
    this.highlight.show(button);
    // Focus only: pressing it stays the user's act (Enter or a click), Policy Watch never submits.
    button.focus();
  }

  /** Remember the email field's value while the form is there: after submitting, the form is gone. */
  private readAccountEmail(): void {
    const el = this.elementFor('email');
    if (!el?.isConnected) return;
    const value = fieldValue(el).trim();
    this.accountEmail = EMAIL_SHAPE.test(value) ? value : null;
  }

  private async saveEvidence(): Promise<void> {
    this.stop();
    if (this.state.kind !== 'confirmed' || !this.recognition) return;
    try {
      await this.services.recordEvidence({
        accountEmail: this.accountEmail,
        confirmationText: this.state.confirmationText,
        recognition: this.recognition,
      });
      this.evidence = { kind: 'saved' };
    } catch (error) {
      this.evidence = { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    this.render();
  }

  /** Move the panel to the other side when the highlighted field is under it. */
  private keepPanelClear(rect: DOMRect | null): void {
    const panel = this.view.panel;
    const viewWidth = this.doc.documentElement.clientWidth;
    if (!rect || viewWidth === 0) return;
    const box = panel.getBoundingClientRect();
    const overlaps = (left: number) =>
      rect.right > left && rect.left < left + box.width && rect.bottom > box.top && rect.top < box.bottom;
    if (!overlaps(box.left)) return;
    // Mirror the panel to the other side of the window, if the field is clear of it there.
    const mirrored = viewWidth - box.right;
    if (!overlaps(mirrored)) panel.classList.toggle('pw-left');
  }
}

/** A field Policy Watch may write into: a text input or area the page does not mark read-only or disabled. */
function writable(el: HTMLElement | null): el is FillableField {
  return el !== null && isFillable(el) && !el.readOnly && !el.disabled;
}

const IN_PROGRESS = /(…|\.\.\.)\s*$|\b(sending|loading|wird gesendet|wird geladen|envoi en cours|chargement)\b/i;

/** A message the page shows beside the form (role=status), word for word; null when none. */
function statusMessage(doc: Document): string | null {
  const root = screenRoot(doc);
  const status = root ? [...root.querySelectorAll('[role=status], output')].find(isVisible) : undefined;
  const text = status?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  // "Sending…" is the press under way, not its answer.
  return text.length >= 8 && !IN_PROGRESS.test(text) ? text : null;
}

function fieldValue(el: Element | null): string {
  if (!el) return '';
  if ('value' in el && typeof (el as HTMLInputElement).value === 'string') return (el as HTMLInputElement).value;
  return el.textContent ?? '';
}
