import { browser } from 'wxt/browser';
import { detectLanguage } from '../analysis';
import { readCheckState } from '../history/check-state';
import { markSeen, recordCapture } from '../history/store';
import type { CheckOutcome } from '../messaging/checks';
import { PLATFORMS } from '../platforms/registry';
import type { OtaSource, Platform, PolicyDocument } from '../platforms/schema';
import { getSettings, otaSourceItem } from '../settings';
import { OTA_ORIGINS, type OtaCommit } from '../sources/ota-github';
import { fileKey, INITIAL_FILE_STATE, readOtaState, updateFileState } from '../sources/ota-state';
import { afterCapture } from './after-capture';
import { fetchCommitList, fetchVersionText, GitHubWait } from './ota-fetch';

// Open Terms Archive as a live second source (opt-in). When the user turned it on and granted the two hosts, an
// hourly alarm asks GitHub for the latest commits of a few tracked files (the least recently asked first, so the
// requests spread over the day), and records each new version with source 'ota' at Open Terms Archive's recording
// time, through the same recordCapture as every capture: analysed like any other, compared only with earlier 'ota'
// versions. Which documents: those a background check cannot read (no fetchUrl, or marked unreadable), or every
// document with an Open Terms Archive file when the user asks for all. One file may serve several documents (Meta's
// policy: Facebook and Messenger): one request, one alert.

export const OTA_ALARM = 'policy-watch:ota';
/** Commits asked per file: enough to catch up on a few days of changes. */
const PER_PAGE = 10;
/** Files asked per hourly run: 14 files at 3 an hour, each asked about every 5 hours at most, far under 60/hour. */
const FILES_PER_RUN = 3;

interface OtaTarget {
  platform: Platform;
  doc: PolicyDocument;
}

interface OtaFile {
  source: OtaSource;
  targets: OtaTarget[];
}

/** On, and the host permission granted (the user may withdraw it in the browser at any time). */
export async function otaEnabled(): Promise<boolean> {
  const { otaSource } = await getSettings();
  if (!otaSource.on) return false;
  return browser.permissions.contains({ origins: [...OTA_ORIGINS] });
}

/** The hourly alarm while the source is on; none otherwise. */
export async function scheduleOtaChecks(): Promise<void> {
  const on = (await getSettings()).otaSource.on;
  const existing = await browser.alarms.get(OTA_ALARM);
  if (!on) {
    if (existing) await browser.alarms.clear(OTA_ALARM);
    return;
  }
  if (!existing) await browser.alarms.create(OTA_ALARM, { delayInMinutes: 60, periodInMinutes: 60 });
}

/** Turning the source on reads it at once (the first run records each file's newest version as a baseline). */
export function watchOtaSetting(): void {
  otaSourceItem.watch((value, previous) => {
    const failed = (error: unknown) => console.warn('[policy-watch] Open Terms Archive checks failed', error);
    scheduleOtaChecks().catch(failed);
    if (value?.on && (!previous?.on || value.allDocuments !== previous.allDocuments))
      runOtaChecks({ force: true }).catch(failed);
  });
}

/** The files to ask about, with the documents each serves, for the watched platforms. */
async function otaFiles(platformId: string | undefined): Promise<OtaFile[]> {
  const { platformsOff, otaSource } = await getSettings();
  const files = new Map<string, OtaFile>();
  for (const platform of PLATFORMS) {
    if (platformsOff.includes(platform.id) || (platformId !== undefined && platform.id !== platformId)) continue;
    for (const doc of platform.documents) {
      if (!doc.ota) continue;
      const readByCheck = doc.fetchUrl !== undefined && !(await readCheckState(platform.id, doc.id)).unreadable;
      if (readByCheck && !otaSource.allDocuments) continue;
      const key = fileKey(doc.ota);
      const file = files.get(key) ?? { source: doc.ota, targets: [] };
      file.targets.push({ platform, doc });
      files.set(key, file);
    }
  }
  return [...files.values()];
}

let running: Promise<CheckOutcome[]> = Promise.resolve([]);

