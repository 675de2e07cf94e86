import { listEvidence } from '../../history/evidence';
import { listDocuments, listVersions } from '../../history/store';
import type { DocumentSummary, EvidenceRecord } from '../../history/types';
import type { Platform } from '../../platforms/schema';
import { announcedDeadlines } from '../../walkthrough/deadlines-announced';
import { latestDocumentOf, type PlatformState, platformState } from './popup-model';

// Reading what the popup needs from the history database (the popup is an extension page: it opens IndexedDB
// itself). One read of documents and evidence per render; versions only for the platform shown in detail.

export interface PopupData {
  documents: DocumentSummary[];
  evidence: EvidenceRecord[];
}

export async function loadPopupData(): Promise<PopupData> {
  const [documents, evidence] = await Promise.all([listDocuments(), listEvidence()]);
  return { documents, evidence };
}

export async function loadPlatformState(platform: Platform, data: PopupData, now = new Date()): Promise<PlatformState> {
  const doc = latestDocumentOf(platform.id, data.documents);
  const versions = doc ? await listVersions(doc) : [];
  const announced = announcedDeadlines([platform], versions);
  return platformState(platform, data.documents, versions, data.evidence, now, announced);
}
