import { alignBlocks, type BlockPair } from './align';
import { assessNormalizedCapture, MIN_POLICY_WORDS } from './capture';
import type { ChangedPair } from './changes';
import { classify } from './classify';
import { compareReadings, type ReadingDelta, type ReadingIndex, reconcile } from './compare';
import { changeDates, readDates, withRegions } from './dates';
import { copyToCompare } from './doubled';
import { FAR_PAIR_CHANGED_BLOCKS, MAX_FLAGS_PER_SECONDARY_KIND, MAX_FLAGS_PER_SECONDARY_KIND_FAR } from './flag-caps';
import { languageOf } from './language';
import { getLexicon, type Lexicon } from './lexicon';
import { clearMemos } from './memo';
import { datelessKey, isNoiseEdit, isShortLinkAlone, wordsOnly } from './noise';
import { normalizePolicyText } from './normalize';
import { readBlocks } from './read';
import { finalizeFlags } from './report';
import { type Block, sectionPath, segment } from './segment';
import { blockSentences } from './sentences';
import { SentenceIndex } from './similarity';
import { countWords as wordCount } from './text';
import {
  ANALYSIS_SCHEMA_VERSION,
  type AnalysisReport,
  type AnalysisStats,
  type BlockChange,
  type CaptureState,
  type Language,
  type PolicyReading,
} from './types';
import { diffTokens, type EditOp, tokenize, toWordRuns } from './word-diff';

export interface AnalyzeOptions {
  /** Force the language instead of detecting it from the new text. */
  language?: Language;
  /**
   * Work budget for aligning, word diffs and classifying, in work units (a block comparison step, a token diffed, a
   * changed block read). Past it the diff turns coarse (block level) and classification stops with the flags found
   * so far (stats.coarse). Counted in work, not time, so the same two texts give the same report on any device.
   */
  budget?: number;
  /** Timer for stats.ms only (milliseconds); default performance.now. It never changes the result. */
  now?: () => number;
}

/** Enough for any two real policies (the 2022 -> 2026 Facebook pair spends about a tenth of it). */
export const DEFAULT_WORK_BUDGET = 4_000_000;
/** The budget for a comparison the user opened and waits for, when the default one ran out (a report gone coarse). */
export const FULL_WORK_BUDGET = 10 * DEFAULT_WORK_BUDGET;
/** Work one changed block costs the classifier (splitting it into sentences, testing the word lists). */
const CLASSIFY_WORK = 200;

interface PreparedText {
  normalized: string;
  words: number;
  language: Language;
  /** False when the text is in none of the analysis's languages. */
  supported: boolean;
  blocks: Map<Language, Block[]>;
}

// The last few texts, normalised and segmented: a history is analysed pair by pair, so every version is read twice
// (as the new text, then as the old one). Small and bounded; large texts are not kept.
const PREPARED_CAPACITY = 4;
const MAX_PREPARED_LENGTH = 2_000_000;
const prepared = new Map<string, PreparedText>();

function prepare(text: string): PreparedText {
  const cached = prepared.get(text);
  if (cached) return cached;
  const normalized = normalizePolicyText(text);
  const { language, supported } = languageOf(normalized);
  const entry: PreparedText = {
    normalized,
    words: wordCount(normalized),
    language,
    supported: supported !== null,
    blocks: new Map(),
  };
  if (text.length <= MAX_PREPARED_LENGTH) {
    if (prepared.size >= PREPARED_CAPACITY) prepared.delete(prepared.keys().next().value as string);
    prepared.set(text, entry);
  }
  return entry;
}

function blocksOf(text: PreparedText, language: Language): Block[] {
  let blocks = text.blocks.get(language);
  if (!blocks) {
    blocks = segment(text.normalized, getLexicon(language));
    text.blocks.set(language, blocks);
  }
  return blocks;
}

// Per prepared text and language: a version is read once, whether as the new or the old side of a pair.
const readings = new WeakMap<Block[], PolicyReading>();

function readingOf(blocks: Block[], language: Language): PolicyReading {
  let reading = readings.get(blocks);
  if (!reading) {
    reading = { ...readBlocks(blocks, getLexicon(language)), dates: readDates(blocks, language) };
    readings.set(blocks, reading);
  }
  return reading;
}

// Per segmented text, like the readings: the new side of one pair is the old side of the next.
const sentenceIndexes = new WeakMap<Block[], SentenceIndex>();

