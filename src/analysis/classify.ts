import { namesData, statesAiTraining } from './ai-training';
import { alignSentences, type ChangedPair, type SentenceChange, sentenceChanges } from './changes';
import { MAX_FLAGS_PER_SECONDARY_KIND } from './flag-caps';
import { isPlainLatin, visitPlainWords } from './latin';
import {
  AnyMatcherPretest,
  articleBases,
  basesMentioned,
  basesStated,
  blankOut,
  type Lexicon,
  type Matcher,
  statesBasis,
} from './lexicon';
import { memoize } from './memo';
import { type Block, rowPurpose, sectionPath } from './segment';
import { blockSentences, cellSentences } from './sentences';
import { basisSeverity, type SECONDARY_SEVERITY, secondarySeverity, trainingSeverity } from './severity';
import type { ChangeKind, Flag, LegalBasis } from './types';

// Flags from changed sentences. Language-agnostic: every word list comes from the lexicon. Table rows get their legal
// basis from the segmenter (headings / table introduction); prose states it itself.

/** A flag before ordering, with where it came from in the new document; its sentence is written by report.ts. */
export interface FlagCandidate extends Omit<Flag, 'summary'> {
  position: number;
}

const MIN_CHANGED_WORDS = 4;
/** Shorter sentences (link labels, captions) state nothing a secondary flag could report. */
const MIN_STATEMENT_WORDS = 5;

const CONTENT_WORD = /[\p{L}\p{N}]{3,}/gu;
/** A question mark at the end, before closing quotes or parentheses (French puts a space before it). */
const QUESTION_END = /\?["'»)]*\s*$/;

/**
 * A question ("How do we share information with Partners ...?"), or a link to one (a table of contents entry), is a
 * heading written as a sentence. A sentence that only ends with a link to a question ("see [How do we ...?]") is not.
 */
function isQuestion(sentence: string): boolean {
  return QUESTION_END.test(sentence.replace(/^\[(.*)\]$/, '$1'));
}

/** A short line ending in a colon ("Legitimate interests relied on:") labels the list below it; it states nothing. */
function isLabel(sentence: string, lexicon: Lexicon): boolean {
  return /:\s*$/.test(sentence) && contentWordCount(sentence, lexicon, 5) < 5;
}

/** Words of three letters or more that are not stopwords, counted up to `enough` (early exit on long texts). */
function contentWordCount(text: string, lexicon: Lexicon, enough = Number.POSITIVE_INFINITY): number {
  let count = 0;
  if (isPlainLatin(text)) {
    // One code unit per letter: the same words as CONTENT_WORD finds.
    visitPlainWords(text, (start, end) => {
      if (end - start < 3 || lexicon.stopwords.has(text.slice(start, end).toLowerCase())) return false;
      return ++count >= enough;
    });
    return count;
  }
  CONTENT_WORD.lastIndex = 0;
  for (let match = CONTENT_WORD.exec(text); match !== null; match = CONTENT_WORD.exec(text)) {
    if (!lexicon.stopwords.has(match[0].toLowerCase()) && ++count >= enough) break;
  }
  return count;
}

function stems(text: string, lexicon: Lexicon): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? [])
      .filter((word) => !lexicon.stopwords.has(word))
      .map((word) => word.slice(0, 5)),
  );
}

interface Context {
  lexicon: Lexicon;
  out: FlagCandidate[];
  /** Text that left a row of a given basis, to tell where an added row came from. */
  lost: Array<{ basis: LegalBasis; text: string }>;
  addedRowFlags: Array<{ flag: FlagCandidate; purpose: string }>;
  /** Secondary candidates kept so far per kind and change. */
  saturation: Map<string, number>;
  /** Whether the new version still states a right to object or opt out somewhere. */
  objectionStillStated: boolean;
}

function push(context: Context, flag: FlagCandidate): FlagCandidate {
  context.out.push(flag);
  return flag;
}

function pairSection(pair: ChangedPair): string {
  const block = pair.after ?? pair.before;
  return block ? sectionPath(block) : '';
}

function pairPosition(pair: ChangedPair): number {
  return pair.after?.index ?? pair.before?.index ?? 0;
}

