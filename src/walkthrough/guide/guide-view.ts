import type { Language } from '../../analysis/types';
import { hIn } from '../../dom/safe-dom';
import { type GuideMessageKey, t } from '../../i18n/guide';
import type { GuideRoute } from '../../platforms/compact-routes';
import type { GuideState } from '../guide-state';
import { localized } from '../localized';
import { type FieldStep, type FieldStepActions, fieldStepBody } from './field-step-view';
import { type BranchStep, branchBody, type VerificationStep, verificationBody } from './flow-steps-view';
import { type OnePanelActions, type OnePanelModel, onePanelBody } from './one-panel-view';

// The in-page guide's panel: a frame (title, route, close button, live status line) and a body that shows the
// current state. Rendered inside a shadow root, so the page's styles do not reach it; all text goes in as text nodes.

export type EvidenceStatus = { kind: 'pending' } | { kind: 'saved' } | { kind: 'failed'; error: string };

/** How the confirmation was recognised (kept with the evidence): by what happened after the user's press. */
export interface Recognition {
  /** The form gave way to a message, or a message without an error appeared beside it. */
  outcome: 'form-replaced' | 'message-shown';
  /** A confirmation phrase the route lists, when the message holds one (only adds confidence). */
  knownPhrase: string | null;
  secondsAfterPress: number;
}

export interface GuideModel {
  state: GuideState;
  step: FieldStep | null;
  /** The platform's submit button's visible text, when found. */
  submitLabel: string | null;
  /** The press that leaves the current form screen: its text, and whether it sends (else: to the next screen). */
  press?: { text: string | null; sends: boolean } | null;
  evidence: EvidenceStatus;
  recognition?: Recognition | null;
  /** On a settings route: the setting's name, and whether it was already off when the page showed it. */
  setting?: { label: string; alreadyOff: boolean } | null;
  onePanel?: OnePanelModel | null;
  branch?: BranchStep | null;
  verification?: VerificationStep | null;
}

export interface GuideActions extends FieldStepActions, Omit<OnePanelActions, 'fillEmail'> {
  /** The user's answer on a form the guide could not tell: is it their objection? */
  answerUnsure(isObjection: boolean): void;
  next(): void;
  back(): void;
  close(): void;
  showSubmit(): void;
  /** Settings route, setting already off: the user asks to keep that in the evidence log. */
  recordSetting(): void;
}

export class GuideView {
  readonly panel: HTMLElement;
  private readonly body: HTMLElement;
  private readonly status: HTMLElement;
  private readonly doc: Document;

  constructor(
    container: HTMLElement,
    private readonly route: GuideRoute,
    private readonly platformName: string,
    private readonly lang: Language,
    private readonly actions: GuideActions,
  ) {
    this.doc = container.ownerDocument;
    const doc = this.doc;
    this.body = hIn(doc, 'div', { class: 'pw-body' });
    this.status = hIn(doc, 'p', { class: 'pw-status', role: 'status', 'aria-live': 'polite' });
    this.panel = hIn(
      doc,
      'section',
      { class: 'pw-panel', role: 'region', 'aria-labelledby': 'pw-title', lang },
      hIn(
        doc,
        'header',
        {},
        hIn(doc, 'h2', { id: 'pw-title' }, t('guide.title', lang)),
        hIn(
          doc,
          'button',
          { type: 'button', class: 'pw-close', 'aria-label': t('guide.close', lang), onclick: () => actions.close() },
          '×',
        ),
      ),
      hIn(doc, 'p', { class: 'pw-route' }, localized(route.title, lang)),
      this.body,
      this.status,
    );
    container.append(this.panel);
  }

