import type { Language } from '../../analysis/types';
import { markSeen, recordCapture } from '../../history/store';
import type { CaptureOutcome } from '../../history/types';
import { PLATFORMS } from '../../platforms/registry';
import type { Platform } from '../../platforms/schema';
import { t } from '../i18n';
import { h, replaceChildren } from '../safe-dom';
import { formatDate } from './format';
import {
  capturedAtFromFileName,
  collectVersions,
  groupByFolder,
  guessLanguage,
  guessPlatformFromText,
  guessTarget,
  type OtaFile,
  type OtaVersion,
  readZip,
} from './ota-import';

// Seeding the history from Open Terms Archive: the user picks a folder of version files (or a zip of one), checks
// the guessed platform, document and language, and the versions are recorded oldest first with source 'import' and
// the recording time from each file name, so a new user sees years of changes on day one.

/** OTA's Markdown is not produced by our page extractor: a different extractor version keeps a later visit from
 * reporting extraction differences as a policy change (the store notes 'extractor-changed' instead of alerting). */
const OTA_EXTRACTOR_VERSION = 0;

/** The picked files, grouped by folder (one group per collection), and the name to guess from for a zip. */
interface Picked {
  groups: { folder: string; files: OtaFile[] }[];
  /** A zip's own name ("privacy-policy.pga.zip") when its files sit at its top level. */
  fallbackName: string;
}

async function readPickedFolder(files: FileList): Promise<Picked> {
  // Read only what can be a version: a folder may hold much else.
  const candidates = [...files].filter((f) => capturedAtFromFileName(f.name) !== null);
  const read: OtaFile[] = await Promise.all(
    candidates.map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })),
  );
  return { groups: groupByFolder(read), fallbackName: '' };
}

async function readPickedZip(file: File): Promise<Picked> {
  return { groups: groupByFolder(readZip(new Uint8Array(await file.arrayBuffer()))), fallbackName: file.name };
}

/** Platform and document for a group: from its folder names, else the zip name, else the text. */
function guessFor(
  folder: string,
  fallbackName: string,
  firstText: string,
): { platformId: string; documentId: string | null } {
  const fromFolder = guessTarget(folder || fallbackName);
  const known = PLATFORMS.find((p) => p.id === fromFolder.platformId);
  const platformId = known?.id ?? guessPlatformFromText(firstText, PLATFORMS) ?? PLATFORMS[0]?.id ?? '';
  return { platformId, documentId: fromFolder.documentId };
}

function documentUrl(platform: Platform, documentId: string): string {
  const doc = platform.documents.find((d) => d.id === documentId);
  if (doc?.fetchUrl) return doc.fetchUrl;
  const host = (doc?.hosts?.[0] ?? platform.hosts[0] ?? 'localhost').replace(/^\*\./, 'www.');
  return `https://${host}${(doc?.paths[0] ?? '/').replace(/\*.*$/, '')}`;
}

function select(id: string, options: { value: string; label: string }[], value: string): HTMLSelectElement {
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
function renderConfirm(
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
    (['en', 'de', 'fr'] as const).map((l) => ({ value: l, label: t(`history.settings.language.${l}`, lang) })),
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
      t('history.ota.found', lang, {
        count: versions.length,
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

/** A folder chooser when the pick holds several collections, then the confirm form of the chosen one. */
function renderPicked(picked: Picked, lang: Language, out: HTMLElement, onDone: () => void): HTMLElement {
  const area = h('div');
  const showGroup = (index: number) => {
    const group = picked.groups[index];
    if (!group) return;
    const { versions, skipped } = collectVersions(group.files);
    const guess = guessFor(group.folder, picked.fallbackName, versions[0]?.text ?? '');
    const form = renderConfirm(versions, guess, lang, out, onDone);
    if (skipped.length) form.firstElementChild?.append(` ${t('history.ota.skipped', lang, { count: skipped.length })}`);
    replaceChildren(area, form);
  };
  showGroup(0);
  if (picked.groups.length < 2) return area;
  const chooser = select(
    'ota-folder-choice',
    picked.groups.map((g, i) => ({ value: String(i), label: `${g.folder || '/'} (${g.files.length})` })),
    '0',
  );
  chooser.addEventListener('change', () => showGroup(Number(chooser.value)));
  return h(
    'div',
    null,
    h(
      'div',
      { class: 'ota-confirm' },
      h('label', { for: 'ota-folder-choice' }, t('history.ota.folder', lang)),
      chooser,
    ),
    area,
  );
}

export function renderOtaImport(lang: Language, onDone: () => void): HTMLElement {
  const out = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'ota-status' });
  const confirmArea = h('div');
  const folder = h('input', { type: 'file', id: 'ota-folder', webkitdirectory: true, multiple: true });
  const zip = h('input', { type: 'file', id: 'ota-zip', accept: '.zip,application/zip' });

  const handle = async (read: () => Promise<Picked>) => {
    out.className = 'status';
    out.textContent = t('history.ota.reading', lang);
    replaceChildren(confirmArea);
    try {
      const picked = await read();
      if (picked.groups.length === 0) {
        out.className = 'status error';
        out.textContent = t('history.ota.noVersions', lang);
        return;
      }
      out.textContent = '';
      replaceChildren(confirmArea, renderPicked(picked, lang, out, onDone));
    } catch (error) {
      out.className = 'status error';
      out.textContent = t('history.ota.unreadable', lang, {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  folder.addEventListener('change', () => {
    const files = folder.files;
    if (files?.length) void handle(() => readPickedFolder(files));
  });
  zip.addEventListener('change', () => {
    const file = zip.files?.[0];
    if (file) void handle(() => readPickedZip(file));
  });

  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'ota-title' },
    h('h2', { id: 'ota-title' }, t('history.ota.title', lang)),
    h('p', null, t('history.ota.intro', lang)),
    h(
      'div',
      { class: 'pickers' },
      h('label', { for: 'ota-folder' }, t('history.ota.pickFolder', lang)),
      folder,
      h('label', { for: 'ota-zip' }, t('history.ota.pickZip', lang)),
      zip,
    ),
    confirmArea,
    out,
  );
}
