import type { Language } from '../../analysis/types';
import { t } from '../../i18n/guide';
import type { GuideRoute } from '../../platforms/compact-routes';
import type { FormField } from '../../platforms/schema';
import { findSubmitButton, pageMarksOptional, pageMarksRequired } from '../field-finder';
import { fillReactInput, isFillable } from '../fill-react-input';
import { type GuideEvent, type GuideState, INITIAL_STATE, nextState } from '../guide-state';
import { type EvidenceStatus, GuideView } from './guide-view';
import { Highlight } from './highlight';
import type { OnePanelModel } from './one-panel-view';
import { observePage, type PageObservation } from './page-check';
import { DEFAULT_WATCH_OPTIONS, PageWatcher, type WatchOptions } from './page-watcher';

// The in-page guide at work on a form page: watches the page (late rendering, login wall, confirmation screen), feeds
// what it sees to the state machine, and carries out the user's choices (fill this address, insert this reason).
// It never submits the form and never clicks the platform's button: it only points at it.

export interface GuideServices {
  /** The address the user saved with consent, or null. */
  emailToFill(): Promise<string | null>;
  /** Save (or with null forget) the address, as the user chose in the panel. */
  rememberEmail(email: string | null): Promise<void>;
  /** Write the evidence record (through the background). */
  recordEvidence(input: { accountEmail: string | null; confirmationText: string }): Promise<void>;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class GuideController {
  state: GuideState = INITIAL_STATE;
  private steps: FormField[] = [];
  private elements: HTMLElement[] = [];
  private accountEmail: string | null = null;
  private savedEmail: string | null = null;
  private autoFilled = false;
  private note: string | null = null;
  private evidence: EvidenceStatus = { kind: 'pending' };
  /** What the last look at the page found of the steps around the form (question before it, code after it). */
  private branchSeen: Extract<PageObservation, { kind: 'branch' }> | null = null;
  private verificationSeen: Extract<PageObservation, { kind: 'verification' }> | null = null;
  private readonly watcher: PageWatcher;
  private readonly view: GuideView;
  private readonly highlight: Highlight;

  constructor(
    private readonly doc: Document,
    private readonly route: GuideRoute,
    platformName: string,
    private readonly lang: Language,
    container: HTMLElement,
    private readonly services: GuideServices,
    private readonly onClose: () => void = () => {},
    options: WatchOptions = DEFAULT_WATCH_OPTIONS,
  ) {
    this.watcher = new PageWatcher(doc, options);
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
    });
    this.highlight = new Highlight(container, (rect) => this.keepPanelClear(rect));
  }

  async start(): Promise<void> {
    this.savedEmail = await this.services.emailToFill().catch(() => null);
    this.dispatch({ type: 'page-loaded' });
    this.check();
    this.watcher.start(
      () => this.check(),
      () => this.dispatch({ type: 'form-timeout' }),
    );
  }

  stop(): void {
    this.watcher.stop();
    this.highlight.hide();
  }

  private close(): void {
    this.stop();
    this.onClose();
  }

  /** Look at the page and tell the state machine what is there. */
  check(): void {
    this.readAccountEmail();
    const seen = observePage(this.doc, this.route);
    if (seen.kind === 'confirmation') {
      this.dispatch({ type: 'confirmation-seen', text: seen.text });
    } else if (seen.kind === 'form') {
      const fresh = ['waiting-for-form', 'login-required', 'not-recognised', 'branch'].includes(this.state.kind);
      if (fresh) this.steps = seen.fields;
      // React may replace a field's element on re-render: keep the current ones, matched by field.
      this.elements = this.steps.map((f, i) => seen.elements[seen.fields.indexOf(f)] ?? this.elements[i]!);
      // Read now, not only on the next look: in one panel nothing may change on the page before Send.
      this.readAccountEmail();
      if (fresh) this.dispatch({ type: 'form-found', fieldCount: this.steps.length, onePanel: this.onePanelFits() });
      else this.updateHighlight();
    } else if (seen.kind === 'branch') {
      const changed =
        this.branchSeen?.index !== seen.index ||
        this.branchSeen.answered !== seen.answered ||
        this.branchSeen.answer !== seen.answer;
      this.branchSeen = seen;
      this.dispatch({ type: 'branch-seen', branchIndex: seen.index });
      if (changed && this.state.kind === 'branch') this.render();
    } else if (seen.kind === 'verification') {
      const filled = fieldValue(seen.field).trim() !== '';
      const changed = !this.verificationSeen || (fieldValue(this.verificationSeen.field).trim() !== '') !== filled;
      this.verificationSeen = seen;
      this.dispatch({ type: 'verification-seen' });
      if (changed && this.state.kind === 'verifying') this.render();
      else this.updateHighlight();
    } else if (seen.kind === 'login') {
      this.dispatch({ type: 'login-wall' });
    }
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
    const field = s.kind === 'filling' ? this.steps[s.fieldIndex] : undefined;
    const submit =
      s.kind === 'ready-to-submit' || s.kind === 'one-panel'
        ? findSubmitButton(this.doc, this.route.submitLabels)
        : null;
    this.view.render(
      {
        state: s,
        step:
          s.kind === 'filling' && field
            ? {
                field,
                index: s.fieldIndex,
                total: s.fieldCount,
                pageValue: fieldValue(this.currentElement()),
                savedEmail: this.savedEmail,
                note: this.note,
                required: this.isRequired(field, this.currentElement()),
              }
            : null,
        submitLabel: submit ? (submit.textContent ?? '').trim() || null : null,
        evidence: this.evidence,
        onePanel: s.kind === 'one-panel' ? this.onePanelModel() : null,
        branch:
          s.kind === 'branch' && this.branchSeen
            ? {
                branch: this.route.branches[s.branchIndex]!,
                answerText: (this.branchSeen.answer?.textContent ?? '').trim() || null,
                answered: this.branchSeen.answered,
                proceedText: (this.branchSeen.proceed?.textContent ?? '').trim() || null,
              }
            : null,
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
    this.updateHighlight(submit);
  }

  private updateHighlight(submit: HTMLElement | null = null): void {
    const s = this.state;
    const target =
      s.kind === 'filling'
        ? this.currentElement()
        : s.kind === 'ready-to-submit' || s.kind === 'one-panel'
          ? (submit ?? findSubmitButton(this.doc, this.route.submitLabels))
          : s.kind === 'branch'
            ? ((this.branchSeen?.answered ? this.branchSeen.proceed : this.branchSeen?.answer) ?? null)
            : s.kind === 'verifying' && this.verificationSeen
              ? fieldValue(this.verificationSeen.field).trim()
                ? this.verificationSeen.submit
                : this.verificationSeen.field
              : null;
    if (target) {
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
    if (this.autoFilled || !onEmail || !this.savedEmail || !el || !isFillable(el) || el.value) return;
    fillReactInput(el, this.savedEmail);
    this.autoFilled = true;
    this.note = t('guide.email.filledSaved', this.lang);
  }

  private async fillEmail(email: string, remember: boolean): Promise<void> {
    const el = this.state.kind === 'one-panel' ? this.elementFor('email') : this.currentElement();
    if (el && isFillable(el) && email) fillReactInput(el, email);
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
    if (!el || !isFillable(el)) return;
    fillReactInput(el, text);
    this.note = t('guide.reason.inserted', this.lang);
    this.render();
    el.focus();
  }

  /** One panel: the reason the user picked or edited goes into the platform's field as it changes ('' empties it). */
  private setReason(text: string): void {
    const el = this.elementFor('reason');
    if (!el || !isFillable(el)) return;
    fillReactInput(el, text);
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
   * One panel is enough when the form asks for the email and, besides, only optional things, and the email is there
   * (the platform prefilled it) or the user saved one with consent. Anything more (a country, a required reason)
   * goes field by field.
   */
  private onePanelFits(): boolean {
    const email = this.elementFor('email');
    if (!email) return false;
    const rest = this.steps.every((f, i) => f.purpose === 'email' || !this.isRequired(f, this.elements[i] ?? null));
    return rest && (fieldValue(email).trim() !== '' || this.savedEmail !== null);
  }

  private onePanelModel(): OnePanelModel {
    const email = this.elementFor('email');
    return {
      email: fieldValue(email).trim(),
      prefilledByPlatform: !this.autoFilled && fieldValue(email).trim() !== '',
      savedEmail: this.savedEmail,
      hasReason: this.elementFor('reason') !== null,
      reason: fieldValue(this.elementFor('reason')),
    };
  }

  private showSubmit(): void {
    const button = findSubmitButton(this.doc, this.route.submitLabels);
    if (!button) return;
    this.highlight.show(button);
    // Focus only: pressing it stays the user's act (Enter or a click), Policy Watch never submits.
    button.focus();
  }

  /** Remember the email field's value while the form is there: after submitting, the form is gone. */
  private readAccountEmail(): void {
    const index = this.steps.findIndex((f) => f.purpose === 'email');
    const el = index >= 0 ? this.elements[index] : undefined;
    if (!el?.isConnected) return;
    const value = fieldValue(el).trim();
    this.accountEmail = EMAIL_SHAPE.test(value) ? value : null;
  }

  private async saveEvidence(): Promise<void> {
    this.stop();
    if (this.state.kind !== 'confirmed') return;
    try {
      await this.services.recordEvidence({
        accountEmail: this.accountEmail,
        confirmationText: this.state.confirmationText,
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

function fieldValue(el: Element | null): string {
  if (!el) return '';
  if ('value' in el && typeof (el as HTMLInputElement).value === 'string') return (el as HTMLInputElement).value;
  return el.textContent ?? '';
}
