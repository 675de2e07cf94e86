import type { Language } from '../../analysis/types';
import { hIn } from '../../dom/safe-dom';
import { t } from '../../i18n/guide';
import type { LocalizedText, RouteBranch } from '../../platforms/schema';
import { localized } from '../localized';

// The panel's body for the steps around the form: the platform's question before it ("Is your request about AI at
// Meta?" → "Yes") and the emailed code after it. The guide frames the option or field on the page; the user acts.

export interface BranchStep {
  /** The route's own question, when it is one; null for a question the route does not list. */
  branch: RouteBranch | null;
  /** The question as the page asks it. */
  question: string;
  /** The answer's text as the page shows it, when found. */
  answerText: string | null;
  answered: boolean;
  /** The button that goes on, once answered. */
  proceedText: string | null;
}

export interface VerificationStep {
  explain: LocalizedText;
  /** The code field has something in it. */
  filled: boolean;
  submitText: string | null;
}

export function branchBody(doc: Document, step: BranchStep, platform: string, lang: Language): Node[] {
  const { branch } = step;
  const answer = step.answerText ?? (branch ? (branch.answer[lang][0] ?? branch.answer.en[0] ?? '') : '');
  const action = step.answered
    ? step.proceedText
      ? t('guide.branch.proceed', lang, { button: step.proceedText })
      : t('guide.branch.answered', lang)
    : !answer
      ? t('guide.branch.noFit', lang)
      : branch
        ? t('guide.branch.choose', lang, { answer })
        : t('guide.branch.chooseObjection', lang, { answer });
  const heading = branch
    ? t('guide.branch.heading', lang, { platform })
    : t('guide.branch.headingOther', lang, { platform, question: step.question });
  return [
    hIn(doc, 'h3', { class: 'pw-field', tabindex: '-1', 'data-step-heading': '' }, heading),
    branch ? hIn(doc, 'p', {}, localized(branch.explain, lang)) : null,
    hIn(doc, 'p', { class: 'pw-note' }, action),
  ].filter((n) => n !== null);
}

export function verificationBody(doc: Document, step: VerificationStep, platform: string, lang: Language): Node[] {
  return [
    hIn(
      doc,
      'h3',
      { class: 'pw-field', tabindex: '-1', 'data-step-heading': '' },
      t('guide.verify.heading', lang, { platform }),
    ),
    hIn(doc, 'p', {}, localized(step.explain, lang)),
    hIn(
      doc,
      'p',
      { class: 'pw-note' },
      step.submitText
        ? t('guide.verify.press', lang, { button: step.submitText })
        : t('guide.verify.pressNoButton', lang),
    ),
  ];
}
