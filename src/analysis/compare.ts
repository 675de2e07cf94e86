import type { FlagCandidate } from './classify';
import { basisSeverity, trainingSeverity } from './severity';
import type { SentenceIndex } from './similarity';
import { wordSet } from './similarity';
import { type Spend, StemIndex } from './stem-index';
import {
  AI_DATA_KINDS,
  type AiTrainingStatement,
  type LegalBasis,
  type ListedBasis,
  type PolicyReading,
  type PurposeBasis,
} from './types';

// The readings of two versions compared: what the policy states, not where or how it says it. A statement that only
// moved or was laid out anew (a table became a heading and a list) is in both readings, so the text diff's flags
// about it are dropped; a statement the diff missed because the layout changed around it is added.

/** Word overlap (Dice) above which two statements are the same statement, reworded at most slightly. */
const SAME_STATEMENT = 0.6;

/** What the two readings say differently about AI training and the bases of purposes. */
export interface ReadingDelta {
  /** New statements (or statements now naming more data or another basis), with their counterpart before. */
  addedTraining: Array<{ statement: AiTrainingStatement; before: AiTrainingStatement | null }>;
  removedTraining: AiTrainingStatement[];
  addedPurposes: Array<{ purpose: PurposeBasis; from: LegalBasis | null }>;
  removedPurposes: PurposeBasis[];
  /** Bases struck from (or added to) the policy's lists of bases, when both versions have such a list. */
  removedListedBases: ListedBasis[];
  addedListedBases: ListedBasis[];
}

/** Whether a sentence of the new version states AI training that the old version already stated the same way. */
export interface ReadingIndex {
  /** The old reading states this training statement (same words, no more data, same basis). */
  trainingKnown(sentence: string, before: boolean): boolean;
  /** The basis of the training statement a sentence of the new version makes, when the reading found one. */
  trainingBasis(sentence: string): LegalBasis | null;
  /** The other reading has this purpose under this basis. */
  purposeKnown(purpose: string, basis: LegalBasis, before: boolean): boolean;
  /** The purpose of the training statement a sentence of the new version makes, when the policy names one. */
  trainingPurpose(sentence: string): string | null;
  /** A block of the new version states a purpose that the old version stated under another basis. */
  purposeMovedIn(text: string): boolean;
}

/** Share of the words of `part` that `whole` contains. */
function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const word of part) if (whole.has(word)) shared++;
  return shared / part.size;
}

/** The statement states no data beyond the other's, and no other basis. */
function sameOrNarrower(statement: AiTrainingStatement, counterpart: AiTrainingStatement): boolean {
  return (
    statement.data.every((kind) => counterpart.data.includes(kind)) &&
    (statement.basis === null || statement.basis === counterpart.basis)
  );
}

/**
 * The training statements of one reading by the data they name and their basis: "does it state this data (or more)
 * under this basis?" in a lookup per kind of data, not a scan of every statement.
 */
class CoverageIndex {
  private readonly masks = new Map<string, Set<number>>();

  constructor(statements: readonly AiTrainingStatement[]) {
    for (const statement of statements) {
      for (const key of [`${statement.basis}`, '*']) {
        const set = this.masks.get(key) ?? new Set<number>();
        set.add(dataMask(statement));
        this.masks.set(key, set);
      }
    }
  }

  /** Some statement names all the data of `statement` under the same basis (both without one, when it has none). */
  coversAlike(statement: AiTrainingStatement): boolean {
    return this.covers(statement, `${statement.basis}`);
  }

  /** Some statement is one that `statement` is the same as or narrower than (see sameOrNarrower). */
  coversNarrower(statement: AiTrainingStatement): boolean {
    return this.covers(statement, statement.basis === null ? '*' : statement.basis);
  }

  private covers(statement: AiTrainingStatement, key: string): boolean {
    const wanted = dataMask(statement);
    for (const mask of this.masks.get(key) ?? []) if ((mask & wanted) === wanted) return true;
    return false;
  }
}

function dataMask(statement: AiTrainingStatement): number {
  let mask = 0;
  for (const kind of statement.data) mask |= 1 << AI_DATA_KINDS.indexOf(kind);
  return mask;
}

/** The purposes of one reading, found by their exact words and basis first, then by their stems. */
class PurposeIndex {
  readonly stems: StemIndex<PurposeBasis>;
  private readonly exact = new Set<string>();

  constructor(purposes: readonly PurposeBasis[], spend: Spend) {
    this.stems = new StemIndex(purposes, (purpose) => purpose.purpose, spend);
    this.stems.sets.forEach((set, id) => {
      this.exact.add(exactKey(set, (purposes[id] as PurposeBasis).basis));
    });
  }

