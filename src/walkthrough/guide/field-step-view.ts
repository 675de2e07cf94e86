import type { Language } from '../../analysis/types';
import { hIn } from '../../dom/safe-dom';
import { t } from '../../i18n/guide';
import type { FormField } from '../../platforms/schema';
import { localized } from '../localized';
import { reasonTemplates } from '../templates/reasons';

// The panel's body for one field of the form: what the field is, whether it is required, and help to fill it from
// inside the panel (so keyboard users need not leave it): the email address, a reason from a template.

export interface FieldStep {
  field: FormField;
  index: number;
  total: number;
  /** The field's current value on the page ('' when empty or unreadable). */
  pageValue: string;
  /** The platform filled it in: there when the form first showed, not typed by the user, not filled by us. */
  prefilledByPlatform: boolean;
  /** The address saved with consent, or null. */
  savedEmail: string | null;
  /** A short note about the last action (filled in, inserted, still empty). */
  note: string | null;
  /** Required as the page marks it (a form version may differ from the registry's), else as the registry says. */
  required: boolean;
}

export interface FieldStepActions {
  focusField(): void;
  fillEmail(email: string, remember: boolean): void;
  insertReason(text: string): void;
}

export function fieldStepBody(
  doc: Document,
  step: FieldStep,
  lang: Language,
  platformName: string,
  actions: FieldStepActions,
) {
  const { field } = step;
  const badge = step.required
    ? hIn(doc, 'span', { class: 'pw-badge pw-required' }, t('guide.required', lang))
    : hIn(doc, 'span', { class: 'pw-badge' }, t('guide.optional', lang));
  const parts: Node[] = [
    hIn(doc, 'p', { class: 'pw-step' }, t('guide.step', lang, { n: step.index + 1, total: step.total })),
    hIn(doc, 'h3', { class: 'pw-field', tabindex: '-1', 'data-step-heading': '' }, fieldName(field, lang), ' ', badge),
    hIn(doc, 'p', {}, localized(field.explain, lang)),
  ];
  if (field.purpose === 'email') parts.push(emailHelp(doc, step, lang, platformName, actions));
  else if (field.purpose === 'reason') parts.push(reasonHelp(doc, lang, actions));
  else parts.push(hIn(doc, 'p', {}, t('guide.field.type', lang)));
  if (step.note) parts.push(hIn(doc, 'p', { class: 'pw-note' }, step.note));
  parts.push(
    hIn(
      doc,
      'button',
      { type: 'button', class: 'pw-secondary', onclick: () => actions.focusField() },
      t('guide.goToField', lang),
    ),
  );
  return parts;
}

/** The field's name as the user's language labels it in the registry (first phrase), else English. */
function fieldName(field: FormField, lang: Language): string {
  return field.labels[lang][0] ?? field.labels.en[0] ?? field.id;
}

function emailHelp(doc: Document, step: FieldStep, lang: Language, platformName: string, actions: FieldStepActions) {
  const intro = step.prefilledByPlatform
    ? t('guide.email.prefilled', lang, { platform: platformName, email: step.pageValue })
    : step.pageValue
      ? t('guide.email.present', lang, { email: step.pageValue })
      : t('guide.email.type', lang);
  const input = hIn(doc, 'input', {
    id: 'pw-email',
    type: 'email',
    autocomplete: 'email',
    value: step.pageValue || step.savedEmail || '',
  });
  const remember = hIn(doc, 'input', { id: 'pw-remember', type: 'checkbox' });
  remember.checked = step.savedEmail !== null;
  return hIn(
    doc,
    'div',
    { class: 'pw-help' },
    hIn(doc, 'p', {}, intro),
    hIn(doc, 'label', { for: 'pw-email' }, t('guide.email.label', lang)),
    input,
    hIn(
      doc,
      'div',
      { class: 'pw-check' },
      remember,
      hIn(doc, 'label', { for: 'pw-remember' }, t('guide.email.remember', lang)),
    ),
    hIn(
      doc,
      'button',
      { type: 'button', onclick: () => actions.fillEmail(input.value.trim(), remember.checked) },
      t('guide.email.fill', lang),
    ),
  );
}

function reasonHelp(doc: Document, lang: Language, actions: FieldStepActions) {
  const templates = reasonTemplates(lang);
  const text = hIn(doc, 'textarea', { id: 'pw-reason', rows: 6 }, templates[0]?.text ?? '');
  const picker = hIn(
    doc,
    'select',
    {
      id: 'pw-reason-template',
      onchange: () => {
        text.value = templates.find((r) => r.id === picker.value)?.text ?? '';
      },
    },
    templates.map((r) => hIn(doc, 'option', { value: r.id }, r.label)),
  );
  return hIn(
    doc,
    'div',
    { class: 'pw-help' },
    hIn(doc, 'p', {}, t('guide.reason.hint', lang)),
    hIn(doc, 'label', { for: 'pw-reason-template' }, t('guide.reason.template', lang)),
    picker,
    hIn(doc, 'label', { for: 'pw-reason' }, t('guide.reason.text', lang)),
    text,
    hIn(
      doc,
      'button',
      { type: 'button', onclick: () => actions.insertReason(text.value) },
      t('guide.reason.insert', lang),
    ),
  );
}