function isDataRow(block: Block | null): block is Block {
  return block !== null && block.type === 'row' && block.rowRole === 'data';
}

function rowHasAiTraining(block: Block, lexicon: Lexicon): boolean {
  return (
    blockSentences(block, lexicon).some((sentence) => statesAiTraining(sentence, lexicon)) &&
    namesData(block.text, lexicon)
  );
}

/** The most telling changed sentence of a modified block (most changed words), if any is substantive. */
function mainChange(changes: SentenceChange[], lexicon: Lexicon): SentenceChange | null {
  let best: SentenceChange | null = null;
  let bestCount = 0;
  for (const change of changes) {
    const count = contentWordCount(`${change.addedText} ${change.removedText}`, lexicon);
    if (count > bestCount) {
      best = change;
      bestCount = count;
    }
  }
  return bestCount >= MIN_CHANGED_WORDS ? best : null;
}

/** A changed table row read once: its two sides, their bases and purpose, and whether each trains AI. */
interface RowPair {
  pair: ChangedPair;
  before: Block | null;
  after: Block | null;
  section: string;
  position: number;
  oldBasis: LegalBasis | null;
  newBasis: LegalBasis | null;
  purpose: string | null;
  trainingBefore: boolean;
  trainingAfter: boolean;
}

function readRowPair(pair: ChangedPair, lexicon: Lexicon): RowPair {
  const before = isDataRow(pair.before) ? pair.before : null;
  const after = isDataRow(pair.after) ? pair.after : null;
  return {
    pair,
    before,
    after,
    section: pairSection(pair),
    position: pairPosition(pair),
    oldBasis: before?.basis ?? null,
    newBasis: after?.basis ?? null,
    purpose: (after && rowPurpose(after, lexicon)) ?? (before && rowPurpose(before, lexicon)) ?? null,
    trainingBefore: before ? rowHasAiTraining(before, lexicon) : false,
    trainingAfter: after ? rowHasAiTraining(after, lexicon) : false,
  };
}

function classifyRow(pair: ChangedPair, changes: SentenceChange[], context: Context): void {
  const row = readRowPair(pair, context.lexicon);
  const { before, after, oldBasis } = row;
  if (before && oldBasis) {
    const lostText = pair.kind === 'removed' ? before.text : changes.map((change) => change.removedText).join(' ');
    if (lostText.trim()) context.lost.push({ basis: oldBasis, text: lostText });
  }
  if (pair.kind === 'added' && after) rowAdded(row, after, context);
  else if (pair.kind === 'removed' && before) rowRemoved(row, before, context);
  else if (before && after) {
    rowBasisEdited(row, before, after, context);
    if (row.trainingAfter || row.trainingBefore) rowTrainingEdited(row, changes, context);
  }
}

/** A row added: its purpose now relies on its section's basis; a row that trains AI is AI training added. */
function rowAdded(row: RowPair, after: Block, context: Context): void {
  const { lexicon } = context;
  const { newBasis, purpose, trainingAfter, section, position } = row;
  if (newBasis) {
    const flag = push(context, {
      kind: 'legal-basis',
      basis: newBasis,
      from: null,
      purpose,
      change: 'added',
      severity: basisSeverity(newBasis, 'added', trainingAfter, null),
      before: null,
      after: purpose ?? blockSentences(after, lexicon)[0] ?? after.text,
      section,
      position,
    });
    if (purpose) context.addedRowFlags.push({ flag, purpose });
  }
  if (!trainingAfter) return;
  const sentences = blockSentences(after, lexicon).filter((text) => statesAiTraining(text, lexicon));
  const sentence =
    sentences.find((text) => lexicon.userData.test(text)) ??
    sentences.find((text) => namesData(text, lexicon)) ??
    sentences[0] ??
    purpose;
  push(context, {
    kind: 'ai-training',
    basis: newBasis ?? undefined,
    purpose,
    change: 'added',
    severity: trainingSeverity(newBasis, 'added'),
    before: null,
    after: sentence ?? null,
    section,
    position,
  });
}

