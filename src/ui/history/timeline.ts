import { flagKindName } from '../../analysis/flag-words';
import type { Flag, Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import type { DocumentKey, DocumentSummary, PolicyVersion } from '../../history/types';
import { t, tCount } from '../../i18n';
import { getPlatform } from '../../platforms/registry';
import { platformName } from './explain';
import { formatDateTime, pageLanguage } from './format';
import { versionDates } from './version-dates';

// The left column: watched documents grouped by platform, and the timeline of the chosen document (newest first),
// each version with its date, where it came from and its flags. Two ticked versions are compared.

export function sameDocument(a: DocumentKey, b: DocumentKey | null): boolean {
  return !!b && a.platformId === b.platformId && a.documentId === b.documentId && a.locale === b.locale;
}

function documentName(key: DocumentKey, lang: Language): string {
  const doc = getPlatform(key.platformId)?.documents.find((d) => d.id === key.documentId);
  return doc ? (doc.name[lang] ?? doc.name.en) : key.documentId;
}

export function renderDocumentList(
  docs: readonly DocumentSummary[],
  selected: DocumentKey | null,
  lang: Language,
  onSelect: (doc: DocumentSummary) => void,
): HTMLElement {
  const byPlatform = new Map<string, DocumentSummary[]>();
  for (const doc of docs) byPlatform.set(doc.platformId, [...(byPlatform.get(doc.platformId) ?? []), doc]);
  return h(
    'nav',
    { class: 'documents', 'aria-label': t('history.documents.title', lang) },
    [...byPlatform.entries()].map(([platformId, list]) =>
      h(
        'div',
        { class: 'platform-group' },
        h('h3', null, platformName(platformId)),
        h(
          'ul',
          null,
          list.map((doc) => {
            const button = h(
              'button',
              {
                type: 'button',
                class: 'document',
                'aria-current': sameDocument(doc, selected) ? 'true' : null,
                'data-doc': `${doc.platformId}/${doc.documentId}/${doc.locale}`,
              },
              h('span', { class: 'doc-name' }, `${documentName(doc, lang)} (${doc.locale})`),
              h('span', { class: 'doc-meta' }, tCount('history.documents.versions', doc.versions, lang)),
              doc.unseen
                ? h('span', { class: 'badge' }, t('history.documents.unseen', lang, { count: doc.unseen }))
                : null,
            );
            button.addEventListener('click', () => onSelect(doc));
            return h('li', null, button);
          }),
        ),
      ),
    ),
  );
}

function flagChips(flags: readonly Flag[], lang: Language): HTMLElement | null {
  if (flags.length === 0) return null;
  const kinds = new Map<string, Flag>();
  for (const flag of flags) {
    const seen = kinds.get(flag.kind);
    if (!seen || (seen.severity !== 'high' && flag.severity === 'high')) kinds.set(flag.kind, flag);
  }
  return h(
    'ul',
    { class: 'chips' },
    [...kinds.values()].map((f) => h('li', { class: `chip severity-${f.severity}` }, flagKindName(f.kind, lang))),
  );
}

function versionNote(version: PolicyVersion, lang: Language): string | null {
  // From Open Terms Archive, an extraction change is its technical or declaration upgrade, not an update of ours.
  if (version.note === 'extractor-changed' && version.source === 'ota') return t('history.version.otaUpgrade', lang);
  if (version.note === 'extractor-changed') return t('history.version.extractorChanged', lang);
  if (version.note === 'capture-shrank') return t('history.version.captureShrank', lang);
  if (!version.report) {
    return version.reading?.notRead
      ? t('history.version.firstNotAnalysed', lang, { language: pageLanguage(version, lang) })
      : t('history.version.first', lang);
  }
  if (version.report.notAnalysed)
    return t('history.version.notAnalysed', lang, { language: pageLanguage(version, lang) });
  if (!version.report.material) return t('history.version.noise', lang);
  if (version.report.flags.length === 0) return t('history.version.minor', lang);
  return null;
}

export interface TimelineHandlers {
  onToggle(version: PolicyVersion, checked: boolean): void;
  onComparePrevious(version: PolicyVersion): void;
}

export function renderTimeline(
  versions: readonly PolicyVersion[],
  selectedIds: readonly string[],
  lang: Language,
  handlers: TimelineHandlers,
): HTMLElement {
  const newestFirst = [...versions].reverse();
  return h(
    'section',
    { class: 'timeline', 'aria-label': t('history.timeline.title', lang) },
    h('h2', null, t('history.timeline.title', lang)),
    h('p', { class: 'hint' }, t('history.timeline.hint', lang)),
    h(
      'ol',
      null,
      newestFirst.map((version) => {
        const checkbox = h('input', {
          type: 'checkbox',
          value: version.id,
          checked: selectedIds.includes(version.id),
          'aria-label': t('history.timeline.select', lang, { date: formatDateTime(version.capturedAt, lang) }),
        });
        checkbox.addEventListener('change', () => handlers.onToggle(version, checkbox.checked));
        const previous = version.previousId
          ? h('button', { type: 'button', class: 'link compare-previous' }, t('history.timeline.comparePrevious', lang))
          : null;
        previous?.addEventListener('click', () => handlers.onComparePrevious(version));
        const note = versionNote(version, lang);
        return h(
          'li',
          {
            class: `version${version.unseen ? ' unseen' : ''}${selectedIds.includes(version.id) ? ' selected' : ''}`,
            'data-version': version.id,
          },
          h(
            'label',
            { class: 'version-head' },
            checkbox,
            h('time', { datetime: version.capturedAt }, formatDateTime(version.capturedAt, lang)),
            h(
              'span',
              { class: `source source-${version.source}` },
              t(`history.source.${version.source}` as const, lang),
            ),
          ),
          versionDates(version, lang),
          flagChips(version.report?.flags ?? [], lang),
          note ? h('p', { class: 'version-note' }, note) : null,
          previous,
        );
      }),
    ),
  );
}