  /** Show the model; `moveFocus` after the user's own step (Next, Back) so the new step is read out. */
  render(model: GuideModel, moveFocus = false): void {
    this.body.replaceChildren(...this.bodyFor(model));
    this.status.textContent = this.statusFor(model);
    if (moveFocus) this.body.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  private bodyFor(model: GuideModel): Node[] {
    const { doc, lang } = this;
    const s = model.state;
    const text = (key: Parameters<typeof t>[0], params = {}) => hIn(doc, 'p', {}, t(key, lang, params));
    const platform = this.platformName;
    const button = model.press?.text ?? model.submitLabel ?? '';
    switch (s.kind) {
      case 'look-alike':
      case 'unsure':
      case 'sending':
      case 'not-sent':
        return this.handOffBody(s, button);
      case 'idle':
      case 'opening':
      case 'waiting-for-form':
        return [text('guide.waiting')];
      case 'login-required':
        return [hIn(doc, 'p', { class: 'pw-warning' }, t('guide.login', lang, { platform: this.platformName }))];
      case 'not-recognised':
        return [
          text('guide.notRecognised'),
          hIn(
            doc,
            'ol',
            {},
            this.route.steps.map((step) => hIn(doc, 'li', {}, localized(step, lang))),
          ),
        ];
      case 'branch':
        return model.branch ? branchBody(doc, model.branch, this.platformName, lang) : [text('guide.waiting')];
      case 'verifying':
        return model.verification
          ? verificationBody(doc, model.verification, this.platformName, lang)
          : [text('guide.waiting')];
      case 'one-panel':
        if (!model.onePanel) return [text('guide.waiting')];
        return onePanelBody(
          doc,
          model.onePanel,
          this.route,
          this.platformName,
          model.press ?? { text: model.submitLabel, sends: true },
          lang,
          this.actions,
        );
      case 'filling':
        if (!model.step) return [text('guide.waiting')];
        return [
          ...fieldStepBody(doc, model.step, lang, this.platformName, this.actions),
          this.navigation(s.fieldIndex > 0),
        ];
      case 'ready-to-submit':
        if (model.setting) return this.settingBody(model.setting);
        return [
          hIn(
            doc,
            'p',
            { class: 'pw-field', tabindex: '-1', 'data-step-heading': '' },
            !model.submitLabel
              ? t('guide.readyNoButton', lang)
              : model.press && !model.press.sends
                ? t('guide.readyNext', lang, { platform, button: model.submitLabel })
                : t('guide.ready', lang, { platform, button: model.submitLabel }),
          ),
          hIn(
            doc,
            'div',
            { class: 'pw-nav' },
            s.fieldCount > 0 ? this.button('guide.back', () => this.actions.back(), 'pw-secondary') : null,
            model.submitLabel ? this.button('guide.showButton', () => this.actions.showSubmit()) : null,
          ),
        ];
      case 'confirmed':
        return this.confirmedBody(model, s.confirmationText);
    }
  }

  /** The states where the guide steps back: a look-alike, a form it cannot tell, the page's answer awaited or refused. */
  private handOffBody(s: GuideState, button: string): Node[] {
    const { doc, lang } = this;
    const platform = this.platformName;
    const text = (key: GuideMessageKey, params = {}) => hIn(doc, 'p', {}, t(key, lang, params));
    if (s.kind === 'look-alike') {
      return [
        hIn(
          doc,
          'p',
          { class: 'pw-warning', 'data-look-alike': s.request },
          t('guide.lookAlike', lang, { request: t(requestKey(s.request), lang) }),
        ),
        text('guide.lookAlike.back'),
      ];
    }
    if (s.kind === 'unsure') {
      return [
        hIn(doc, 'p', { class: 'pw-warning', tabindex: '-1', 'data-step-heading': '' }, t('guide.unsure', lang)),
        hIn(
          doc,
          'div',
          { class: 'pw-nav' },
          this.button('guide.unsure.no', () => this.actions.answerUnsure(false), 'pw-secondary'),
          this.button('guide.unsure.yes', () => this.actions.answerUnsure(true)),
        ),
      ];
    }
    if (s.kind === 'sending') return [text('guide.sending', { platform, button })];
    if (s.kind === 'not-sent') {
      return [hIn(doc, 'p', { class: 'pw-warning' }, t('guide.notSent', lang, { platform, error: s.error, button }))];
    }
    return [];
  }

  private confirmedBody(model: GuideModel, confirmationText: string): Node[] {
    const { doc, lang } = this;
    const text = (key: GuideMessageKey, params = {}) => hIn(doc, 'p', {}, t(key, lang, params));
    return [
      hIn(
        doc,
        'p',
        { class: 'pw-success' },
        t(model.setting ? 'guide.setting.done' : 'guide.confirmed', lang, { platform: this.platformName }),
      ),
      hIn(doc, 'blockquote', {}, confirmationText),
      model.recognition ? this.recognitionNote(model.recognition) : null,
      model.evidence.kind === 'failed'
        ? hIn(doc, 'p', { class: 'pw-warning' }, t('guide.saveFailed', lang, { error: model.evidence.error }))
        : model.evidence.kind === 'saved'
          ? text('guide.saved')
          : null,
      hIn(doc, 'p', { class: 'pw-repeat' }, t('guide.repeat', lang, { platform: this.platformName })),
      hIn(
        doc,
        'div',
        { class: 'pw-nav' },
        this.button('guide.done', () => this.actions.close()),
      ),
    ].filter((n) => n !== null);
  }

  private settingBody(setting: { label: string; alreadyOff: boolean }): Node[] {
    const { doc, lang } = this;
    const heading = hIn(
      doc,
      'p',
      { class: 'pw-field', tabindex: '-1', 'data-step-heading': '' },
      t(setting.alreadyOff ? 'guide.setting.alreadyOff' : 'guide.setting.switchOff', lang, { setting: setting.label }),
    );
    const action = setting.alreadyOff
      ? this.button('guide.setting.record', () => this.actions.recordSetting())
      : this.button('guide.setting.show', () => this.actions.showSubmit());
    return [heading, hIn(doc, 'div', { class: 'pw-nav' }, action)];
  }

  private recognitionNote(recognition: Recognition): HTMLElement {
    const { doc, lang } = this;
    return hIn(
      doc,
      'p',
      { class: 'pw-hint', 'data-recognised': recognition.outcome },
      t(`guide.recognised.${recognition.outcome}`, lang),
      recognition.knownPhrase ? ` ${t('guide.recognised.phrase', lang, { platform: this.platformName })}` : '',
    );
  }

  private statusFor(model: GuideModel): string {
    const s = model.state;
    const lang = this.lang;
    if (s.kind === 'filling' && model.step) {
      return `${t('guide.step', lang, { n: s.fieldIndex + 1, total: s.fieldCount })} ${this.pressesLeft(model)}`;
    }
    if (s.kind === 'one-panel' || s.kind === 'ready-to-submit' || s.kind === 'not-sent') return this.pressesLeft(model);
    // A question: choose, go on, and at least the press that sends.
    if (s.kind === 'branch') return t('guide.presses.atLeast', lang, { n: model.branch?.answered ? 2 : 3 });
    if (s.kind === 'confirmed') return t('guide.confirmed', lang, { platform: this.platformName });
    return '';
  }

  /** "One press left" only when the press that leaves this screen sends; else at least that one and the send. */
  private pressesLeft(model: GuideModel): string {
    if (model.press && !model.press.sends) return t('guide.presses.atLeast', this.lang, { n: 2 });
    return model.press ? t('guide.presses.one', this.lang) : '';
  }

  private navigation(canGoBack: boolean): HTMLElement {
    return hIn(
      this.doc,
      'div',
      { class: 'pw-nav' },
      canGoBack ? this.button('guide.back', () => this.actions.back(), 'pw-secondary') : null,
      this.button('guide.next', () => this.actions.next()),
    );
  }

  private button(key: GuideMessageKey, onclick: () => void, cls = 'pw-primary'): HTMLButtonElement {
    return hIn(this.doc, 'button', { type: 'button', class: cls, onclick }, t(key, this.lang));
  }
}

const REQUEST_KEYS: Record<string, GuideMessageKey> = {
  access: 'guide.request.access',
  erasure: 'guide.request.erasure',
  correction: 'guide.request.correction',
  dpo: 'guide.request.dpo',
  contact: 'guide.request.contact',
  'login-help': 'guide.request.login-help',
  user: 'guide.request.user',
};

function requestKey(request: string): GuideMessageKey {
  return REQUEST_KEYS[request] ?? 'guide.request.contact';
}
