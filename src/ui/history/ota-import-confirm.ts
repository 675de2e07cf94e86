import type { Language } from '../../analysis/types';
import { h, replaceChildren } from '../../dom/safe-dom';
import type { ImportSummary } from '../../history/import-versions';
import { LANGUAGES, t, tCount } from '../../i18n';
import { PLATFORMS } from '../../platforms/registry';
import type { Platform } from '../../platforms/schema';
import { formatDate } from './format';
import { runImport } from './import-client';
import { guessLanguage, type OtaVersion } from './ota-import';

// The confirm step of the Open Terms Archive import: what was found, the guessed platform, document and language
// (editable), and the import itself: run in the import worker (src/history/import-versions.ts: each version placed
// by its own date with source 'import', never alerting), with a progress bar and every refused version named.

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

/** The import's outcome: counts, then each refused version named with why. */
function renderSummary(out: HTMLElement, summary: ImportSummary, lang: Language): void {
  out.dataset.importMs = summary.ms.toFixed(0);
  out.className = summary.refused.length ? 'status error' : 'status ok';
  const done = t('history.ota.done', lang, {
    added: summary.added,
    unchanged: summary.unchanged,
    refused: summary.refused.length,
    seconds: (summary.ms / 1000).toFixed(1),
  });
  replaceChildren(
    out,
    h('span', null, done),
    summary.refused.length
      ? h(
          'ul',
          { class: 'refused' },
          summary.refused.map((r) => h('li', null, `${r.path}: ${r.reason}`)),
        )
      : null,
  );
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
    const target = { ...key, url: documentUrl(chosen, key.documentId) };
    const onProgress = (done: number, total: number) => {
      progress.value = done;
      out.textContent = t('history.ota.progress', lang, { done, total });
    };
    const reply = await runImport({ kind: 'versions', target, versions }, onProgress);
    start.disabled = false;
    if (reply.kind === 'imported') {
      renderSummary(out, reply.summary, lang);
      onDone();
    } else {
      out.className = 'status error';
      out.textContent = t('history.error', lang, { error: reply.kind === 'failed' ? reply.detail : reply.kind });
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
