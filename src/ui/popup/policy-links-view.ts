import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import type { ObjectionLink } from '../../history/types';
import { t } from '../../i18n';

// Objection links of the current policy that no registry route describes ("visit the [Facebook settings]" → a help
// form): shown as the policy words them, with what the policy says around them, and opened as the policy links them.

export function policyLinksSection(
  links: readonly ObjectionLink[],
  lang: Language,
  open: (url: string) => void,
): HTMLElement | null {
  if (links.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'policy-links-heading', class: 'policy-links' },
    h('h2', { id: 'policy-links-heading' }, t('popup.policyLinks.heading', lang)),
    h('p', { class: 'kind' }, t('popup.policyLinks.note', lang)),
    h(
      'ul',
      {},
      links.map((link) =>
        h(
          'li',
          { 'data-policy-link': link.href },
          h('blockquote', {}, link.context || link.text),
          h(
            'button',
            { type: 'button', class: 'secondary', onclick: () => open(link.href) },
            t('popup.policyLinks.open', lang, { text: link.text }),
          ),
        ),
      ),
    ),
  );
}
