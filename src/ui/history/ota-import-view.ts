import type { Language } from '../../analysis/types';
import { h, replaceChildren } from '../../dom/safe-dom';
import { t, tCount } from '../../i18n';
import { PLATFORMS } from '../../platforms/registry';
import { runImport } from './import-client';
import {
  capturedAtFromFileName,
  collectVersions,
  groupByFolder,
  guessPlatformFromText,
  guessTarget,
  type OtaFile,
} from './ota-import';
import { renderConfirm, select } from './ota-import-confirm';
import { ZIP_LIMITS, ZipRefused } from './zip-limits';

// Seeding the history from Open Terms Archive: the user picks a folder of version files (or a zip of one), checks
// the guessed platform, document and language, and the versions are recorded oldest first with source 'import' and
// the recording time from each file name, so a new user sees years of changes on day one.

/** The picked files, grouped by folder (one group per collection), and the name to guess from for a zip. */
interface Picked {
  groups: { folder: string; files: OtaFile[] }[];
  /** A zip's own name ("privacy-policy.pga.zip") when its files sit at its top level. */
  fallbackName: string;
  /** Files left out before reading (past the size limit), each with why. */
  notRead: string[];
}

/** The picked folder's version files, each checked against the size limit before it is read (the zip's limits). */
async function readPickedFolder(files: FileList): Promise<Picked> {
  // Read only what can be a version: a folder may hold much else.
  const candidates = [...files].filter((f) => capturedAtFromFileName(f.name) !== null);
  if (candidates.length > ZIP_LIMITS.entries)
    throw new ZipRefused(`the folder holds more than ${ZIP_LIMITS.entries} versions`);
  const pathOf = (f: File) => f.webkitRelativePath || f.name;
  const tooLarge = candidates.filter((f) => f.size > ZIP_LIMITS.entryBytes);
  const read: OtaFile[] = await Promise.all(
    candidates
      .filter((f) => f.size <= ZIP_LIMITS.entryBytes)
      .map(async (f) => ({ path: pathOf(f), text: await f.text() })),
  );
  const notRead = tooLarge.map((f) => `${pathOf(f)}: ${f.size} bytes, the limit is ${ZIP_LIMITS.entryBytes}`);
  return { groups: groupByFolder(read), fallbackName: '', notRead };
}

/** A zip, read in the import worker within its limits (zip-limits.ts). */
async function readPickedZip(file: File, progress: HTMLProgressElement): Promise<Picked> {
  if (file.size > ZIP_LIMITS.zipBytes) throw new ZipRefused(`the archive is larger than ${ZIP_LIMITS.zipBytes} bytes`);
  progress.hidden = false;
  progress.removeAttribute('value');
  const reply = await runImport({ kind: 'zip', bytes: new Uint8Array(await file.arrayBuffer()) }, () => undefined);
  progress.hidden = true;
  if (reply.kind === 'failed') throw new ZipRefused(reply.detail);
  if (reply.kind !== 'zip-read') throw new Error('unexpected reply');
  return { groups: groupByFolder(reply.files), fallbackName: file.name, notRead: reply.skipped };
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

/** The files left out before reading, each named with why (a zip bomb's entry, a file past the limit). */
export function notReadList(items: readonly string[], lang: Language): HTMLElement {
  return h(
    'div',
    { class: 'status error', id: 'ota-not-read' },
    h('p', null, tCount('history.ota.notRead', items.length, lang)),
    h(
      'ul',
      null,
      items.map((item) => h('li', null, item)),
    ),
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
    if (skipped.length) form.firstElementChild?.append(` ${tCount('history.ota.skipped', skipped.length, lang)}`);
    if (picked.notRead.length) form.prepend(notReadList(picked.notRead, lang));
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
  const reading = h('progress', { id: 'ota-reading', hidden: true });

  const handle = async (read: () => Promise<Picked>) => {
    out.className = 'status';
    out.textContent = t('history.ota.reading', lang);
    replaceChildren(confirmArea);
    try {
      const picked = await read();
      if (picked.groups.length === 0) {
        out.className = 'status error';
        out.textContent = t('history.ota.noVersions', lang);
        if (picked.notRead.length) replaceChildren(confirmArea, notReadList(picked.notRead, lang));
        return;
      }
      out.textContent = '';
      replaceChildren(confirmArea, renderPicked(picked, lang, out, onDone));
    } catch (error) {
      reading.hidden = true;
      out.className = 'status error';
      const detail = error instanceof Error ? error.message : String(error);
      out.textContent =
        error instanceof ZipRefused
          ? t('history.ota.refusedArchive', lang, { reason: detail })
          : t('history.ota.unreadable', lang, { error: detail });
    }
  };
  folder.addEventListener('change', () => {
    const files = folder.files;
    if (files?.length) void handle(() => readPickedFolder(files));
  });
  zip.addEventListener('change', () => {
    const file = zip.files?.[0];
    if (file) void handle(() => readPickedZip(file, reading));
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
    reading,
    confirmArea,
    out,
  );
}