function sentenceIndex(blocks: Block[], lexicon: ReturnType<typeof getLexicon>): SentenceIndex {
  let index = sentenceIndexes.get(blocks);
  if (!index) {
    index = new SentenceIndex(() => blocks.flatMap((block) => blockSentences(block, lexicon)));
    sentenceIndexes.set(blocks, index);
  }
  return index;
}

/** What one version of a policy states (purposes and bases, AI training, objection rights), read on its own. */
export function readPolicy(text: string, options: { language?: Language } = {}): PolicyReading {
  const entry = prepare(text);
  const language = options.language ?? entry.language;
  // A text in a language we do not read states nothing we could vouch for.
  if (!options.language && !entry.supported) {
    return { language, trainsAi: false, aiTraining: [], aiBases: [], purposes: [], objection: [], notRead: 'language' };
  }
  return readingOf(blocksOf(entry, language), language);
}

/** Forgets the prepared texts and the per-block memos (for benchmarks that measure a cold analysis). */
export function resetAnalysisCaches(): void {
  prepared.clear();
  clearMemos();
}
/** Largest edit script computed for one block; a block that differs more is shown as replaced. */
const MAX_BLOCK_EDITS = 400;
/**
 * Longest block diffed word by word (a real policy's longest paragraph is a few thousand characters); a longer one
 * is shown as replaced and the report is coarse: a 1 MB line of single characters would be a million tokens.
 */
const MAX_DIFFED_BLOCK_LENGTH = 100_000;
/** Changes listed in the report; the counts in stats stay exact. */
export const MAX_LISTED_CHANGES = 2_000;

function emptyStats(): AnalysisStats {
  return {
    blocksBefore: 0,
    blocksAfter: 0,
    added: 0,
    removed: 0,
    modified: 0,
    moved: 0,
    unchanged: 0,
    ms: 0,
    coarse: false,
  };
}

interface Classified {
  pair: BlockPair;
  ops: EditOp[] | null;
  noise: boolean;
}

/** Groups of consecutive non-equal pairs whose words, read in order, are the same: reflow or split paragraphs. */
function markReflow(classified: Classified[]): void {
  let start = 0;
  const flush = (end: number) => {
    const group = classified.slice(start, end).filter((entry) => !entry.noise && entry.pair.kind !== 'moved');
    if (group.length > 1) {
      const before = group.map((entry) => entry.pair.before).filter((block): block is Block => block !== null);
      const after = group.map((entry) => entry.pair.after).filter((block): block is Block => block !== null);
      // Reflow keeps the words, so the lengths must be close before the words are worth comparing.
      const length = (blocks: Block[]) => blocks.reduce((sum, block) => sum + block.key.length, 0);
      const [a, b] = [length(before), length(after)];
      if (Math.abs(a - b) > 0.1 * Math.max(a, b) + 10) return;
      if (wordsOnly(before) === wordsOnly(after)) for (const entry of group) entry.noise = true;
    }
  };
  classified.forEach((entry, index) => {
    if (entry.pair.kind === 'equal') {
      flush(index);
      start = index + 1;
    }
  });
  flush(classified.length);
}

/**
 * A date line removed in one place and added in another with only its date changed ("Updated on 23 July 2026" as a
 * heading that the alignment could not pair) is a new date, not a change.
 */
function markRedatedLines(classified: Classified[], lexicon: ReturnType<typeof getLexicon>): void {
  const removed = new Map<string, Classified>();
  for (const entry of classified) {
    if (entry.pair.kind !== 'removed' || entry.noise || !entry.pair.before) continue;
    const key = datelessKey(entry.pair.before, lexicon);
    if (key !== null) removed.set(key, entry);
  }
  if (removed.size === 0) return;
  for (const entry of classified) {
    if (entry.pair.kind !== 'added' || entry.noise || !entry.pair.after) continue;
    const key = datelessKey(entry.pair.after, lexicon);
    const twin = key === null ? undefined : removed.get(key);
    if (!twin || twin.noise) continue;
    twin.noise = true;
    entry.noise = true;
  }
}

/**
 * The work spent on one analysis, against its budget. Every step pays: normalising and segmenting (per 100
 * characters of each text), reading (per block of each version), comparing the readings (per pair of statements),
 * aligning, word diffs (per token) and classifying (per changed block). Counted from the texts alone, cached or not,
 * so the same texts give the same report on any device.
 */
class WorkMeter {
  work = 0;
  constructor(readonly budget: number) {}
  /** Pays `units`; true when the budget is spent. */
  spend = (units: number): boolean => {
    this.work += units;
    return this.work > this.budget;
  };
  overBudget = (): boolean => this.spend(1);
}

