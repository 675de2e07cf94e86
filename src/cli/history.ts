import { join } from 'node:path';
import { analyzePolicyChange, assessCapture, readPolicy } from '../analysis/index';
import type { AnalysisReport, CaptureState, PolicyReading } from '../analysis/types';
import { listVersionFiles, readPolicyFile } from './files';

export interface HistoryEntry {
  /** File name of this version. */
  file: string;
  /** File name of the version it was compared with (the last usable one), null for the first. */
  previous: string | null;
  capture: CaptureState;
  /** The analysis against `previous`, without the block-level change list; null for the first or unusable versions. */
  report: Omit<AnalysisReport, 'changes'> | null;
  /** The first version's own dates (analysis/dates); the others carry theirs in report.state.dates. */
  dates?: PolicyReading['dates'];
}

export interface History {
  schemaVersion: 1;
  directory: string;
  versions: number;
  material: number;
  noiseOnly: number;
  unusable: number;
  /** Versions in another language than the one before (a page that flips language): not compared. */
  languageSwitches: number;
  entries: HistoryEntry[];
}

/** Analyses the versions of one document in date (file-name) order; unusable captures are skipped, not compared. */
export function analyzeHistory(dir: string): History {
  const files = listVersionFiles(dir);
  const entries: HistoryEntry[] = [];
  let previous: { file: string; text: string } | null = null;
  let material = 0;
  let noiseOnly = 0;
  let unusable = 0;
  let languageSwitches = 0;
  for (const file of files) {
    const text = readPolicyFile(join(dir, file));
    if (!previous) {
      const capture = assessCapture(text);
      entries.push({
        file,
        previous: null,
        capture,
        report: null,
        ...(capture === 'ok' ? { dates: readPolicy(text).dates } : {}),
      });
      if (capture === 'ok') previous = { file, text };
      else unusable++;
      continue;
    }
    const { changes: _changes, ...report } = analyzePolicyChange(previous.text, text);
    entries.push({
      file,
      previous: previous.file,
      capture: report.capture,
      report: report.capture === 'ok' ? report : null,
    });
    if (report.capture !== 'ok') {
      unusable++;
      continue;
    }
    if (report.languageBefore) languageSwitches++;
    else if (report.material) material++;
    else noiseOnly++;
    previous = { file, text };
  }
  return {
    schemaVersion: 1,
    directory: dir,
    versions: files.length,
    material,
    noiseOnly,
    unusable,
    languageSwitches,
    entries,
  };
}