  /** Some purpose of this basis has (nearly) these words. */
  has(words: ReadonlySet<string>, basis: LegalBasis): boolean {
    if (words.size > 0 && this.exact.has(exactKey(words, basis))) return true;
    return this.stems.some(words, SAME_STATEMENT, (purpose) => purpose.basis === basis);
  }

  /** The distinct bases of the purposes with (nearly) these words, in reading order. */
  bases(words: ReadonlySet<string>): LegalBasis[] {
    const ids = this.stems.similar(words, SAME_STATEMENT);
    return [...new Set(ids.map((id) => (this.stems.items[id] as PurposeBasis).basis))];
  }
}

function exactKey(words: ReadonlySet<string>, basis: LegalBasis): string {
  return `${basis}|${[...words].join(' ')}`;
}

function addedTrainingOf(
  oldTraining: StemIndex<AiTrainingStatement>,
  newTraining: StemIndex<AiTrainingStatement>,
  oldCoverage: CoverageIndex,
): ReadingDelta['addedTraining'] {
  const added: ReadingDelta['addedTraining'] = [];
  newTraining.items.forEach((item, id) => {
    const words = newTraining.sets[id] as ReadonlySet<string>;
    const match = oldTraining.best(words, SAME_STATEMENT);
    if (!match) {
      // Reworded beyond recognition but stating nothing new: the same data under the same basis was there before.
      if (!oldCoverage.coversAlike(item)) added.push({ statement: item, before: null });
    } else if (
      // A sentence the policy repeats (in a summary and in its basis section) is known if any of its copies states it.
      !oldTraining.some(words, SAME_STATEMENT, (old) => sameOrNarrower(item, old))
    ) {
      added.push({ statement: item, before: match.item });
    }
  });
  return added;
}

function addedPurposesOf(oldPurposes: PurposeIndex, newPurposes: PurposeIndex): ReadingDelta['addedPurposes'] {
  const added: ReadingDelta['addedPurposes'] = [];
  newPurposes.stems.items.forEach((item, id) => {
    const words = newPurposes.stems.sets[id] as ReadonlySet<string>;
    if (oldPurposes.has(words, item.basis)) return;
    const bases = oldPurposes.bases(words);
    // A move needs one basis before and one now: a name that recurs under several bases says nothing about either.
    const unambiguous = bases.length === 1 && newPurposes.bases(words).length === 1;
    added.push({ purpose: item, from: unambiguous ? (bases[0] ?? null) : null });
  });
  return added;
}

/** Bases in one list and not in the other; only a list in both versions is compared. */
function listedDelta(
  before: PolicyReading,
  after: PolicyReading,
): Pick<ReadingDelta, 'removedListedBases' | 'addedListedBases'> {
  // A list re-laid out as prose or a table says nothing here either way.
  const oldListed = before.basesListed ?? [];
  const newListed = after.basesListed ?? [];
  const bothList = oldListed.length > 0 && newListed.length > 0;
  const missingFrom = (listed: ListedBasis[], others: ListedBasis[]) =>
    bothList ? listed.filter((entry) => !others.some((other) => other.basis === entry.basis)) : [];
  return { removedListedBases: missingFrom(oldListed, newListed), addedListedBases: missingFrom(newListed, oldListed) };
}

/**
 * The two readings compared. `spend` pays for each comparison of two statements (the analysis's work budget); past
 * the budget, statements not yet compared count as unmatched and the caller marks the report coarse.
 */
