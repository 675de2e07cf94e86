import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import type { EvidenceRecord } from '../../history/types';
import { t } from '../../i18n';
import type { Platform } from '../../platforms/schema';
import type { KnownDeadline } from '../../walkthrough/deadlines';
import { localized } from '../../walkthrough/localized';
import { formatDateTime } from '../popup/format';
import { beforeChangeNote } from './before-change';

// The evidence log as a printable page: one row per objection with everything the user may need to show later
// (when, which account, which form, which policy version it answered, what the platform said). Text nodes only.

export interface EvidenceActions {
  downloadJson(): void;
  print(): void;
}

export function evidencePage(
  records: readonly EvidenceRecord[],
  platforms: readonly Platform[],
  lang: Language,
  now: Date,
  actions: EvidenceActions,
  deadlines: readonly KnownDeadline[] = [],
): HTMLElement[] {
  const platformName = (id: string) => platforms.find((p) => p.id === id)?.name ?? id;
  const routeTitle = (id: string) => {
    const route = platforms.flatMap((p) => p.objectionRoutes).find((r) => r.id === id);
    return route ? localized(route.title, lang) : id;
  };
  const none = t('evidence.none', lang);
  const cols = ['when', 'platform', 'route', 'account', 'form', 'policyVersion', 'confirmation', 'method'] as const;

  const table =
    records.length === 0
      ? h('p', { class: 'empty' }, t('evidence.empty', lang))
      : h(
          'table',
          {},
          h('caption', { class: 'visually-hidden' }, t('evidence.title', lang)),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              cols.map((c) => h('th', { scope: 'col' }, t(`evidence.col.${c}`, lang))),
            ),
          ),
          h(
            'tbody',
            {},
            [...records].reverse().map((r) =>
              h(
                'tr',
                // The overview links to one record: evidence.html#evidence-<id>.
                { 'data-evidence': r.id, id: `evidence-${r.id}` },
                h(
                  'td',
                  {},
                  h('time', { datetime: r.at }, formatDateTime(r.at, lang)),
                  beforeChangeNote(r, deadlines, lang),
                ),
                h('td', {}, platformName(r.platformId)),
                h('td', {}, routeTitle(r.routeId)),
                h('td', {}, r.accountEmail ?? none),
                h('td', { class: 'url' }, r.formUrl),
                h('td', { class: 'id' }, r.policyVersionId ?? none),
                h('td', {}, r.confirmationText ? h('q', {}, r.confirmationText) : none),
                h('td', {}, t(`evidence.method.${r.method}`, lang)),
              ),
            ),
          ),
        );

  return [
    h('h1', {}, t('evidence.title', lang)),
    h('p', {}, t('evidence.intro', lang)),
    h(
      'div',
      { class: 'actions no-print' },
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => actions.downloadJson() },
        t('evidence.downloadJson', lang),
      ),
      h('button', { type: 'button', class: 'secondary', onclick: () => actions.print() }, t('evidence.print', lang)),
    ),
    table,
    h('p', { class: 'generated' }, t('evidence.generated', lang, { date: formatDateTime(now.toISOString(), lang) })),
  ];
}
