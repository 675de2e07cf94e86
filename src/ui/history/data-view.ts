import type { Language } from '../../analysis/types';
import { h, replaceChildren } from '../../dom/safe-dom';
import { deleteAll, exportAll } from '../../history/store';
import { t, tCount } from '../../i18n';
import { storageStatusItem } from '../../settings';
import { formatDate } from './format';
import { runImport } from './import-client';

// The data section: export everything as one JSON file, import such a file (the store validates it with zod and
// merges without duplicates; nothing present is overwritten), delete everything after an explicit confirmation.

function status(): HTMLElement {
  return h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
}

function show(el: HTMLElement, text: string, kind: 'ok' | 'error'): void {
  el.textContent = text;
  el.className = `status ${kind}`;
}

function exportFileName(): string {
  return `policy-watch-history-${new Date().toISOString().slice(0, 10)}.json`;
}

function renderExport(lang: Language): HTMLElement {
  const out = status();
  const button = h('button', { type: 'button', class: 'button', id: 'export' }, t('history.data.export', lang));
  button.addEventListener('click', async () => {
    try {
      const data = await exportAll();
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = h('a', { href: url, download: exportFileName() });
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started by the next task; the URL is only needed until then.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      show(out, tCount('history.data.exported', data.versions.length, lang), 'ok');
    } catch (error) {
      show(out, t('history.error', lang, { error: String(error) }), 'error');
    }
  });
  return h('div', { class: 'data-action' }, h('p', null, t('history.data.exportHint', lang)), button, out);
}

/** A backup larger than this is refused before it is read (a full history of every platform is far smaller). */
const MAX_BACKUP_MB = 300;

/**
 * Restores a backup file in the import worker; the message says exactly what happened or why the file was refused,
 * and `rejected` names every record that was skipped (the good ones are imported).
 */
export async function importBackup(
  file: File,
  lang: Language,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<{ ok: boolean; message: string; rejected: string[] }> {
  if (file.size > MAX_BACKUP_MB * 1_000_000)
    return {
      ok: false,
      message: t('history.data.tooLarge', lang, { name: file.name, limit: MAX_BACKUP_MB }),
      rejected: [],
    };
  const reply = await runImport({ kind: 'backup', text: await file.text(), lang }, onProgress);
  if (reply.kind === 'restored') {
    const { result } = reply;
    const message = t('history.data.imported', lang, {
      added: result.versionsAdded,
      skipped: result.versionsSkipped,
      evidence: result.evidenceAdded,
    });
    const rejected = result.rejected.length
      ? ` ${tCount('history.data.rejected', result.rejected.length, lang, { first: result.rejected[0] ?? '' })}`
      : '';
    return { ok: true, message: message + rejected, rejected: result.rejected };
  }
  if (reply.kind === 'failed' && reply.reason === 'not-json')
    return { ok: false, message: t('history.data.notJson', lang, { name: file.name }), rejected: [] };
  const detail = reply.kind === 'failed' ? reply.detail : reply.kind;
  return { ok: false, message: t('history.data.notExport', lang, { name: file.name, detail }), rejected: [] };
}

function renderImport(lang: Language, onChanged: () => void): HTMLElement {
  const out = status();
  const progress = h('progress', { id: 'import-progress', hidden: true });
  const rejectedList = h('ul', { class: 'refused', id: 'import-rejected' });
  const input = h('input', { type: 'file', accept: 'application/json,.json', id: 'import-backup' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    progress.hidden = false;
    replaceChildren(rejectedList);
    const result = await importBackup(file, lang, (done, total) => {
      progress.max = total;
      progress.value = done;
      out.className = 'status';
      out.textContent = t('history.data.restoring', lang, { done, total });
    });
    progress.hidden = true;
    show(out, result.message, result.ok ? 'ok' : 'error');
    replaceChildren(
      rejectedList,
      result.rejected.map((r) => h('li', null, r)),
    );
    input.value = '';
    if (result.ok) onChanged();
  });
  return h(
    'div',
    { class: 'data-action' },
    h('label', { for: 'import-backup' }, t('history.data.importHint', lang)),
    input,
    progress,
    out,
    rejectedList,
  );
}

function renderDelete(lang: Language, onChanged: () => void): HTMLElement {
  const out = status();
  const evidence = h('input', { type: 'checkbox', id: 'delete-evidence' });
  const confirmBox = h(
    'div',
    { class: 'confirm', hidden: true, role: 'alertdialog', 'aria-label': t('history.data.deleteConfirm', lang) },
    h('p', null, t('history.data.deleteConfirm', lang)),
    h('label', { class: 'toggle' }, evidence, t('history.data.deleteEvidence', lang)),
  );
  const yes = h(
    'button',
    { type: 'button', class: 'button danger', id: 'delete-confirm' },
    t('history.data.deleteYes', lang),
  );
  const no = h('button', { type: 'button', class: 'button' }, t('history.data.cancel', lang));
  confirmBox.append(yes, no);
  const start = h(
    'button',
    { type: 'button', class: 'button danger', id: 'delete-all' },
    t('history.data.delete', lang),
  );
  start.addEventListener('click', () => {
    confirmBox.hidden = false;
    start.hidden = true;
    no.focus();
  });
  no.addEventListener('click', () => {
    confirmBox.hidden = true;
    start.hidden = false;
  });
  yes.addEventListener('click', async () => {
    try {
      await deleteAll({ evidence: evidence.checked });
      show(out, t('history.data.deleted', lang), 'ok');
      onChanged();
    } catch (error) {
      show(out, t('history.error', lang, { error: String(error) }), 'error');
    }
    confirmBox.hidden = true;
    start.hidden = false;
  });
  return h('div', { class: 'data-action' }, h('p', null, t('history.data.deleteHint', lang)), start, confirmBox, out);
}

/** Says when the history ran out of storage (recorded by the background); empty when it never did. */
function renderStorageNotice(lang: Language): HTMLElement {
  const notice = h('div', { class: 'status error', id: 'storage-status', hidden: '' });
  void storageStatusItem.getValue().then((status) => {
    if (!status) return;
    const removed = String(status.removed);
    notice.append(h('p', null, t('history.data.storageFull', lang, { date: formatDate(status.at, lang), removed })));
    if (status.full) notice.append(h('p', null, t('history.data.storageStillFull', lang)));
    notice.hidden = false;
  });
  return notice;
}

export function renderDataSection(lang: Language, onChanged: () => void): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'data-title' },
    h('h2', { id: 'data-title' }, t('history.data.title', lang)),
    renderStorageNotice(lang),
    renderExport(lang),
    renderImport(lang, onChanged),
    renderDelete(lang, onChanged),
  );
}
