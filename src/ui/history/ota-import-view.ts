import type { Language } from '../../analysis/types';
import { h, replaceChildren } from '../../dom/safe-dom';
import { t, tCount } from '../../i18n';
import { PLATFORMS } from '../../platforms/registry';
import {
  capturedAtFromFileName,
  collectVersions,
  groupByFolder,
  guessPlatformFromText,
  guessTarget,
  type OtaFile,
  readZip,
} from './ota-import';
import { renderConfirm, select } from './ota-import-confirm';

// Seeding the history from Open Terms Archive: the user picks a folder of version files (or a zip of one), checks
// the guessed platform, document and language, and the versions are recorded oldest first with source 'import' and
// the recording time from each file name, so a new user sees years of changes on day one.

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

/** A folder chooser when the pick holds several collections, then the confirm form of the chosen one. */
function renderPicked(picked: Picked, lang: Language, out: HTMLElement, onDone: () => void): HTMLElement {
  const area = h('div');
  const showGroup = (index: number) => {
    const group = picked.groups[index];
    if (!group) return;
    const { versions, skipped } = collectVersions(group.files);
    const guess = guessFor(group.folder, picked.fallbackName, versions[0]?.text ?? '');
    const form = renderConfirm(versions, guess, lang, out, onDone);
    if (skipped.length) form.firstElementChild?.append(` ${tCount('history.ota.skipped', skipped.length, lang)}`);
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