/** Characters of raw text that cost one work unit to normalise and segment. */
const CHARACTERS_PER_UNIT = 100;

/** Each side prepared, paid for by its length whether or not it was prepared before. */
function preparePaid(text: string, meter: WorkMeter): PreparedText {
  meter.spend(Math.ceil(text.length / CHARACTERS_PER_UNIT));
  return prepare(text);
}

/** A version's reading, paid for per block whether or not it was read before. */
function readingPaid(blocks: Block[], language: Language, meter: WorkMeter): PolicyReading {
  meter.spend(blocks.length);
  return readingOf(blocks, language);
}

/** One aligned pair judged: its word diff (within the budget) and whether it is noise. */
function classifyPair(
  original: BlockPair,
  delta: ReadingIndex,
  lexicon: Lexicon,
  meter: WorkMeter,
  stats: AnalysisStats,
): Classified {
  // Same text, same place in the sequence, but under another legal basis: the table around it changed.
  const basisChanged = original.before?.type === 'row' && original.before.basis !== original.after?.basis;
  const pair: BlockPair = original.kind === 'equal' && basisChanged ? { ...original, kind: 'moved' } : original;
  if (pair.kind === 'modified' && pair.before && pair.after) {
    if (Math.max(pair.before.text.length, pair.after.text.length) > MAX_DIFFED_BLOCK_LENGTH) {
      stats.coarse = true;
      return { pair, ops: null, noise: false };
    }
    const oldTokens = tokenize(pair.before.text);
    const newTokens = tokenize(pair.after.text);
    meter.spend(oldTokens.length + newTokens.length);
    const ops = meter.overBudget() ? null : diffTokens(oldTokens, newTokens, MAX_BLOCK_EDITS);
    if (!ops) stats.coarse = true;
    return { pair, ops, noise: ops !== null && isNoiseEdit(ops, pair.after, lexicon) };
  }
  if (pair.kind === 'moved') {
    // Identical blocks in a new order are noise, unless a table row now sits under another legal basis, or the
    // block states a purpose that the reading finds under another basis than before (a list item moved between
    // the sections of two bases).
    const rebased = pair.before?.basis !== pair.after?.basis || (!!pair.after && delta.purposeMovedIn(pair.after.text));
    return { pair, ops: null, noise: !rebased };
  }
  // A short link alone on its line ("[Return to top]") is navigation or media controls, not policy text.
  const block = pair.after ?? pair.before;
  return { pair, ops: null, noise: block !== null && isShortLinkAlone(block) };
}

/** The changes listed in the report (at most MAX_LISTED_CHANGES; the counts stay exact) and the material pairs. */
function listChanges(
  classified: Classified[],
  stats: AnalysisStats,
): { changes: BlockChange[]; material: ChangedPair[] } {
  const changes: BlockChange[] = [];
  const material: ChangedPair[] = [];
  for (const { pair, ops, noise } of classified) {
    if (pair.kind === 'equal') {
      stats.unchanged++;
      continue;
    }
    stats[pair.kind]++;
    if (!noise) material.push({ kind: pair.kind, before: pair.before, after: pair.after, ops });
    if (changes.length >= MAX_LISTED_CHANGES) continue;
    const block = pair.after ?? pair.before;
    const change: BlockChange = {
      change: pair.kind,
      section: block ? sectionPath(block) : '',
      before: pair.before?.text ?? null,
      after: pair.after?.text ?? null,
    };
    if (ops) change.words = toWordRuns(ops);
    if (noise) change.noise = true;
    changes.push(change);
  }
  return { changes, material };
}

interface Sides {
  before: Block[];
  after: Block[];
  lexicon: Lexicon;
  newText: string;
}

/** The flags of the material changes: the classifier's, checked against the readings, capped and ordered. */
function flagsOf(
  material: ChangedPair[],
  sides: Sides,
  delta: ReadingDelta & ReadingIndex,
  meter: WorkMeter,
  stats: AnalysisStats,
): AnalysisReport['flags'] {
  const { before, after, lexicon } = sides;
  const classification = classify(material, lexicon, sides.newText, () => meter.spend(CLASSIFY_WORK));
  if (!classification.complete) stats.coarse = true;
  if (material.length === 0) return [];
  const reconciled = reconcile(
    classification.candidates,
    delta,
    { before: sentenceIndex(before, lexicon), after: sentenceIndex(after, lexicon) },
    meter.spend,
  );
  const far = stats.added + stats.removed + stats.modified > FAR_PAIR_CHANGED_BLOCKS;
  return finalizeFlags(
    reconciled,
    (text) => lexicon.ai.test(text),
    far ? MAX_FLAGS_PER_SECONDARY_KIND_FAR : MAX_FLAGS_PER_SECONDARY_KIND,
  );
}

