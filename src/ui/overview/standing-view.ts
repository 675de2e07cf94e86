import { browser } from 'wxt/browser';
import { basisName } from '../../analysis/flag-words';
import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { readCheckState } from '../../history/check-state';
import { listEvidence } from '../../history/evidence';
import { listDocuments, listReadings } from '../../history/store';
import type { DocumentSummary, EvidenceRecord } from '../../history/types';
import { t } from '../../i18n';
import { policyPageUrl } from '../../platforms/policy-page-url';
import { PLATFORMS } from '../../platforms/registry';
import type { Platform } from '../../platforms/schema';
import { getSettings } from '../../settings';
import { routeToOffer } from '../../walkthrough/policy-routes';
import { objectionUrl } from '../history/explain';
import { formatDate, formatDateTime, pageLanguage } from '../history/format';
import { latestDocumentOf } from '../popup/popup-model';
import { checkNowButton, type SourceNotes, sourcesBlock } from '../sources/source-notes';
import { announcedLine, nextAnnounced } from './announced-countdown';
import { type CheckNotice, type PlatformStanding, platformStanding } from './standing';

// "Where each platform stands": one row per watched platform on the history page's home, and a compact block in the
// popup. Extension-page links are relative (options.html, popup.html, evidence.html sit side by side).

export interface OverviewData {
  documents: DocumentSummary[];
  evidence: EvidenceRecord[];
}

/** The standing of every watched platform (registry order). `data` saves a second read when the caller has it. */
export async function loadStandings(data?: OverviewData): Promise<PlatformStanding[]> {
  const [documents, evidence, settings] = await Promise.all([
    data ? data.documents : listDocuments(),
    data ? data.evidence : listEvidence(),
    getSettings(),
  ]);
  const watched = PLATFORMS.filter((p) => !settings.platformsOff.includes(p.id));
  return Promise.all(
    watched.map(async (platform) => {
      const doc = standingDocumentOf(platform, documents);
      const history = doc ? await listReadings(doc) : [];
      const checked = checkedDocumentOf(platform, doc);
      const check = checked ? await readCheckState(platform.id, checked) : null;
      // The route the latest captured policy links, not a registry route it may have dropped (policy-routes.ts).
      const route = routeToOffer(platform, doc?.latest ?? null);
      return {
        ...platformStanding(platform, doc, history, evidence, route, check),
        announced: nextAnnounced(history, new Date()),
      };
    }),
  );
}

/** The document whose background checks the standing reports: the standing's own, if the checks fetch it. */
function checkedDocumentOf(platform: Platform, doc: DocumentSummary | null): string | null {
  const id = doc?.documentId ?? platform.documents[0]?.id;
  return platform.documents.find((d) => d.id === id)?.fetchUrl ? (id ?? null) : null;
}

/** One line on the background checks; the line that only says all is well is left out of the compact form. */
function checkLine(check: CheckNotice | null, lang: Language, compact: boolean): HTMLElement | null {
  if (!check) return null;
  const tag = compact ? 'span' : 'p';
  if (check.kind === 'unreadable') {
    const key = compact ? 'history.overview.check.short.unreadable' : 'history.overview.check.unreadable';
    return h(tag, { class: 'check-notice unreadable' }, t(key, lang));
  }
  if (check.kind === 'failing') {
    const date = formatDateTime(check.at, lang);
    const text = check.nextAt
      ? t('history.overview.check.failing', lang, { date, next: formatDateTime(check.nextAt, lang) })
      : t('history.overview.check.failed', lang, { date });
    return h(tag, { class: 'check-notice failing' }, text);
  }
  if (compact) return null;
  return h(
    'p',
    { class: 'check-notice muted' },
    t('history.overview.check.checked', lang, { date: formatDate(check.at, lang) }),
  );
}

/**
 * The document a platform's standing is read from: its first document in the registry (the privacy policy) when
 * captured, in the locale seen most recently; else whichever of its documents was seen last.
 */
export function standingDocumentOf(platform: Platform, documents: readonly DocumentSummary[]): DocumentSummary | null {
  for (const { id } of platform.documents) {
    const ofDocument = documents.filter((d) => d.documentId === id);
    const latest = latestDocumentOf(platform.id, ofDocument);
    if (latest) return latest;
  }
  return latestDocumentOf(platform.id, documents);
}

