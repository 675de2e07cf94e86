import type { FlagCandidate } from './classify';
import { basisSeverity, trainingSeverity } from './severity';
import { overlap, type SentenceIndex, wordSet } from './similarity';
import type { AiTrainingStatement, LegalBasis, ListedBasis, PolicyReading, PurposeBasis } from './types';

// The readings of two versions compared: what the policy states, not where or how it says it. A statement that only
// moved or was laid out anew (a table became a heading and a list) is in both readings, so the text diff's flags
// about it are dropped; a statement the diff missed because the layout changed around it is added.

/** Word overlap (Dice) above which two statements are the same statement, reworded at most slightly. */
const SAME_STATEMENT = 0.6;

interface Indexed<T> {
  item: T;
  words: ReadonlySet<string>;
}

function indexed<T>(items: T[], text: (item: T) => string): Array<Indexed<T>> {
  return items.map((item) => ({ item, words: wordSet(text(item)) }));
}

function bestMatch<T>(words: ReadonlySet<string>, candidates: Array<Indexed<T>>): { item: T; score: number } | null {
  let best: { item: T; score: number } | null = null;
  for (const candidate of candidates) {
    const score = overlap(words, candidate.words);
    if (!best || score > best.score) best = { item: candidate.item, score };
  }
  return best && best.score >= SAME_STATEMENT ? best : null;
}

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
  /** The purpose of the training statement a sentence of the new version makes, when the policy names one. */
  trainingPurpose(sentence: string): string | null;
  /** The other reading has this purpose under this basis. */
  purposeKnown(purpose: string, basis: LegalBasis, before: boolean): boolean;
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

