// The analysis report: the one shape shared by the CLI (--json), the background worker, the history store and every
// view. Bump ANALYSIS_SCHEMA_VERSION on any incompatible change; stored reports carry the version they were made with.

export const ANALYSIS_SCHEMA_VERSION = 1 as const;

export type Language = 'en' | 'de' | 'fr';

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
  /** Only for kind 'legal-basis': the basis the purpose now relies on. */
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
  /** Milliseconds spent, for the bench and the report. */
  ms: number;
  /**
   * True when the edit or time budget was exceeded: a coarser (block-level) diff was used, or classification stopped
   * early and the flags may be incomplete.
   */
  coarse: boolean;
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
}
