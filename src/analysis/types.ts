// The analysis report: the one shape shared by the CLI (--json), the background worker, the history store and every
// view. Bump ANALYSIS_SCHEMA_VERSION on any incompatible change; stored reports carry the version they were made with.

export const ANALYSIS_SCHEMA_VERSION = 1 as const;

import type { Language } from '../i18n/languages';
import type { ChangeDates, PolicyDates, Region } from './dates/types';

export type { Language };

export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const FLAG_KINDS = [
  'legal-basis',
  'ai-training',
  'sensitive-data',
  'minors',
  'sharing',
  'transfer',
  'retention',
  'objection-right',
  'automated-decisions',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export type ChangeKind = 'added' | 'removed' | 'modified';
export type Severity = 'high' | 'medium' | 'low';

/** Whether the captured text is usable at all. An unusable capture is never reported as "everything was deleted". */
export type CaptureState = 'ok' | 'empty' | 'truncated';

export interface Flag {
  kind: FlagKind;
  /** Kind 'legal-basis': the basis the purpose now relies on; kind 'ai-training': the basis the training relies on, when stated. */
  basis?: LegalBasis;
  /** Only for kind 'legal-basis': the basis it relied on before, when known. */
  from?: LegalBasis | null;
  /** The purpose concerned, in the policy's words where possible ("Develop and improve AI at Meta"). */
  purpose?: string | null;
  change: ChangeKind;
  severity: Severity;
  /** The exact sentence before (null when added). */
  before: string | null;
  /** The exact sentence after (null when removed). */
  after: string | null;
  /** Heading path where the sentence sits, joined with " > ". */
  section: string;
  /** One plain-language sentence for the user, in English (views translate by kind/basis). */
  summary: string;
  /** The regions the policy limits this change to ("If you live in the EU"), when it does (analysis/dates). */
  region?: Region[];
}

export interface BlockChange {
  change: ChangeKind | 'moved';
  section: string;
  before: string | null;
  after: string | null;
  /** Word-level edit of a modified block: runs of equal / removed / added text. */
  words?: WordRun[];
  /** True when the change is only noise (formatting, links, dates...) and is shown only on request. */
  noise?: boolean;
}

export interface WordRun {
  op: 'equal' | 'add' | 'remove';
  text: string;
}

export interface AnalysisStats {
  blocksBefore: number;
  blocksAfter: number;
  added: number;
  removed: number;
  modified: number;
  moved: number;
  unchanged: number;
  /** Milliseconds spent, for the bench and the report (never used to decide anything). */
  ms: number;
  /** Work units spent against the budget (AnalyzeOptions.budget): the same on every device. */
  work?: number;
  /**
   * True when the edit or work budget was exceeded: a coarser (block-level) diff was used, or classification stopped
   * early and the flags may be incomplete.
   */
  coarse: boolean;
}

/** What data an AI-training statement names (a statement may name several). */
export const AI_DATA_KINDS = [
  'public-content',
  'user-content',
  // Messages and chats between people (DMs): a reader tells them apart from posts, so training that gains them widens.
  'private-messages',
  'ai-interactions',
  'collected-information',
  'publicly-available',
  'licensed-or-partner',
] as const;
export type AiDataKind = (typeof AI_DATA_KINDS)[number];

/** A sentence (or table row) of the policy stating that data is used to train, develop or improve AI models. */
export interface AiTrainingStatement {
  /** The sentence as the policy words it (for a table row, its purpose and data cells). */
  sentence: string;
  section: string;
  data: AiDataKind[];
  /** The basis the statement relies on, when the policy states one for it (row under a basis, or named in prose). */
  basis: LegalBasis | null;
  /** The purpose it belongs to, when the policy names one (a table row's purpose, a purpose's title line). */
  purpose?: string;
}

/** A purpose and the legal basis the policy says it relies on. */
export interface PurposeBasis {
  purpose: string;
  basis: LegalBasis;
  section: string;
  /** The purpose is (or includes) training AI on user data. */
  aiTraining: boolean;
}

/** A basis named by an item of the policy's own list of the bases it relies on (a list that names no purpose). */
export interface ListedBasis {
  basis: LegalBasis;
  /** The list item as the policy words it. */
  sentence: string;
  section: string;
}

/** A sentence stating a right to object or opt out, and whether it is about AI. */
export interface ObjectionStatement {
  sentence: string;
  section: string;
  ai: boolean;
}

/** What one version of a policy states, read on its own: the basis of "what this policy says now". */
export interface PolicyReading {
  language: Language;
  /** The policy says it trains (develops, improves) AI models on data: at least one statement below. */
  trainsAi: boolean;
  aiTraining: AiTrainingStatement[];
  /** The bases the AI-training statements rely on, most specific first (empty when none is stated). */
  aiBases: LegalBasis[];
  purposes: PurposeBasis[];
  objection: ObjectionStatement[];
  /** The bases the policy's lists of bases name, one entry a basis (absent when it has no such list). */
  basesListed?: ListedBasis[];
  /** The text is in a language the analysis does not read: it states nothing here because it was not read. */
  notRead?: 'language';
  /** Its effective and last-updated dates and the changes it announces (analysis/dates). */
  dates?: PolicyDates;
}

export interface AnalysisReport {
  schemaVersion: typeof ANALYSIS_SCHEMA_VERSION;
  language: Language;
  /** False when only noise changed (or nothing). */
  material: boolean;
  capture: CaptureState;
  stats: AnalysisStats;
  flags: Flag[];
  changes: BlockChange[];
  /** Set when the previous version was in another language: the page switched language, nothing is compared. */
  languageBefore?: Language;
  /** The reading of the new version (absent when the capture is unusable or not analysed). */
  state?: PolicyReading;
  /**
   * Set when the new text is in a language the analysis does not read (a Hindi page): it is kept, not compared, and
   * never reported as a change of everything. `language` is then only the nearest of ours, not the text's.
   */
  notAnalysed?: 'language';
  /** The new version's dates, the changes it announces with their flags, a change with no new date (analysis/dates). */
  dates?: ChangeDates;
}