/** A row removed: its purpose no longer relies on its basis; a row that trained AI is AI training removed. */
function rowRemoved(row: RowPair, before: Block, context: Context): void {
  const { lexicon } = context;
  const { oldBasis, purpose, trainingBefore, section, position } = row;
  if (oldBasis) {
    push(context, {
      kind: 'legal-basis',
      basis: oldBasis,
      from: null,
      purpose,
      change: 'removed',
      severity: basisSeverity(oldBasis, 'removed', trainingBefore, null),
      before: purpose ?? before.text,
      after: null,
      section,
      position,
    });
  }
  if (!trainingBefore) return;
  const sentence = blockSentences(before, lexicon).find((text) => statesAiTraining(text, lexicon)) ?? purpose;
  push(context, {
    kind: 'ai-training',
    basis: oldBasis ?? undefined,
    purpose,
    change: 'removed',
    severity: trainingSeverity(oldBasis, 'removed'),
    before: sentence ?? null,
    after: null,
    section,
    position,
  });
}

/** A row edited in place: moved under another basis, or its purpose cell rewritten under the same one. */
function rowBasisEdited(row: RowPair, before: Block, after: Block, context: Context): void {
  const { lexicon } = context;
  const { oldBasis, newBasis, purpose, trainingAfter, trainingBefore, section, position } = row;
  if (!newBasis) return;
  if (oldBasis !== newBasis) {
    // The row now sits under another basis: a move between legal-basis tables.
    push(context, {
      kind: 'legal-basis',
      basis: newBasis,
      from: oldBasis,
      purpose,
      change: 'modified',
      severity: basisSeverity(newBasis, 'modified', trainingAfter, oldBasis),
      before: rowPurpose(before, lexicon) ?? before.text,
      after: purpose ?? after.text,
      section,
      position,
    });
    return;
  }
  // Only an edit of the purpose cell changes what relies on the basis; edits of the data column are not a basis change.
  const purposeChanges = alignSentences(
    cellSentences(before.cells?.[0] ?? '', lexicon),
    cellSentences(after.cells?.[0] ?? '', lexicon),
    after,
    lexicon,
  );
  const main = mainChange(purposeChanges, lexicon);
  if (!main) return;
  push(context, {
    kind: 'legal-basis',
    basis: newBasis,
    from: null,
    purpose,
    change: 'modified',
    severity: basisSeverity(newBasis, 'modified', trainingAfter && !trainingBefore, null),
    before: main.before,
    after: main.after,
    section,
    position,
  });
}

/** In a row about AI training, a substantive edit of a sentence naming AI or user data widens or narrows it. */
function rowTrainingEdited(row: RowPair, changes: SentenceChange[], context: Context): void {
  const { lexicon } = context;
  const { newBasis, purpose, trainingAfter, trainingBefore, section, position } = row;
  const touchingAll = changes.filter((change) => {
    const sentence = change.after ?? change.before ?? '';
    return (
      contentWordCount(`${change.addedText} ${change.removedText}`, lexicon, 1) > 0 &&
      (lexicon.ai.test(sentence) || namesData(sentence, lexicon))
    );
  });
  const statesTraining = (change: SentenceChange) =>
    statesAiTraining(change.after ?? '', lexicon) || statesAiTraining(change.before ?? '', lexicon);
  const touching = touchingAll.find(statesTraining) ?? touchingAll[0];
  if (!touching && trainingAfter === trainingBefore) return;
  // A training sentence written into (or struck from) a row that already trains AI is a statement added (removed).
  const sentenceAdded = !!touching && !touching.before && statesAiTraining(touching.after ?? '', lexicon);
  const sentenceRemoved = !!touching && !touching.after && statesAiTraining(touching.before ?? '', lexicon);
  const change: ChangeKind =
    (trainingAfter && !trainingBefore) || sentenceAdded
      ? 'added'
      : !trainingAfter || sentenceRemoved
        ? 'removed'
        : 'modified';
  push(context, {
    kind: 'ai-training',
    basis: newBasis ?? undefined,
    purpose,
    change,
    severity: trainingSeverity(newBasis, change),
    before: touching?.before ?? null,
    after: touching?.after ?? null,
    section,
    position,
  });
}

