import type { Language } from '../../analysis/types';
import { hIn } from '../../dom/safe-dom';
import { t } from '../../i18n/guide';
import type { GuideRoute } from '../../platforms/compact-routes';
import { localized } from '../localized';
import { reasonTemplates } from '../templates/reasons';

// The one-panel guide (issue 12): when the form needs nothing but the account's email (prefilled by the platform or
// saved by the user with consent) and optional things, everything is on one panel: what will be sent, the email
// filled in, an optional reason from the templates (editable; it goes into the platform's field as it changes) and
// the platform's own Send button framed on the page. One press of that button is all that is left, and it is the
// user's: Policy Watch never presses it.

export interface OnePanelModel {
  /** The email field's value on the page (or, when an earlier screen asked for it, the value given there). */
  email: string;
  /** This screen has the email field (a two-step flow may have asked for it on the screen before). */
  emailOnScreen: boolean;
  /** The page shows the email read-only: it cannot be changed here. */
  emailReadOnly: boolean;
  /** The platform filled the email in (there when the form first showed, not typed, not filled by Policy Watch). */
  prefilledByPlatform: boolean;
  /** Policy Watch filled it in (the address the user saved or gave in the panel). */
  filledByUs: boolean;
  savedEmail: string | null;
  /** The form has a reason field. */
  hasReason: boolean;
  /** The reason field's value on the page. */
  reason: string;
}

export interface OnePanelActions {
  fillEmail(email: string, remember: boolean): void;
  setReason(text: string): void;
  stepByStep(): void;
}

export function onePanelBody(
  doc: Document,
  model: OnePanelModel,
  route: GuideRoute,
  platform: string,
  press: { text: string | null; sends: boolean },
  lang: Language,
  actions: OnePanelActions,
): Node[] {
  const sent: Node[] = [hIn(doc, 'li', {}, t('guide.one.objection', lang, { route: localized(route.title, lang) }))];
  if (model.emailOnScreen) sent.push(emailItem(doc, model, platform, lang, actions));
  else if (model.email) sent.push(hIn(doc, 'li', {}, t('guide.one.emailEarlier', lang, { email: model.email })));
  if (model.hasReason) sent.push(reasonItem(doc, model.reason, lang, actions));
  const button = press.text;
  return [
    hIn(
      doc,
      'h3',
      { class: 'pw-field', tabindex: '-1', 'data-step-heading': '' },
      press.sends || !button ? t('guide.one.heading', lang) : t('guide.one.headingNext', lang, { button }),
    ),
    // What is left first: the panel may be taller than the window, the button it points at must not be below it.
    hIn(
      doc,
      'p',
      { class: 'pw-note pw-press' },
      !button
        ? t('guide.one.pressNoButton', lang, { platform })
        : press.sends
          ? t('guide.one.press', lang, { platform, button })
          : t('guide.one.pressNext', lang, { platform, button }),
    ),
    hIn(doc, 'p', {}, t('guide.one.sends', lang, { platform })),
    hIn(doc, 'ul', { class: 'pw-sent' }, sent),
    hIn(
      doc,
      'div',
      { class: 'pw-nav' },
      hIn(
        doc,
        'button',
        { type: 'button', class: 'pw-secondary', onclick: () => actions.stepByStep() },
        t('guide.one.stepByStep', lang),
      ),
    ),
  ];
}

/** The email as it will be sent: editable in the panel (filled into the page on request), unless the page locks it. */
function emailItem(
  doc: Document,
  model: OnePanelModel,
  platform: string,
  lang: Language,
  actions: OnePanelActions,
): HTMLElement {
  const email = hIn(doc, 'input', {
    id: 'pw-email',
    type: 'email',
    autocomplete: 'email',
    value: model.email,
    readonly: model.emailReadOnly ? '' : null,
  });
  const remember = hIn(doc, 'input', { id: 'pw-remember', type: 'checkbox' });
  remember.checked = model.savedEmail !== null;
  const emailNote = model.emailReadOnly
    ? t('guide.one.emailReadOnly', lang, { platform })
    : model.prefilledByPlatform
      ? t('guide.one.emailPrefilled', lang, { platform })
      : model.filledByUs
        ? t('guide.one.emailSaved', lang)
        : t('guide.email.present', lang, { email: model.email });
  return hIn(
    doc,
    'li',
    { class: 'pw-help' },
    hIn(doc, 'label', { for: 'pw-email' }, t('guide.one.email', lang)),
    email,
    hIn(doc, 'p', { class: 'pw-hint' }, emailNote),
    model.emailReadOnly
      ? null
      : hIn(
          doc,
          'div',
          { class: 'pw-check' },
          remember,
          hIn(doc, 'label', { for: 'pw-remember' }, t('guide.email.remember', lang)),
        ),
    model.emailReadOnly
      ? null
      : hIn(
          doc,
          'button',
          {
            type: 'button',
            class: 'pw-secondary',
            onclick: () => actions.fillEmail(email.value.trim(), remember.checked),
          },
          t('guide.one.emailApply', lang),
        ),
  );
}

/** The optional reason: "no reason" first, then the templates; the text is editable and goes to the page as typed. */
function reasonItem(doc: Document, current: string, lang: Language, actions: OnePanelActions): HTMLElement {
  const templates = reasonTemplates(lang);
  const text = hIn(
    doc,
    'textarea',
    { id: 'pw-reason', rows: 3, oninput: () => actions.setReason(text.value) },
    current,
  );
  const picker = hIn(
    doc,
    'select',
    {
      id: 'pw-reason-template',
      onchange: () => {
        text.value = templates.find((r) => r.id === picker.value)?.text ?? '';
        actions.setReason(text.value);
      },
    },
    hIn(doc, 'option', { value: '' }, t('guide.one.noReason', lang)),
    templates.map((r) => hIn(doc, 'option', { value: r.id }, r.label)),
  );
  return hIn(
    doc,
    'li',
    { class: 'pw-help' },
    hIn(doc, 'label', { for: 'pw-reason-template' }, t('guide.one.reason', lang)),
    picker,
    hIn(doc, 'label', { for: 'pw-reason', class: 'pw-hint' }, t('guide.one.reasonNote', lang)),
    text,
  );
}