export function compareReadings(
  before: PolicyReading,
  after: PolicyReading,
  spend: Spend = () => false,
): ReadingDelta & ReadingIndex {
  const oldTraining = new StemIndex(before.aiTraining, (statement) => statement.sentence, spend);
  const newTraining = new StemIndex(after.aiTraining, (statement) => statement.sentence, spend);
  const oldPurposes = new PurposeIndex(before.purposes, spend);
  const newPurposes = new PurposeIndex(after.purposes, spend);
  const newCoverage = new CoverageIndex(after.aiTraining);

  const addedTraining = addedTrainingOf(oldTraining, newTraining, new CoverageIndex(before.aiTraining));
  const removedTraining = oldTraining.items.filter(
    (item, id) =>
      !newTraining.best(oldTraining.sets[id] as ReadonlySet<string>, SAME_STATEMENT) &&
      !newCoverage.coversNarrower(item),
  );
  const addedPurposes = addedPurposesOf(oldPurposes, newPurposes);
  const removedPurposes = oldPurposes.stems.items.filter(
    (item, id) => !newPurposes.has(oldPurposes.stems.sets[id] as ReadonlySet<string>, item.basis),
  );
  // Purposes now under another basis than before, for purposeMovedIn.
  const moved = addedPurposes.filter(({ purpose, from }) => from !== null && from !== purpose.basis);

  return {
    addedTraining,
    removedTraining,
    addedPurposes,
    removedPurposes,
    ...listedDelta(before, after),
    trainingKnown(sentence, beforeSide) {
      const words = wordSet(sentence);
      const [own, other] = beforeSide ? [oldTraining, newTraining] : [newTraining, oldTraining];
      const self = own.best(words, SAME_STATEMENT);
      if (!self) return other.similar(words, SAME_STATEMENT).length > 0;
      return other.some(words, SAME_STATEMENT, (match) => sameOrNarrower(self.item, match));
    },
    trainingBasis(sentence) {
      return newTraining.best(wordSet(sentence), SAME_STATEMENT)?.item.basis ?? null;
    },
    trainingPurpose(sentence) {
      return newTraining.best(wordSet(sentence), SAME_STATEMENT)?.item.purpose ?? null;
    },
    purposeKnown(purpose, basis, beforeSide) {
      return (beforeSide ? newPurposes : oldPurposes).has(wordSet(purpose), basis);
    },
    purposeMovedIn(text) {
      if (moved.length === 0) return false;
      const words = wordSet(text);
      if (spend(moved.length)) return false;
      return moved.some(({ purpose }) => containment(wordSet(purpose.purpose), words) >= 0.9);
    },
  };
}

/** The diff sees a sentence; the reading knows the basis and purpose of the training statement it belongs to. */
function attachReadingBasis(candidates: FlagCandidate[], delta: ReadingIndex): void {
  for (const candidate of candidates) {
    if (candidate.kind !== 'ai-training' || candidate.basis || !candidate.after || candidate.change === 'removed')
      continue;
    candidate.purpose ??= delta.trainingPurpose(candidate.after);
    const basis = delta.trainingBasis(candidate.after);
    if (!basis) continue;
    candidate.basis = basis;
    if (basis === 'legitimate-interests') candidate.severity = trainingSeverity(basis, candidate.change);
  }
}

/** Whether the readings (or the other version's sentences) show a diff candidate to be no change of what is stated. */
function knownToBoth(
  candidate: FlagCandidate,
  delta: ReadingIndex,
  sentences: { before: SentenceIndex; after: SentenceIndex },
): boolean {
  // A sentence "added" that the old version has nearly word for word elsewhere moved (or the layout around it
  // changed); one "removed" that the new version still has, too.
  // A legal-basis flag is about the purpose it names, not the sentence ("Wahrung unserer berechtigten Interessen"
  // recurs in every row of Google's table); the readings judge it below.
  const sentenceJudged = candidate.kind !== 'legal-basis';
  if (sentenceJudged && candidate.change === 'added' && candidate.after && sentences.before.has(candidate.after)) {
    return true;
  }
  if (sentenceJudged && candidate.change === 'removed' && candidate.before && sentences.after.has(candidate.before)) {
    return true;
  }
  if (candidate.kind === 'ai-training') {
    if (candidate.change === 'added') return !!candidate.after && delta.trainingKnown(candidate.after, false);
    if (candidate.change === 'removed') return !!candidate.before && delta.trainingKnown(candidate.before, true);
    return false;
  }
  if (candidate.kind === 'legal-basis' && candidate.basis) {
    // Prose names no purpose apart from its own sentence: the reading judges that sentence as the purpose.
    const added = candidate.purpose ?? (candidate.change === 'added' ? candidate.after : null);
    const removed = candidate.purpose ?? (candidate.change === 'removed' ? candidate.before : null);
    if (candidate.change === 'added' && added) return delta.purposeKnown(added, candidate.basis, false);
    if (candidate.change === 'removed' && removed) return delta.purposeKnown(removed, candidate.basis, true);
  }
  return false;
}

/** "Is this statement already flagged (by the diff) as this kind?", by the words the kept flags quote. */
function flaggedBy(kept: FlagCandidate[], spend: Spend): (sentence: string, kind: FlagCandidate['kind']) => boolean {
  const quotes: Array<{ kind: FlagCandidate['kind']; text: string }> = [];
  for (const candidate of kept) {
    for (const text of [candidate.after, candidate.before, candidate.purpose]) {
      if (text) quotes.push({ kind: candidate.kind, text });
    }
  }
  const index = new StemIndex(quotes, (quote) => quote.text, spend);
  return (sentence, kind) => index.some(wordSet(sentence), SAME_STATEMENT, (quote) => quote.kind === kind);
}