const OTHER_KINDS: Array<{
  kind: keyof typeof SECONDARY_SEVERITY;
  matcher: (lexicon: Lexicon) => Matcher;
  /** Phrases blanked out before the matcher is tested: they look like the kind but are not it. */
  except?: (lexicon: Lexicon) => Matcher;
}> = [
  { kind: 'sensitive-data', matcher: (l) => l.sensitive },
  { kind: 'minors', matcher: (l) => l.minors },
  { kind: 'sharing', matcher: (l) => l.sharing, except: (l) => l.sharingExcept },
  { kind: 'transfer', matcher: (l) => l.transfer },
  { kind: 'retention', matcher: (l) => l.retention },
  { kind: 'objection-right', matcher: (l) => l.objection },
  { kind: 'automated-decisions', matcher: (l) => l.automated },
];

/** One changed sentence of a block, with where it stands. */
interface SentenceAt {
  change: SentenceChange;
  /** The sentence as it reads now (or did, when removed). */
  sentence: string;
  /** The words that changed in it. */
  changed: string;
  block: Block | null;
  section: string;
  position: number;
}

function classifySentences(pair: ChangedPair, changes: SentenceChange[], context: Context): void {
  const { lexicon } = context;
  const isRow = isDataRow(pair.after) || isDataRow(pair.before);
  const block = pair.after ?? pair.before;
  // A heading names a topic; it states nothing by itself.
  if (block?.type === 'heading' || (block?.type === 'row' && block.rowRole !== 'data')) return;
  // A row outside any legal-basis table may name its bases in a cell of its own (a "legal grounds" column).
  const basisInCells = isRow && !pair.before?.basis && !pair.after?.basis;
  const section = pairSection(pair);
  const position = pairPosition(pair);
  for (const change of changes) {
    const sentence = change.after ?? change.before ?? '';
    const changed = change.change === 'removed' ? change.removedText : change.addedText || change.removedText;
    if (contentWordCount(changed, lexicon, 1) === 0) continue;
    const at: SentenceAt = { change, sentence, changed, block, section, position };
    if (!isRow || basisInCells) basisInSentence(at, basisInCells, context);
    if (!isRow) trainingInSentence(at, context);
    secondaryInSentence(at, context);
  }
}

/** Prose that states a basis: "We'll use this information on the basis of legitimate interests to ...". */
function basisInSentence(at: SentenceAt, basisInCells: boolean, context: Context): void {
  const { lexicon } = context;
  const { change, sentence } = at;
  const bases = basesStated(lexicon, sentence);
  if (bases.length === 0 || !(basisInCells || statesBasis(lexicon, sentence)) || isLabel(sentence, lexicon)) return;
  // A sentence about the right to object names the bases it applies to ("where we rely on legitimate interests");
  // only words added to it can state that something new relies on one ("... such as where features supported by
  // generative AI are based on legitimate interests").
  const addedStatement =
    change.change === 'modified' &&
    basesMentioned(lexicon, change.addedText).length > 0 &&
    statesBasis(lexicon, change.addedText);
  if (lexicon.objection.test(sentence) && !addedStatement) return;
  const previous = change.before ? basesMentioned(lexicon, change.before) : [];
  const introduced = bases.filter((basis) => !previous.includes(basis));
  const relevant =
    change.change !== 'modified' ||
    introduced.length > 0 ||
    basesMentioned(lexicon, change.addedText).length > 0 ||
    statesAiTraining(change.addedText, lexicon) ||
    // Words added and none taken away widen what relies on the basis ("such as Voice Match, Memory, and ...").
    (contentWordCount(change.addedText, lexicon, 1) > 0 && contentWordCount(change.removedText, lexicon, 1) === 0);
  if (!relevant) return;
  const basis = (introduced[0] ?? bases[0]) as LegalBasis;
  const gone = previous.filter((entry) => !bases.includes(entry));
  const from = change.change === 'modified' && gone.length === 1 ? (gone[0] ?? null) : null;
  push(context, {
    kind: 'legal-basis',
    basis,
    from,
    purpose: null,
    change: change.change,
    severity: basisSeverity(basis, change.change, statesAiTraining(sentence, lexicon), from),
    before: change.before,
    after: change.after,
    section: at.section,
    position: at.position,
  });
}