/** Ask Open Terms Archive now (force: every file, "Check now") or the few least recently asked (the alarm). */
export function runOtaChecks(options: { platformId?: string; force?: boolean } = {}): Promise<CheckOutcome[]> {
  // Runs one after the other: two runs must not record the same commit twice.
  running = running.catch(() => []).then(() => runOta(options));
  return running;
}

async function runOta({ platformId, force = false }: { platformId?: string; force?: boolean }) {
  if (!(await otaEnabled())) return [];
  const state = await readOtaState();
  const checkedAt = (f: OtaFile) => state.files[fileKey(f.source)]?.checkedAt ?? '';
  const files = (await otaFiles(platformId)).sort((a, b) => checkedAt(a).localeCompare(checkedAt(b)));
  const results: CheckOutcome[] = [];
  for (const file of force ? files : files.slice(0, FILES_PER_RUN)) {
    try {
      results.push(...(await checkFile(file)));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`[policy-watch] Open Terms Archive ${fileKey(file.source)}: ${reason}`);
      await updateFileState(file.source, { error: reason, checkedAt: new Date().toISOString() });
      results.push(...file.targets.map((t) => outcomeOf(t, 'failed', reason)));
      // GitHub asked us to wait: no more requests in this run.
      if (error instanceof GitHubWait) break;
    }
  }
  return results;
}

function outcomeOf({ platform, doc }: OtaTarget, outcome: CheckOutcome['outcome'], reason?: string): CheckOutcome {
  return { platformId: platform.id, documentId: doc.id, source: 'ota', outcome, ...(reason ? { reason } : {}) };
}

/** The commits after the last one recorded (all fetched ones when it fell off the list); the newest on a first run. */
function newCommits(commits: readonly OtaCommit[], lastSha: string | null): OtaCommit[] {
  if (lastSha === null) return commits.slice(-1);
  const at = commits.findIndex((c) => c.sha === lastSha);
  return at < 0 ? [...commits] : commits.slice(at + 1);
}

async function checkFile(file: OtaFile): Promise<CheckOutcome[]> {
  const before = (await readOtaState()).files[fileKey(file.source)] ?? INITIAL_FILE_STATE;
  const answer = await fetchCommitList(file.source, before.lastSha ? before.etag : null, PER_PAGE);
  const now = new Date().toISOString();
  if (answer.kind === 'not-modified') {
    await updateFileState(file.source, { checkedAt: now, error: null });
    return file.targets.map((t) => outcomeOf(t, 'unchanged'));
  }
  let generation = before.generation;
  let last: CheckOutcome[] = file.targets.map((t) => outcomeOf(t, 'unchanged'));
  for (const commit of newCommits(answer.commits, before.lastSha)) {
    // An upgrade of Open Terms Archive's extraction (or a fresh first record) changes the text, not the policy:
    // recorded as an extraction change, which never alerts.
    if (commit.kind !== 'new-changes' && before.lastSha !== null) generation += 1;
    const text = await fetchVersionText(file.source, commit.sha);
    last = await recordVersion(file, commit, text, generation);
    // Each recorded commit is written down at once: an interrupted run does not record it twice.
    await updateFileState(file.source, { lastSha: commit.sha, generation });
  }
  await updateFileState(file.source, { etag: answer.etag, checkedAt: now, error: null });
  return last;
}

/** One Open Terms Archive version for every document of its file; one alert, the others stored as seen. */
async function recordVersion(file: OtaFile, commit: OtaCommit, text: string, generation: number) {
  const results: CheckOutcome[] = [];
  let alerted = false;
  for (const target of file.targets) {
    const outcome = await recordCapture({
      platformId: target.platform.id,
      documentId: target.doc.id,
      locale: detectLanguage(text),
      text,
      url: `https://github.com/OpenTermsArchive/${file.source.repo}/blob/${commit.sha}/${file.source.path.split('/').map(encodeURIComponent).join('/')}`,
      source: 'ota',
      extractorVersion: generation,
      capturedAt: commit.recordedAt,
    });
    if (alerted && outcome.kind === 'changed') await markSeen(outcome.version.id);
    await afterCapture(outcome, !alerted);
    alerted ||= outcome.kind === 'changed';
    results.push(outcomeOf(target, outcome.kind, outcome.kind === 'refused' ? outcome.reason : undefined));
  }
  return results;
}