/** The two versions compared block by block, once both are known to be comparable. */
function compareVersions(
  sides: Sides,
  state: PolicyReading,
  language: Language,
  meter: WorkMeter,
  stats: AnalysisStats,
): Pick<AnalysisReport, 'flags' | 'changes' | 'material' | 'dates'> {
  const { before, after, lexicon } = sides;
  stats.blocksBefore = before.length;
  stats.blocksAfter = after.length;
  const previousState = readingPaid(before, language, meter);
  const delta = compareReadings(previousState, state, meter.spend);
  const alignment = alignBlocks(before, after, {
    overBudget: meter.overBudget,
    datelessKey: (block) => datelessKey(block, lexicon),
  });
  stats.coarse = alignment.coarse;
  const classified = alignment.pairs.map((pair) => classifyPair(pair, delta, lexicon, meter, stats));
  markReflow(classified);
  markRedatedLines(classified, lexicon);
  const { changes, material } = listChanges(classified, stats);
  // Each flag says which region it is limited to; the dates say whether the change was announced or silent.
  const flags = withRegions(flagsOf(material, sides, delta, meter, stats));
  if (meter.work > meter.budget) stats.coarse = true;
  const texts = after.map((block) => block.text);
  const dates = changeDates(previousState.dates, state.dates, material.length > 0, flags, texts);
  return { flags, changes, material: material.length > 0, dates };
}

/** The report's body for two identical texts: what comparing them would give, without comparing. */
function unchangedText(sides: Sides, stats: AnalysisStats): Pick<AnalysisReport, 'flags' | 'changes'> {
  stats.blocksBefore = sides.before.length;
  stats.blocksAfter = sides.after.length;
  stats.unchanged = sides.after.length;
  return { flags: [], changes: [] };
}

/** Compares two versions of a policy: what changed, whether it matters, and the flags a user should see. */
export function analyzePolicyChange(oldText: string, newText: string, options: AnalyzeOptions = {}): AnalysisReport {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const meter = new WorkMeter(options.budget ?? DEFAULT_WORK_BUDGET);
  const oldPrepared = preparePaid(oldText, meter);
  const newPrepared = preparePaid(newText, meter);
  const language = options.language ?? newPrepared.language;
  const stats = emptyStats();
  const report = (capture: CaptureState, material: boolean, rest: Partial<AnalysisReport> = {}): AnalysisReport => {
    stats.ms = Math.round((now() - started) * 100) / 100;
    stats.work = meter.work;
    return {
      schemaVersion: ANALYSIS_SCHEMA_VERSION,
      language,
      material,
      capture,
      stats,
      flags: [],
      changes: [],
      ...rest,
    };
  };

  const capture = assessNormalizedCapture(newPrepared, oldPrepared);
  if (capture !== 'ok') return report(capture, false);
  // A page in a language we do not read is kept as it is; comparing it word for word would call everything changed.
  if (!options.language && (!newPrepared.supported || !oldPrepared.supported)) {
    return report('ok', false, { notAnalysed: 'language' });
  }
  const lexicon = getLexicon(language);
  const after = blocksOf(newPrepared, language);
  const state = readingPaid(after, language, meter);
  // No usable previous version: there is nothing to compare against, so nothing is reported as changed.
  if (oldPrepared.words < MIN_POLICY_WORDS) return report('ok', false, { state });
  const oldLanguage = options.language ?? oldPrepared.language;
  // The page switched language (Facebook's page flips between French and English): a different text, not a change.
  if (oldLanguage !== language) return report('ok', false, { languageBefore: oldLanguage, state });

  // A page that shows the announced and the current policy together is compared as the copy most like the other side.
  const before = copyToCompare(blocksOf(oldPrepared, language), after);
  const sides: Sides = { before, after: copyToCompare(after, before), lexicon, newText: newPrepared.normalized };
  // The same text again (a check that found nothing new): every block is unchanged, with nothing to read or align.
  if (oldText === newText) {
    const dates = changeDates(state.dates, state.dates, false, [], []);
    return report('ok', false, { state, dates, ...unchangedText(sides, stats) });
  }
  const { flags, changes, material, dates } = compareVersions(sides, state, language, meter, stats);
  return report('ok', material, { flags, changes, state, dates });
}
