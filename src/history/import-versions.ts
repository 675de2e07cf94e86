import { recordCapture } from './store';
import type { CaptureInput, CaptureOutcome, DocumentKey } from './types';

// The one way past versions from elsewhere (an Open Terms Archive folder or zip, and Open Terms Archive's "Import
// past versions" over GitHub) enter the history: each is recorded with source 'import' at its own recording time,
// so it is placed by its date among what is there (today's capture stays the latest), never alerts, and a re-run
// adds nothing. A version that cannot be stored (dated in the future, too large, nested too deep, empty, cut short,
// or one that throws) is refused on its own and named in the summary; the others are imported.

export interface ImportTarget extends DocumentKey {
  /** The document's URL, stored with each version. */
  url: string;
  /** Open Terms Archive's Markdown is not our page extractor's: 0 keeps a later visit from alerting on the format. */
  extractorVersion?: number;
}

export interface VersionToImport {
  /** ISO 8601 time the version was recorded (by Open Terms Archive: its file name or commit time). */
  capturedAt: string;
  text: string;
  /** Where it came from (file path, commit), to name it in the summary. */
  path: string;
}

export interface ImportSummary {
  added: number;
  unchanged: number;
  refused: { path: string; reason: string }[];
  ms: number;
}

export type ImportVersionsProgress = (done: number, total: number) => void;

export const OTA_EXTRACTOR_VERSION = 0;

export async function importVersions(
  target: ImportTarget,
  versions: readonly VersionToImport[],
  onProgress?: ImportVersionsProgress,
  record: (input: CaptureInput) => Promise<CaptureOutcome> = recordCapture,
): Promise<ImportSummary> {
  const started = performance.now();
  const summary: ImportSummary = { added: 0, unchanged: 0, refused: [], ms: 0 };
  // Oldest first: each version then lands after the one it is compared with (any order gives the same history).
  const ordered = [...versions].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  for (const [i, version] of ordered.entries()) {
    const outcome = await recordOne(target, version, record);
    if (outcome.kind === 'refused') summary.refused.push({ path: version.path, reason: outcome.reason });
    else if (outcome.kind === 'unchanged') summary.unchanged++;
    else summary.added++;
    onProgress?.(i + 1, ordered.length);
  }
  summary.ms = performance.now() - started;
  return summary;
}

async function recordOne(
  target: ImportTarget,
  version: VersionToImport,
  record: (input: CaptureInput) => Promise<CaptureOutcome>,
): Promise<CaptureOutcome> {
  const { url, extractorVersion = OTA_EXTRACTOR_VERSION, platformId, documentId, locale } = target;
  try {
    return await record({
      platformId,
      documentId,
      locale,
      url,
      text: version.text,
      source: 'import',
      extractorVersion,
      capturedAt: version.capturedAt,
    });
  } catch (error) {
    // One version that breaks the reader must not stop the others.
    return { kind: 'refused', reason: error instanceof Error ? error.message : String(error) };
  }
}
