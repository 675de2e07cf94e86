import { analyzePolicyChange, FULL_WORK_BUDGET, normalizePolicyText } from '../../analysis';
import type { AnalysisReport } from '../../analysis/types';
import { getText } from '../../history/store';
import type { PolicyVersion } from '../../history/types';

// Comparing two stored versions. The report stored with a version is against its previous one; any other pair is
// analysed here, in the page (the engine is pure and takes well under a second on the largest policies).

export interface Comparison {
  older: PolicyVersion;
  newer: PolicyVersion;
  report: AnalysisReport;
  /** The newer text in normalised form (one block per line), to place the unchanged blocks. */
  newText: string;
  /** The older text in normalised form (to find the table a removed row belonged to). */
  oldText: string;
  /** Milliseconds spent reading and analysing. */
  ms: number;
}

export class MissingTextError extends Error {
  override name = 'MissingTextError';
}

/** Orders a pair oldest first. */
export function chronological(a: PolicyVersion, b: PolicyVersion): [PolicyVersion, PolicyVersion] {
  return a.capturedAt <= b.capturedAt ? [a, b] : [b, a];
}

export async function compareVersions(a: PolicyVersion, b: PolicyVersion): Promise<Comparison> {
  const started = performance.now();
  const [older, newer] = chronological(a, b);
  const [oldText, newText] = await Promise.all([getText(older.id), getText(newer.id)]);
  if (oldText === null || newText === null) throw new MissingTextError(oldText === null ? older.id : newer.id);
  const stored = newer.previousId === older.id ? newer.report : null;
  // A stored report that went coarse (its budget ran out in the background) is analysed again in full now that the
  // user asks for it; the panel says so if even the full budget was not enough.
  const report =
    stored && !stored.stats.coarse
      ? stored
      : analyzePolicyChange(oldText, newText, stored ? { budget: FULL_WORK_BUDGET } : {});
  return {
    older,
    newer,
    report,
    newText: normalizePolicyText(newText),
    oldText: normalizePolicyText(oldText),
    ms: performance.now() - started,
  };
}