export function compareReadings(before: PolicyReading, after: PolicyReading): ReadingDelta & ReadingIndex {
  const oldTraining = indexed(before.aiTraining, (statement) => statement.sentence);
  const newTraining = indexed(after.aiTraining, (statement) => statement.sentence);
  const oldPurposes = indexed(before.purposes, (purpose) => purpose.purpose);
  const newPurposes = indexed(after.purposes, (purpose) => purpose.purpose);

  const sameOrNarrower = (statement: AiTrainingStatement, counterpart: AiTrainingStatement) =>
    statement.data.every((kind) => counterpart.data.includes(kind)) &&
    (statement.basis === null || statement.basis === counterpart.basis);

  const addedTraining: ReadingDelta['addedTraining'] = [];
  for (const { item, words } of newTraining) {
    const match = bestMatch(words, oldTraining);
    if (!match) {
      // Reworded beyond recognition but stating nothing new: the same data under the same basis was there before.
      const covered = before.aiTraining.some((old) => sameOrNarrower(item, old) && old.basis === item.basis);
      if (!covered) addedTraining.push({ statement: item, before: null });
    } else if (
      // A sentence the policy repeats (in a summary and in its basis section) is known if any of its copies states it.
      !oldTraining.some((old) => overlap(words, old.words) >= SAME_STATEMENT && sameOrNarrower(item, old.item))
    ) {
      addedTraining.push({ statement: item, before: match.item });
    }
  }
  const removedTraining = oldTraining
    .filter(
      ({ item, words }) =>
        !bestMatch(words, newTraining) && !after.aiTraining.some((next) => sameOrNarrower(item, next)),
    )
    .map(({ item }) => item);

  const purposeMatch = (words: ReadonlySet<string>, others: Array<Indexed<PurposeBasis>>) =>
    others.filter((other) => overlap(words, other.words) >= SAME_STATEMENT).map((other) => other.item.basis);
  const addedPurposes: ReadingDelta['addedPurposes'] = [];
  for (const { item, words } of newPurposes) {
    const bases = [...new Set(purposeMatch(words, oldPurposes))];
    if (bases.includes(item.basis)) continue;
    // A move needs one basis before and one now: a name that recurs under several bases says nothing about either.
    const unambiguous = bases.length === 1 && new Set(purposeMatch(words, newPurposes)).size === 1;
    addedPurposes.push({ purpose: item, from: unambiguous ? (bases[0] ?? null) : null });
  }
  const removedPurposes = oldPurposes
    .filter(({ item, words }) => !purposeMatch(words, newPurposes).includes(item.basis))
    .map(({ item }) => item);

  // Only a list in both versions is compared: a list re-laid out as prose or a table says nothing here either way.
  const oldListed = before.basesListed ?? [];
  const newListed = after.basesListed ?? [];
  const bothList = oldListed.length > 0 && newListed.length > 0;
  const missingFrom = (listed: ListedBasis[], others: ListedBasis[]) =>
    bothList ? listed.filter((entry) => !others.some((other) => other.basis === entry.basis)) : [];

  return {
    addedTraining,
    removedTraining,
    addedPurposes,
    removedPurposes,
    removedListedBases: missingFrom(oldListed, newListed),
    addedListedBases: missingFrom(newListed, oldListed),
    trainingKnown(sentence, beforeSide) {
      const words = wordSet(sentence);
      const [own, other] = beforeSide ? [oldTraining, newTraining] : [newTraining, oldTraining];
      const self = bestMatch(words, own);
      const matches = other.filter((candidate) => overlap(words, candidate.words) >= SAME_STATEMENT);
      if (matches.length === 0) return false;
      return self ? matches.some((match) => sameOrNarrower(self.item, match.item)) : true;
    },
    trainingBasis(sentence) {
      return bestMatch(wordSet(sentence), newTraining)?.item.basis ?? null;
    },
    trainingPurpose(sentence) {
      return bestMatch(wordSet(sentence), newTraining)?.item.purpose ?? null;
    },
    purposeKnown(purpose, basis, beforeSide) {
      const words = wordSet(purpose);
      return purposeMatch(words, beforeSide ? newPurposes : oldPurposes).includes(basis);
    },
    purposeMovedIn(text) {
      const words = wordSet(text);
      return addedPurposes.some(
        ({ purpose, from }) =>
          from !== null && from !== purpose.basis && containment(wordSet(purpose.purpose), words) >= 0.9,
      );
    },
  };
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
): FlagCandidate[] {
  for (const candidate of candidates) {
    // The diff sees a sentence; the reading knows the basis of the purpose or table it belongs to.
    if (candidate.kind !== 'ai-training' || candidate.basis || !candidate.after || candidate.change === 'removed')
      continue;
    candidate.purpose ??= delta.trainingPurpose(candidate.after);
    const basis = delta.trainingBasis(candidate.after);
    if (!basis) continue;
    candidate.basis = basis;
    if (basis === 'legitimate-interests') candidate.severity = trainingSeverity(basis, candidate.change);
  }
  const kept = candidates.filter((candidate) => {
    // A sentence "added" that the old version has nearly word for word elsewhere moved (or the layout around it
    // changed); one "removed" that the new version still has, too.
    // A legal-basis flag is about the purpose it names, not the sentence ("Wahrung unserer berechtigten Interessen"
    // recurs in every row of Google's table); the readings judge it below.
    const sentenceJudged = candidate.kind !== 'legal-basis';
    if (sentenceJudged && candidate.change === 'added' && candidate.after && sentences.before.has(candidate.after)) {
      return false;
    }
    if (sentenceJudged && candidate.change === 'removed' && candidate.before && sentences.after.has(candidate.before)) {
      return false;
    }
    if (candidate.kind === 'ai-training') {
      if (candidate.change === 'added') return !(candidate.after && delta.trainingKnown(candidate.after, false));
      if (candidate.change === 'removed') return !(candidate.before && delta.trainingKnown(candidate.before, true));
      return true;
    }
    if (candidate.kind === 'legal-basis' && candidate.basis) {
      // Prose names no purpose apart from its own sentence: the reading judges that sentence as the purpose.
      const added = candidate.purpose ?? (candidate.change === 'added' ? candidate.after : null);
      const removed = candidate.purpose ?? (candidate.change === 'removed' ? candidate.before : null);
      if (candidate.change === 'added' && added) return !delta.purposeKnown(added, candidate.basis, false);
      if (candidate.change === 'removed' && removed) return !delta.purposeKnown(removed, candidate.basis, true);
    }
    return true;
  });

  const flagged = (sentence: string, kind: FlagCandidate['kind']) => {
    const words = wordSet(sentence);
    return kept.some((candidate) => {
      if (candidate.kind !== kind) return false;
      const quoted = [candidate.after, candidate.before, candidate.purpose].filter((text): text is string => !!text);
      return quoted.some((text) => overlap(words, wordSet(text)) >= SAME_STATEMENT);
    });
  };
  let position = Number.MAX_SAFE_INTEGER / 2;
  const added: FlagCandidate[] = [];
  const push = (flag: Omit<FlagCandidate, 'position'>) => {
    added.push({ ...flag, position: position++ });
  };
  // One flag per purpose: Meta states one purpose in a title, a sentence and three interests, for minors and adults.
  const purposesDone = new Set<string>();
  for (const { statement, before } of delta.addedTraining) {
    if (flagged(statement.sentence, 'ai-training')) continue;
    const purposeKey = statement.purpose ? [...wordSet(statement.purpose)].join(' ') : null;
    if (purposeKey !== null) {
      if (purposesDone.has(purposeKey)) continue;
      purposesDone.add(purposeKey);
    }
    push({
      kind: 'ai-training',
      basis: statement.basis ?? undefined,
      purpose: statement.purpose ?? null,
      change: before ? 'modified' : 'added',
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
        change: before ? 'modified' : 'added',
        severity: trainingSeverity(statement.basis, 'added'),
        before: before?.sentence ?? null,
        after: statement.sentence,
        section: statement.section,
      });
    }
  }
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
  return [...kept, ...added];
}
