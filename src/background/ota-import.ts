import { storage } from 'wxt/utils/storage';
import { detectLanguage } from '../analysis';
import { markSeen, recordCapture } from '../history/store';
import type { OtaImportProgress } from '../messaging/ota';
import { getPlatform } from '../platforms/registry';
import type { OtaSource } from '../platforms/schema';
import type { OtaCommit } from '../sources/ota-github';
import { fileKey, otaImportItem } from '../sources/ota-state';
import { afterCapture } from './after-capture';
import { otaEnabled } from './ota-checks';
import { fetchCommitList, fetchVersionText, GitHubWait } from './ota-fetch';

// "Import past versions" from Open Terms Archive in one click: the file's commit list (up to 100, one request), then
// each version's text, oldest first, recorded with source 'ota' at its recording time through recordCapture, as the
// live source records them. Imported history is not news: nothing alerts, and the document is marked seen after.
// GitHub allows 60 requests an hour: when it says to wait, the import stops and says until when; run again, it goes
// on after the last version it imported (remembered per file), so nothing is fetched or stored twice.

const LIST_SIZE = 100;

const importedThroughItem = storage.defineItem<Record<string, string>>('local:ota.importedThrough', {
  fallback: {},
  version: 1,
});

let running: Promise<OtaImportProgress> | null = null;

/** Import one document's past versions (one import at a time; a second request waits for the first). */
export function importOtaHistory(platformId: string, documentId: string): Promise<OtaImportProgress> {
  const run = (running ?? Promise.resolve(null)).catch(() => null).then(() => importDocument(platformId, documentId));
  running = run.finally(() => {
    if (running === run) running = null;
  });
  return run;
}

async function importDocument(platformId: string, documentId: string): Promise<OtaImportProgress> {
  const source = getPlatform(platformId)?.documents.find((d) => d.id === documentId)?.ota;
  const progress: OtaImportProgress = {
    platformId,
    documentId,
    done: 0,
    total: 0,
    added: 0,
    error: null,
    waitUntil: null,
    finished: false,
  };
  const report = (change: Partial<OtaImportProgress>) => otaImportItem.setValue(Object.assign(progress, change));
  if (!source)
    return report({ error: 'no Open Terms Archive file for this document', finished: true }).then(() => progress);
  if (!(await otaEnabled())) return report({ error: 'Open Terms Archive is off', finished: true }).then(() => progress);
  await report({});
  try {
    const answer = await fetchCommitList(source, null, LIST_SIZE);
    const commits = answer.kind === 'commits' ? answer.commits : [];
    const pending = afterImported(commits, (await importedThroughItem.getValue())[fileKey(source)]);
    await report({ total: pending.length });
    let generation = 1;
    for (const commit of pending) {
      if (commit.kind === 'technical-upgrade') generation += 1;
      const added = await importVersion(platformId, documentId, source, commit, generation);
      await importedThroughItem.setValue({ ...(await importedThroughItem.getValue()), [fileKey(source)]: commit.sha });
      await report({ done: progress.done + 1, added: progress.added + (added ? 1 : 0) });
    }
  } catch (error) {
    const waitUntil = error instanceof GitHubWait ? new Date(error.until).toISOString() : null;
    await report({ error: error instanceof Error ? error.message : String(error), waitUntil });
  }
  await report({ finished: true });
  return progress;
}

/** The commits after the last one imported before (all of them on a first import), oldest first. */
function afterImported(commits: readonly OtaCommit[], through: string | undefined): OtaCommit[] {
  const at = through ? commits.findIndex((c) => c.sha === through) : -1;
  return commits.slice(at + 1);
}

async function importVersion(
  platformId: string,
  documentId: string,
  source: OtaSource,
  commit: OtaCommit,
  generation: number,
): Promise<boolean> {
  const text = await fetchVersionText(source, commit.sha);
  const outcome = await recordCapture({
    platformId,
    documentId,
    locale: detectLanguage(text),
    text,
    url: `https://github.com/OpenTermsArchive/${source.repo}/blob/${commit.sha}/${source.path.split('/').map(encodeURIComponent).join('/')}`,
    source: 'ota',
    extractorVersion: generation,
    capturedAt: commit.recordedAt,
  });
  // Imported history is not news: it must not light up the badge.
  if (outcome.kind === 'changed' || (outcome.kind === 'unchanged' && outcome.version.unseen))
    await markSeen(outcome.version.id);
  await afterCapture(outcome, false);
  return outcome.kind !== 'refused' && outcome.kind !== 'unchanged';
}