/** Opening the policy page lets the content script keep its first version. */
function openPolicyButton(platform: Platform, lang: Language): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'button open-policy', 'data-platform': platform.id },
    t('history.overview.openPolicy', lang),
  );
  button.addEventListener('click', () => void browser.tabs.create({ url: policyPageUrl(platform) }));
  return button;
}

/** Data kinds named in the compact form before the rest is counted. */
const COMPACT_KINDS = 2;

/** What the policy says about AI training, in one sentence (and the data it names; the first few when compact). */
export function trainingText(s: PlatformStanding, lang: Language, compact = false): string {
  const policy = s.policy;
  if (!policy) return t('history.overview.neverCaptured', lang);
  if (!policy.read) return t('history.overview.notRead', lang);
  if (policy.notAnalysed) {
    return t('history.overview.notAnalysed', lang, { language: pageLanguage(policy.document, lang) });
  }
  if (!policy.trainsAi)
    return compact
      ? t('history.overview.short.noTraining', lang)
      : t('history.overview.noTraining', lang, { date: formatDate(policy.latestCapturedAt, lang) });
  if (policy.aiData.length === 0) return t('history.overview.trains', lang);
  const kinds = compact ? policy.aiData.slice(0, COMPACT_KINDS) : policy.aiData;
  const more = policy.aiData.length - kinds.length;
  const data = [
    ...kinds.map((k) => t(`history.overview.data.${k}` as const, lang)),
    ...(more > 0 ? [t('history.overview.short.more', lang, { count: more })] : []),
  ].join(', ');
  return t(compact ? 'history.overview.short.trainsOn' : 'history.overview.trainsOn', lang, { data });
}

/** The basis and since when, or why there is none to show. */
export function basisText(s: PlatformStanding, lang: Language): string | null {
  const policy = s.policy;
  if (!policy?.read || !policy.trainsAi) return null;
  if (!policy.aiBasis) return t('history.overview.noBasis', lang);
  const named = basisName(policy.aiBasis, lang);
  // The basis names are written to sit inside a sentence ("your consent"); here one starts the line.
  const basis = named.charAt(0).toUpperCase() + named.slice(1);
  const since = policy.basisSince;
  if (!since) return basis;
  const date = formatDate(since.capturedAt, lang);
  return t(since.firstKept ? 'history.overview.basisSinceFirst' : 'history.overview.basisSince', lang, {
    basis,
    date,
  });
}

function evidenceLink(record: EvidenceRecord, lang: Language): HTMLElement {
  return h(
    'a',
    { href: `evidence.html#evidence-${encodeURIComponent(record.id)}`, class: 'evidence-link' },
    t('history.overview.evidence', lang),
  );
}

function objectionCell(s: PlatformStanding, lang: Language): HTMLElement {
  if (s.objection) {
    return h(
      'p',
      { class: 'objected' },
      t('history.overview.objectedOn', lang, { date: formatDate(s.objection.at, lang) }),
      ' ',
      evidenceLink(s.objection, lang),
    );
  }
  return h('p', { class: 'not-objected' }, t('history.overview.notObjected', lang));
}

function routeCell(s: PlatformStanding, lang: Language): HTMLElement {
  if (!s.route) return h('p', { class: 'muted' }, t('history.overview.noRoute', lang));
  const title = s.route.title[lang] ?? s.route.title.en;
  return h(
    'p',
    null,
    h('span', { class: 'route-title' }, title),
    ' ',
    h(
      'a',
      { class: 'button object', href: objectionUrl(s.route), target: '_blank', rel: 'noopener' },
      t('history.overview.object', lang),
    ),
  );
}

function trainingCell(s: PlatformStanding, lang: Language): HTMLElement {
  const cell = h('div', null, h('p', { class: 'training' }, trainingText(s, lang)));
  if (!s.policy) {
    cell.append(
      h(
        'p',
        { class: 'capture-actions' },
        openPolicyButton(s.platform, lang),
        ' ',
        h('a', { href: '#/data', class: 'button' }, t('history.overview.import', lang)),
      ),
    );
  } else if (s.policy.quote) {
    cell.append(h('blockquote', { class: 'quote' }, s.policy.quote));
  }
  const countdown = announcedLine(s.announced, lang, new Date());
  if (countdown) cell.append(countdown);
  const check = checkLine(s.check, lang, false);
  if (check) cell.append(check);
  return cell;
}

