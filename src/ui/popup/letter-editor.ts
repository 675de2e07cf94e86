import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { t } from '../../i18n';
import type { ObjectionRoute } from '../../platforms/schema';
import { mailtoLink, objectionLetter } from '../../walkthrough/templates/objection-letter';

// The Art. 21 letter for a platform without a form: an editable subject and text from the template, sent from the
// user's own mail program (mailto:) or pasted into the platform's contact page. Nothing is sent by Policy Watch.

export interface LetterActions {
  openContactPage(): void;
  markSent(accountEmail: string | null): void;
}

export function letterEditor(route: ObjectionRoute, platformName: string, lang: Language, actions: LetterActions) {
  const id = `letter-${route.id}`;
  const fresh = (accountEmail: string | null) => objectionLetter(lang, { platformName, accountEmail });
  const first = fresh(null);
  const account = h('input', { id: `${id}-account`, type: 'email', autocomplete: 'email' });
  const subject = h('input', { id: `${id}-subject`, type: 'text', value: first.subject });
  const body = h('textarea', { id: `${id}-body`, rows: 12 }, first.body);
  let bodyEdited = false;
  body.addEventListener('input', () => {
    bodyEdited = true;
    update();
  });
  subject.addEventListener('input', () => update());
  account.addEventListener('input', () => {
    // The address goes into the letter until the user edits the letter themselves; then their text wins.
    if (!bodyEdited) body.value = fresh(account.value.trim() || null).body;
    update();
  });

  const send = route.email
    ? h('a', { class: 'button primary', href: '#', target: '_blank', rel: 'noopener' }, t('popup.letter.open', lang))
    : h(
        'button',
        { type: 'button', class: 'primary', onclick: () => actions.openContactPage() },
        t('popup.letter.contactPage', lang),
      );
  const update = () => {
    if (route.email && send instanceof HTMLAnchorElement) {
      send.href = mailtoLink(route.email, { subject: subject.value, body: body.value });
    }
  };
  update();

  const to = route.email
    ? h('p', {}, `${t('popup.letter.to', lang)}: `, h('span', { class: 'address' }, route.email))
    : h('p', {}, t('popup.letter.noAddress', lang));
  return h(
    'div',
    { class: 'letter', role: 'group', 'aria-labelledby': `${id}-heading` },
    h('h4', { id: `${id}-heading` }, t('popup.letter.heading', lang)),
    to,
    h('label', { for: account.id }, t('popup.letter.email', lang)),
    account,
    h('label', { for: subject.id }, t('popup.letter.subject', lang)),
    subject,
    h('label', { for: body.id }, t('popup.letter.body', lang)),
    body,
    h(
      'div',
      { class: 'actions' },
      send,
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => actions.markSent(account.value.trim() || null) },
        t('popup.letter.sent', lang),
      ),
    ),
  );
}
