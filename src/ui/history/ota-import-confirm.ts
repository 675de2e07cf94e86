import type { Language } from '../../analysis/types';
import { h, replaceChildren } from '../../dom/safe-dom';
import { markSeen, recordCapture } from '../../history/store';
import type { CaptureOutcome } from '../../history/types';
import { LANGUAGES, t, tCount } from '../../i18n';
import { PLATFORMS } from '../../platforms/registry';
import type { Platform } from '../../platforms/schema';
import { formatDate } from './format';
import { guessLanguage, type OtaVersion } from './ota-import';

// The confirm step of the Open Terms Archive import: what was found, the guessed platform, document and language
// (editable), and the import itself: versions recorded oldest first with source 'import', with progress.

/** OTA's Markdown is not produced by our page extractor: a different extractor version keeps a later visit from
 * reporting extraction differences as a policy change (the store notes 'extractor-changed' instead of alerting). */
const OTA_EXTRACTOR_VERSION = 0;

function documentUrl(platform: Platform, documentId: string): string {
  const doc = platform.documents.find((d) => d.id === documentId);
  if (doc?.fetchUrl) return doc.fetchUrl;
  const host = (doc?.hosts?.[0] ?? platform.hosts[0] ?? 'localhost').replace(/^\*\./, 'www.');
  return `https://${host}${(doc?.paths[0] ?? '/').replace(/\*.*$/, '')}`;
}

export function select(id: string, options: { value: string; label: string }[], value: string): HTMLSelectElement {
  return h(
    'select',
    { id, name: id },
    options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
  );
}

export interface ImportSummary {
  added: number;
  unchanged: number;
  refused: number;
  ms: number;
}

function tally(summary: ImportSummary, outcome: CaptureOutcome): void {
  if (outcome.kind === 'refused') summary.refused++;
  else if (outcome.kind === 'unchanged') summary.unchanged++;
  else summary.added++;
}

/** One folder's versions, ready to import: what was found, the guessed target (editable), the import button. */
export function renderConfirm(
  versions: OtaVersion[],
  guess: { platformId: string; documentId: string | null },
  lang: Language,
  out: HTMLElement,
  onDone: () => void,
): HTMLElement {
  const platformSelect = select(
    'ota-platform',
    PLATFORMS.map((p) => ({ value: p.id, label: p.name })),
    guess.platformId,
  );
  const documentSelect = h('select', { id: 'ota-document', name: 'ota-document' });
  const fillDocuments = () => {
    const chosen = PLATFORMS.find((p) => p.id === platformSelect.value);
    const options = (chosen?.documents ?? []).map((d) =>
      h('option', { value: d.id, selected: d.id === guess.documentId }, d.name[lang] ?? d.name.en),
    );
    replaceChildren(documentSelect, options);
  };
  fillDocuments();
  platformSelect.addEventListener('change', fillDocuments);
  const localeSelect = select(
    'ota-locale',
    LANGUAGES.map((l) => ({ value: l, label: t(`history.settings.language.${l}`, lang) })),
    guessLanguage(versions[0]?.text ?? ''),
  );
  const progress = h('progress', { max: versions.length, value: 0, hidden: true });
  const start = h('button', { type: 'button', class: 'button primary', id: 'ota-start' }, t('history.ota.start', lang));

  start.addEventListener('click', async () => {
    const chosen = PLATFORMS.find((p) => p.id === platformSelect.value);
    if (!chosen || !documentSelect.value) return;
    const key = { platformId: chosen.id, documentId: documentSelect.value, locale: localeSelect.value };
    start.disabled = true;
    progress.hidden = false;
    out.className = 'status';
    delete out.dataset.importMs;
    const summary: ImportSummary = { added: 0, unchanged: 0, refused: 0, ms: 0 };
    const started = performance.now();
    try {
      // Oldest first, one after the other: each version is compared with the one before it.
      for (const [i, version] of versions.entries()) {
        const outcome = await recordCapture({
          ...key,
          text: version.text,
          url: documentUrl(chosen, key.documentId),
          source: 'import',
          extractorVersion: OTA_EXTRACTOR_VERSION,
          capturedAt: version.capturedAt,
        });
        tally(summary, outcome);
        progress.value = i + 1;
        out.textContent = t('history.ota.progress', lang, { done: i + 1, total: versions.length });
      }
      // Imported history is not news: it must not light up the badge.
      await markSeen(key);
      summary.ms = performance.now() - started;
      out.dataset.importMs = summary.ms.toFixed(0);
      out.className = 'status ok';
      out.textContent = t('history.ota.done', lang, {
        added: summary.added,
        unchanged: summary.unchanged,
        refused: summary.refused,
        seconds: (summary.ms / 1000).toFixed(1),
      });
      onDone();
    } catch (error) {
      out.className = 'status error';
      out.textContent = t('history.error', lang, { error: error instanceof Error ? error.message : String(error) });
    } finally {
      start.disabled = false;
    }
  });

  return h(
    'div',
    { class: 'ota-confirm' },
    h(
      'p',
      null,
      tCount('history.ota.found', versions.length, lang, {
        from: formatDate(versions[0]?.capturedAt ?? '', lang),
        to: formatDate(versions[versions.length - 1]?.capturedAt ?? '', lang),
      }),
    ),
    h('label', { for: 'ota-platform' }, t('history.ota.platform', lang)),
    platformSelect,
    h('label', { for: 'ota-document' }, t('history.ota.document', lang)),
    documentSelect,
    h('label', { for: 'ota-locale' }, t('history.ota.language', lang)),
    localeSelect,
    h('div', { class: 'actions' }, start, progress),
  );
}