/** AI training stated in prose; user data named in the sentence or in its paragraph. */
function trainingInSentence(at: SentenceAt, context: Context): void {
  const { lexicon } = context;
  const { change, sentence, changed, block } = at;
  if (!statesAiTraining(sentence, lexicon)) return;
  // A list item ("develop and improve our machine learning models") is one of the uses its list introduces ("We use
  // your information to:"); the data is named there.
  const dataNamed =
    namesData(sentence, lexicon) || (block !== null && (block.type === 'item' || namesData(block.text, lexicon)));
  if (!dataNamed) return;
  const aboutTraining =
    change.change !== 'modified' ||
    lexicon.ai.test(changed) ||
    lexicon.model.test(changed) ||
    namesData(changed, lexicon) ||
    lexicon.train.test(changed) ||
    lexicon.develop.test(changed);
  if (!aboutTraining) return;
  const reliesOnLi = basesMentioned(lexicon, sentence).includes('legitimate-interests');
  push(context, {
    kind: 'ai-training',
    purpose: null,
    change: change.change,
    severity: trainingSeverity(reliesOnLi ? 'legitimate-interests' : null, change.change),
    before: change.before,
    after: change.after,
    section: at.section,
    position: at.position,
  });
}

/** Sharing, transfers, retention, objection, sensitive data, minors, automated decisions in a sentence that states. */
function secondaryInSentence(at: SentenceAt, context: Context): void {
  const { lexicon } = context;
  const { change, sentence, changed } = at;
  if (contentWordCount(sentence, lexicon, MIN_STATEMENT_WORDS) < MIN_STATEMENT_WORDS) return;
  // A question names a topic the sentences below answer, and states nothing itself.
  if (isQuestion(sentence)) return;
  for (const { kind, matcher, except } of OTHER_KINDS) {
    // Candidates of one kind and change all have the same severity and are met in document order, so once the
    // report's per-kind cap is reached no later one can make it into the report.
    const saturation = `${kind}|${change.change}`;
    if ((context.saturation.get(saturation) ?? 0) >= MAX_FLAGS_PER_SECONDARY_KIND) continue;
    if (!matcher(lexicon).test(except ? blankOut(changed, except(lexicon)) : changed)) continue;
    context.saturation.set(saturation, (context.saturation.get(saturation) ?? 0) + 1);
    push(context, {
      kind,
      change: change.change,
      severity: secondarySeverity(kind, change.change, context.objectionStillStated),
      before: change.before,
      after: change.after,
      section: at.section,
      position: at.position,
    });
  }
}

/**
 * One cheap test on a whole changed block before it is split into sentences: most changed blocks of a large rewrite
 * name no basis, no AI, and nothing a secondary kind still has room for.
 */
function worthReading(pair: ChangedPair, context: Context): boolean {
  const { lexicon } = context;
  const texts = [pair.before?.text, pair.after?.text].filter((text): text is string => text !== undefined);
  // A basis cited only by article ("Art. 6 Abs. 1 lit. f DSGVO") names no basis word the pretest knows.
  if (texts.some((text) => articleBases(text).length > 0)) return true;
  const pretest = classifierPretest(lexicon);
  const candidates = texts.filter((text) => pretest.mayMatch(text));
  if (candidates.length === 0) return false;
  const matches = (list: TriggerList) => candidates.some((text) => textMatches(lexicon, text, list));
  if (matches(BASIS_TRIGGER) || matches(AI_TRIGGER)) return true;
  return OTHER_KINDS.some(
    ({ kind }, index) =>
      (['added', 'removed', 'modified'] as const).some(
        (change) => (context.saturation.get(`${kind}|${change}`) ?? 0) < MAX_FLAGS_PER_SECONDARY_KIND,
      ) && matches(index + FIRST_KIND_TRIGGER),
  );
}

/** Word lists worthReading asks about, as bit positions: any basis, AI, then OTHER_KINDS in order. */
type TriggerList = number;
const BASIS_TRIGGER: TriggerList = 0;
const AI_TRIGGER: TriggerList = 1;
const FIRST_KIND_TRIGGER: TriggerList = 2;

