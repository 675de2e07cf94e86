import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { OtaImportProgress } from '../messaging/ota';
import type { OtaSource } from '../platforms/schema';

// What the Open Terms Archive source remembers between runs (storage.local, validated on read: storage can hold
// anything an older build left): per tracked file, the last commit recorded, the commit list's ETag, when it was
// last asked and what went wrong; and, for all of GitHub, until when it asked us to wait.

const fileState = z.object({
  /** The newest commit already recorded; null before the first run (which records the newest only, as a baseline). */
  lastSha: z.string().nullable(),
  /** GitHub's ETag for the commit list, sent back as If-None-Match (an unchanged list costs no download). */
  etag: z.string().max(200).nullable(),
  checkedAt: z.iso.datetime().nullable(),
  error: z.string().max(500).nullable(),
  /**
   * How many technical or declaration upgrades (and first records) Open Terms Archive made on this file since we
   * follow it: the versions' extractorVersion, so an upgrade is recorded as an extraction change (never alerts).
   */
  generation: z.number().int().nonnegative(),
});
export type OtaFileState = z.output<typeof fileState>;

const otaState = z.object({
  files: z.record(z.string().max(300), fileState),
  /** Epoch ms before which GitHub is not asked again (rate limit, Retry-After); null when not waiting. */
  blockedUntil: z.number().nullable(),
});
export type OtaState = z.output<typeof otaState>;

export const INITIAL_FILE_STATE: OtaFileState = {
  lastSha: null,
  etag: null,
  checkedAt: null,
  error: null,
  generation: 1,
};
const EMPTY: OtaState = { files: {}, blockedUntil: null };

export const otaStateItem = storage.defineItem<OtaState>('local:ota.state', { fallback: EMPTY, version: 1 });

export function fileKey(source: OtaSource): string {
  return `${source.repo}/${source.path}`;
}

export async function readOtaState(): Promise<OtaState> {
  const parsed = otaState.safeParse(await otaStateItem.getValue());
  return parsed.success ? parsed.data : EMPTY;
}

/** Change one file's state (read, change, write: runs are serialised by the caller). */
export async function updateFileState(source: OtaSource, change: Partial<OtaFileState>): Promise<OtaFileState> {
  const state = await readOtaState();
  const next = { ...(state.files[fileKey(source)] ?? INITIAL_FILE_STATE), ...change };
  await otaStateItem.setValue({ ...state, files: { ...state.files, [fileKey(source)]: next } });
  return next;
}

export async function setBlockedUntil(at: number | null): Promise<void> {
  const state = await readOtaState();
  await otaStateItem.setValue({ ...state, blockedUntil: at });
}

/** The last "Import past versions" from Open Terms Archive, as it goes (written by the worker, shown by the page). */
export const otaImportItem = storage.defineItem<OtaImportProgress | null>('local:ota.import', {
  fallback: null,
  version: 1,
});
