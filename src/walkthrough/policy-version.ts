import type { DocumentSummary } from '../history/types';

// Which policy version an objection answers: the latest version captured of any of the platform's documents (the
// user objects to the processing that policy describes). Null when Policy Watch has not seen the policy yet.
export function latestVersionIdOf(platformId: string, documents: readonly DocumentSummary[]): string | null {
  let latest: DocumentSummary['latest'] | null = null;
  for (const doc of documents) {
    if (doc.platformId !== platformId) continue;
    if (!latest || doc.latest.capturedAt > latest.capturedAt) latest = doc.latest;
  }
  return latest?.id ?? null;
}