type NewFlag = Omit<FlagCandidate, 'position'>;

/** AI-training statements the new reading adds (with the basis change they bring), one flag per purpose. */
function addedTrainingFlags(
  delta: ReadingDelta,
  flagged: ReturnType<typeof flaggedBy>,
  push: (flag: NewFlag) => void,
): void {
  // One flag per purpose: Meta states one purpose in a title, a sentence and three interests, for minors and adults.
  const purposesDone = new Set<string>();
  for (const { statement, before } of delta.addedTraining) {
    if (flagged(statement.sentence, 'ai-training')) continue;
    const purposeKey = statement.purpose ? [...wordSet(statement.purpose)].join(' ') : null;
    if (purposeKey !== null) {
      if (purposesDone.has(purposeKey)) continue;
      purposesDone.add(purposeKey);
    }
    const change = before ? ('modified' as const) : ('added' as const);
    push({
      kind: 'ai-training',
      basis: statement.basis ?? undefined,
      purpose: statement.purpose ?? null,
      change,
      severity: trainingSeverity(statement.basis, 'added'),
      before: before?.sentence ?? null,
      after: statement.sentence,
      section: statement.section,
    });
    const basisChanged = statement.basis && (!before || before.basis !== statement.basis);
    if (basisChanged && statement.basis && !flagged(statement.sentence, 'legal-basis')) {
      push({
        kind: 'legal-basis',
        basis: statement.basis,
        from: before?.basis ?? null,
        purpose: statement.purpose ?? statement.sentence,
        change,
        severity: trainingSeverity(statement.basis, 'added'),
        before: before?.sentence ?? null,
        after: statement.sentence,
        section: statement.section,
      });
    }
  }
}

/** Bases the readings differ on: purposes moved to another basis, bases struck from or added to a list, training removed. */
function basisAndRemovalFlags(
  delta: ReadingDelta,
  flagged: ReturnType<typeof flaggedBy>,
  push: (flag: NewFlag) => void,
): void {
  // A purpose the old version stated under another basis, now under this one, however the layout changed around it
  // (a table row that became a title and a list).
  for (const { purpose, from } of delta.addedPurposes) {
    if (from === null || from === purpose.basis || flagged(purpose.purpose, 'legal-basis')) continue;
    push({
      kind: 'legal-basis',
      basis: purpose.basis,
      from,
      purpose: purpose.purpose,
      change: 'modified',
      severity: basisSeverity(purpose.basis, 'modified', purpose.aiTraining, from),
      before: null,
      after: purpose.purpose,
      section: purpose.section,
    });
  }
  // A basis struck from or added to the list of the bases the policy relies on: no purpose is named, the basis is.
  for (const [entries, change] of [
    [delta.removedListedBases, 'removed'],
    [delta.addedListedBases, 'added'],
  ] as const) {
    for (const entry of entries) {
      if (flagged(entry.sentence, 'legal-basis')) continue;
      push({
        kind: 'legal-basis',
        basis: entry.basis,
        from: null,
        purpose: null,
        change,
        severity: basisSeverity(entry.basis, change, false, null),
        before: change === 'removed' ? entry.sentence : null,
        after: change === 'added' ? entry.sentence : null,
        section: entry.section,
      });
    }
  }
  for (const statement of delta.removedTraining) {
    if (flagged(statement.sentence, 'ai-training')) continue;
    push({
      kind: 'ai-training',
      basis: statement.basis ?? undefined,
      purpose: null,
      change: 'removed',
      severity: 'low',
      before: statement.sentence,
      after: null,
      section: statement.section,
    });
  }
}

/**
 * The text diff's candidates checked against the readings: AI-training and legal-basis candidates about statements
 * both versions make alike are dropped, and what the readings differ on but the diff did not flag is added.
 * `position` of an added candidate: after every diff candidate, in the order of the new reading.
 */
export function reconcile(
  candidates: FlagCandidate[],
  delta: ReadingDelta & ReadingIndex,
  sentences: { before: SentenceIndex; after: SentenceIndex },
  spend: Spend = () => false,
): FlagCandidate[] {
  attachReadingBasis(candidates, delta);
  const kept = candidates.filter((candidate) => !knownToBoth(candidate, delta, sentences));
  const flagged = flaggedBy(kept, spend);
  let position = Number.MAX_SAFE_INTEGER / 2;
  const added: FlagCandidate[] = [];
  const push = (flag: NewFlag) => {
    added.push({ ...flag, position: position++ });
  };
  addedTrainingFlags(delta, flagged, push);
  basisAndRemovalFlags(delta, flagged, push);
  return [...kept, ...added];
}