function triggerMatcher(lexicon: Lexicon, list: TriggerList): Matcher {
  if (list === BASIS_TRIGGER) return lexicon.anyBasis;
  if (list === AI_TRIGGER) return lexicon.ai;
  return (OTHER_KINDS[list - FIRST_KIND_TRIGGER] as (typeof OTHER_KINDS)[number]).matcher(lexicon);
}

/** What is known of one block text: which lists were tested (bits of `tested`) and which matched. */
interface TextTriggers {
  tested: number;
  matched: number;
}

// Per language and block text: a history is read pair by pair, and the same blocks come back as changed again and
// again (Meta's annotation pop-ups come and go between captures), so each list is tested once per text.
const triggerMemos = new Map<Lexicon, (text: string) => TextTriggers>();

function textMatches(lexicon: Lexicon, text: string, list: TriggerList): boolean {
  let memo = triggerMemos.get(lexicon);
  if (!memo) {
    memo = memoize(() => ({ tested: 0, matched: 0 }));
    triggerMemos.set(lexicon, memo);
  }
  const known = memo(text);
  const bit = 1 << list;
  if (!(known.tested & bit)) {
    known.tested |= bit;
    if (triggerMatcher(lexicon, list).test(text)) known.matched |= bit;
  }
  return (known.matched & bit) !== 0;
}

const pretests = new Map<Lexicon, AnyMatcherPretest>();

/** One scan for every word list worthReading asks about (per lexicon, built once). */
function classifierPretest(lexicon: Lexicon): AnyMatcherPretest {
  let pretest = pretests.get(lexicon);
  if (!pretest) {
    pretest = new AnyMatcherPretest([
      lexicon.anyBasis,
      lexicon.ai,
      ...OTHER_KINDS.map(({ matcher }) => matcher(lexicon)),
    ]);
    pretests.set(lexicon, pretest);
  }
  return pretest;
}

/** Where an added row came from: a row of another basis that lost similar words. */
function inferOrigins(context: Context): void {
  for (const { flag, purpose } of context.addedRowFlags) {
    const wanted = stems(purpose, context.lexicon);
    if (wanted.size < 2) continue;
    let best: { basis: LegalBasis; score: number } | null = null;
    for (const lost of context.lost) {
      if (lost.basis === flag.basis) continue;
      const have = stems(lost.text, context.lexicon);
      let shared = 0;
      for (const stem of wanted) if (have.has(stem)) shared++;
      const score = shared / wanted.size;
      if (!best || score > best.score) best = { basis: lost.basis, score };
    }
    if (best && best.score >= 0.5 && flag.basis) {
      flag.from = best.basis;
      flag.severity = basisSeverity(flag.basis, flag.change, flag.severity === 'high', best.basis);
    }
  }
}

/** Bound on the changed blocks read, so that a huge rewrite cannot make classification unbounded. */
const MAX_CLASSIFIED_PAIRS = 5_000;

export interface Classification {
  candidates: FlagCandidate[];
  /** False when the time budget ran out before every changed block was read (the flags found so far are kept). */
  complete: boolean;
}

/**
 * Flags for the material block changes; `newText` is the whole new version (normalised). `overBudget` is asked
 * before each changed block: once it says the time is spent, classification stops with what it has.
 */
export function classify(
  pairs: ChangedPair[],
  lexicon: Lexicon,
  newText: string,
  overBudget: () => boolean = () => false,
): Classification {
  const context: Context = {
    lexicon,
    out: [],
    lost: [],
    addedRowFlags: [],
    saturation: new Map(),
    objectionStillStated: lexicon.objection.test(newText),
  };
  let complete = pairs.length <= MAX_CLASSIFIED_PAIRS;
  for (const pair of pairs.slice(0, MAX_CLASSIFIED_PAIRS)) {
    if (overBudget()) {
      complete = false;
      break;
    }
    const isRow = isDataRow(pair.after) || isDataRow(pair.before);
    if (pair.kind === 'moved' && !isRow) continue;
    if (!isRow && !worthReading(pair, context)) continue;
    const changes = sentenceChanges(pair, lexicon);
    if (isRow) classifyRow(pair, changes, context);
    classifySentences(pair, changes, context);
  }
  inferOrigins(context);
  return { candidates: context.out, complete };
}

export { statesAiTraining } from './ai-training';
