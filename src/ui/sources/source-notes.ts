import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { type CheckState, readCheckState } from '../../history/check-state';
import { t } from '../../i18n';
import { runChecksNow } from '../../messaging/checks';
import { sendMessage } from '../../messaging/define';
import { importOtaHistory, type OtaImportProgress } from '../../messaging/ota';
import { getPlatform, PLATFORMS } from '../../platforms/registry';
import type { Platform, PolicyDocument } from '../../platforms/schema';
import { getSettings } from '../../settings';
import { checkRouteOf } from '../../sources/check-plan';
import { fileKey, type OtaFileState, otaImportItem, readOtaState } from '../../sources/ota-state';
import { formatDateTime } from '../history/format';

// The overview's "how each document is read": the background check's page (or why there is none) with its last
// check, and Open Terms Archive's file with when it was last asked (when the user turned it on); and the "Check now"
// buttons, per platform and for all, which ask the worker to run the checks at once.

export interface SourceNotes {
  otaOn: boolean;
  /** Open Terms Archive reads every document, not only those the checks cannot read. */
  otaAll: boolean;
  otaFiles: Record<string, OtaFileState>;
  checks: Map<string, CheckState>;
}

export async function loadSourceNotes(): Promise<SourceNotes> {
  const [settings, ota] = await Promise.all([getSettings(), readOtaState()]);
  const checks = new Map<string, CheckState>();
  for (const platform of PLATFORMS)
    for (const doc of platform.documents)
      if (doc.fetchUrl) checks.set(`${platform.id}/${doc.id}`, await readCheckState(platform.id, doc.id));
  return { otaOn: settings.otaSource.on, otaAll: settings.otaSource.allDocuments, otaFiles: ota.files, checks };
}

function checkText(platform: Platform, doc: PolicyDocument, notes: SourceNotes, lang: Language): string {
  const route = checkRouteOf(doc);
  if (route.kind === 'none') return t(`history.overview.source.none.${route.reason}` as const, lang);
  const host = new URL(route.fetchUrl).host;
  const line =
    route.kind === 'page'
      ? t('history.overview.source.page', lang, { host })
      : t('history.overview.source.publisher', lang, { host, platform: getPlatform(route.via)?.name ?? route.via });
  const state = notes.checks.get(`${platform.id}/${doc.id}`);
  const at = state?.lastSuccessAt;
  return at ? `${line} ${t('history.overview.check.checked', lang, { date: formatDateTime(at, lang) })}` : line;
}

function otaText(platform: Platform, doc: PolicyDocument, notes: SourceNotes, lang: Language): string | null {
  if (!doc.ota) return null;
  // The same rule as the worker's (ota-checks.ts): what the checks cannot read, or everything when asked.
  const readByCheck = doc.fetchUrl !== undefined && !notes.checks.get(`${platform.id}/${doc.id}`)?.unreadable;
  if (!notes.otaOn) return readByCheck ? null : t('history.overview.source.otaOff', lang);
  if (readByCheck && !notes.otaAll) return null;
  const asked = notes.otaFiles[fileKey(doc.ota)]?.checkedAt;
  const repo = doc.ota.repo;
  return asked
    ? t('history.overview.source.ota', lang, { repo, date: formatDateTime(asked, lang) })
    : t('history.overview.source.otaNever', lang, { repo });
}

/** One line per document of the platform: how it is read, and when it last was. */
export function sourcesBlock(platform: Platform, notes: SourceNotes, lang: Language): HTMLElement {
  return h(
    'ul',
    { class: 'sources', 'data-platform': platform.id },
    platform.documents.map((doc) => {
      const ota = otaText(platform, doc, notes, lang);
      return h(
        'li',
        { 'data-document': doc.id, 'data-check': checkRouteOf(doc).kind },
        h('span', { class: 'source-doc' }, `${doc.name[lang] ?? doc.name.en}: `),
        checkText(platform, doc, notes, lang),
        ota ? h('span', { class: 'source-ota' }, ` ${ota}`) : null,
        ota && notes.otaOn ? h('br') : null,
        ota && notes.otaOn ? otaImportButton(platform.id, doc, lang) : null,
      );
    }),
  );
}

/** Where "Check now" says how it went: outside the overview, which is drawn again after a check. */
export function checkStatus(): HTMLElement {
  return h('p', { class: 'status', role: 'status', id: 'check-status' });
}

/** "Check now" for one platform, or for all (platformId undefined); `onDone` redraws the overview. */
export function checkNowButton(
  platformId: string | undefined,
  lang: Language,
  status: HTMLElement,
  onDone: () => void,
): HTMLElement {
  const label = t(platformId ? 'history.overview.checkNow' : 'history.overview.checkAll', lang);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button check-now',
      ...(platformId ? { 'data-platform': platformId } : { id: 'check-all' }),
    },
    label,
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = t('history.overview.checking', lang);
    try {
      const { results } = await sendMessage(runChecksNow, platformId ? { platformId } : {});
      const count = (kinds: string[]) => results.filter((r) => kinds.includes(r.outcome)).length;
      status.textContent = t('history.overview.checkDone', lang, {
        read: count(['baseline', 'unchanged', 'noise', 'changed']),
        changed: count(['changed']),
        failed: count(['failed', 'refused', 'unreadable']),
      });
      onDone();
    } catch (error) {
      status.textContent = t('history.error', lang, { error: error instanceof Error ? error.message : String(error) });
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** "Import past versions" from Open Terms Archive, for one document, with its progress. */
export function otaImportButton(platformId: string, doc: PolicyDocument, lang: Language): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'button ota-import', 'data-platform': platformId, 'data-document': doc.id },
    t('history.overview.otaImport', lang),
  );
  const bar = h('progress', { hidden: true, value: 0, max: 1 });
  const status = h('span', { class: 'status', role: 'status' });
  const show = (p: OtaImportProgress | null) => {
    if (!p || p.platformId !== platformId || p.documentId !== doc.id) return;
    bar.hidden = p.finished;
    bar.max = Math.max(1, p.total);
    bar.value = p.done;
    status.textContent = p.waitUntil
      ? t('history.overview.otaImport.wait', lang, {
          done: p.done,
          total: p.total,
          date: formatDateTime(p.waitUntil, lang),
        })
      : p.error
        ? t('history.error', lang, { error: p.error })
        : t(p.finished ? 'history.overview.otaImport.done' : 'history.overview.otaImport.progress', lang, {
            done: p.done,
            total: p.total,
            added: p.added,
          });
  };
  const stop = otaImportItem.watch(show);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      show(await sendMessage(importOtaHistory, { platformId, documentId: doc.id }));
    } catch (error) {
      status.textContent = t('history.error', lang, { error: error instanceof Error ? error.message : String(error) });
    } finally {
      button.disabled = false;
      if (!button.isConnected) stop();
    }
  });
  return h('span', { class: 'ota-import-box' }, button, ' ', bar, ' ', status);
}