function basisCell(s: PlatformStanding, lang: Language): HTMLElement {
  const text = basisText(s, lang);
  const since = s.policy?.basisSince;
  if (!text) return h('p', { class: 'muted' }, '—');
  return h(
    'p',
    null,
    `${text} `,
    since
      ? h(
          'a',
          { href: `#/diff/${encodeURIComponent(since.versionId)}`, class: 'since-link' },
          t('history.overview.showVersion', lang),
        )
      : null,
  );
}

/** The history page's overview also says how each document is read, with "Check now" (src/ui/sources). */
export interface OverviewChecks {
  notes: SourceNotes;
  /** Where the buttons say how the check went (kept outside the section, which is drawn again). */
  status: HTMLElement;
  onChecked: () => void;
}

/** The overview section of the history page's home. */
export function renderOverview(
  standings: readonly PlatformStanding[],
  lang: Language,
  checks?: OverviewChecks,
): HTMLElement {
  const col = (key: Parameters<typeof t>[0]) => h('th', { scope: 'col' }, t(key, lang));
  const checkNow = (platformId?: string) =>
    checks ? checkNowButton(platformId, lang, checks.status, checks.onChecked) : null;
  return h(
    'section',
    { class: 'card overview', 'aria-labelledby': 'overview-title', id: 'overview' },
    h('h2', { id: 'overview-title' }, t('history.overview.title', lang)),
    h('p', { class: 'hint' }, t('history.overview.intro', lang), ' ', checkNow()),
    h(
      'div',
      { class: 'overview-scroll' },
      h(
        'table',
        { class: 'overview-table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            col('history.overview.col.platform'),
            col('history.overview.col.training'),
            col('history.overview.col.basis'),
            col('history.overview.col.route'),
            col('history.overview.col.objection'),
          ),
        ),
        h(
          'tbody',
          null,
          standings.map((s) =>
            h(
              'tr',
              {
                'data-platform': s.platform.id,
                'data-captured': s.policy ? 'true' : 'false',
                'data-trains-ai': s.policy?.trainsAi ? 'true' : 'false',
                'data-objected': s.objection ? 'true' : 'false',
              },
              h('th', { scope: 'row' }, s.platform.name, checks ? h('br') : null, checkNow(s.platform.id)),
              h('td', null, trainingCell(s, lang), checks ? sourcesBlock(s.platform, checks.notes, lang) : null),
              h('td', null, basisCell(s, lang)),
              h('td', null, routeCell(s, lang)),
              h('td', null, objectionCell(s, lang)),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * The compact form (popup): what the policy says about AI training, the basis since when, and the objection. With
 * `actions`, the never-captured case offers to open the policy page or import history, and an objection links to
 * its evidence; without (inside a button), text only.
 */
export function renderStandingCompact(s: PlatformStanding, lang: Language, actions: boolean): HTMLElement {
  const basis = basisText(s, lang);
  const lines: (HTMLElement | null)[] = [
    h('span', { class: 'standing-training' }, trainingText(s, lang, true)),
    basis ? h('span', { class: 'standing-basis' }, basis) : null,
    s.objection
      ? h(
          'span',
          { class: 'standing-objection done' },
          t('history.overview.objectedOn', lang, { date: formatDate(s.objection.at, lang) }),
          actions ? ' ' : null,
          actions ? evidenceLink(s.objection, lang) : null,
        )
      : s.policy?.trainsAi
        ? h('span', { class: 'standing-objection todo' }, t('history.overview.notObjected', lang))
        : null,
    checkLine(s.check, lang, true),
  ];
  if (actions && !s.policy) {
    lines.push(
      h(
        'span',
        { class: 'standing-actions' },
        openPolicyButton(s.platform, lang),
        ' ',
        h('a', { href: 'options.html#/data', target: '_blank', rel: 'noopener' }, t('history.overview.import', lang)),
      ),
    );
  }
  return h(
    actions ? 'div' : 'span',
    {
      class: 'standing',
      'data-platform': s.platform.id,
      'data-trains-ai': s.policy?.trainsAi ? 'true' : 'false',
      'data-objected': s.objection ? 'true' : 'false',
    },
    lines,
  );
}
