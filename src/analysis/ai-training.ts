import { readVerbClause } from './clauses';
import { foldForMatching } from './fold';
import { blankOut, type Lexicon, perLexicon } from './lexicon';
import type { AiDataKind } from './types';

// Whether a sentence says that data is used to train AI, and on what data. Language-agnostic: every word comes from
// the lexicon. A training verb ("train", "fine-tune", "trainieren", "entraîner") counts when AI or a model is near it;
// a weaker verb ("develop", "improve", "weiterentwickeln") only when AI is its object. Negated statements ("we do not
// use your messages to train AI") and people trained in the other sense ("train our staff on AI") are not training.

/** How far (characters) a training verb may stand from the AI term it is about. */
const TRAIN_DISTANCE = 100;
/** How far a weak verb may stand from the AI it develops; its object follows it closely. */
const DEVELOP_DISTANCE = 60;
/** Generic "models" count as AI only this close to a training verb ("train our models", "models trained on"). */
const MODEL_DISTANCE = 40;

interface Hit {
  index: number;
  text: string;
}

/** The platform trains: the verb's clause is neither negated, nor a rule for others, nor done by others. */
function platformStates(text: string, negationView: string, verb: Hit, lexicon: Lexicon): boolean {
  const clause = readVerbClause(text, negationView, verb.index, verb.text.length, lexicon);
  return !clause.negated && !clause.prohibited && !clause.othersAct;
}

/** The first position of `sorted` (by index) whose index is at least `index`: binary search. */
function firstAtOrAfter(sorted: readonly Hit[], index: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as Hit).index < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The hits (sorted by index) that start within `reach` characters of `index`: a window, never every hit. */
function hitsNear(sorted: readonly Hit[], index: number, reach: number): readonly Hit[] {
  return sorted.slice(firstAtOrAfter(sorted, index - reach), firstAtOrAfter(sorted, index + reach + 1));
}

/** The longest AI term, so that a training word inside one is found within a window of that width. */
const LONGEST_AI_TERM = 40;

/** A training word that is part of a name of AI ("apprentissage automatique" is machine learning, not training). */
function insideAiTerm(verb: Hit, ai: readonly Hit[]): boolean {
  return hitsNear(ai, verb.index, LONGEST_AI_TERM).some(
    (term) => verb.index >= term.index && verb.index < term.index + term.text.length,
  );
}

/** People between the verb and the AI term: "train our staff on AI", "Mitarbeiter zu KI schulen". */
function trainsPeople(text: string, verb: Hit, term: Hit, lexicon: Lexicon): boolean {
  const [start, end] = verb.index < term.index ? [verb.index, term.index] : [term.index, verb.index];
  return lexicon.trainedPeople.test(text.slice(start, end + term.text.length));
}

function wordsBefore(text: string, index: number, count: number): string[] {
  return (
    text
      .slice(Math.max(0, index - 30), index)
      .toLowerCase()
      .match(/[\p{L}]+/gu) ?? []
  ).slice(-count);
}

/** The verb of the first training statement in the text, or null when it states none. */
export function trainingVerb(input: string, lexicon: Lexicon): Hit | null {
  const text = foldForMatching(input);
  const ai = lexicon.ai.find(text);
  const models = lexicon.model.find(text);
  if (ai.length === 0 && models.length === 0) return null;
  // Phrases that only look negative ("whether or not") blanked out once per sentence, positions kept.
  let negationView: string | null = null;
  const states = (verb: Hit) => {
    negationView ??= blankOut(text, lexicon.negationExcept);
    return platformStates(text, negationView, verb, lexicon);
  };
  for (const verb of lexicon.train.find(text)) {
    if (insideAiTerm(verb, ai)) continue;
    const about =
      hitsNear(ai, verb.index, TRAIN_DISTANCE).some((term) => !trainsPeople(text, verb, term, lexicon)) ||
      hitsNear(models, verb.index, MODEL_DISTANCE).some((term) => !trainsPeople(text, verb, term, lexicon));
    if (about && states(verb)) return verb;
  }
  for (const verb of lexicon.develop.find(text)) {
    const isObject = (term: Hit, reach: number) => {
      const distance = term.index - verb.index;
      if (lexicon.developObject === 'after' ? distance <= 0 : distance === 0) return false;
      if (Math.abs(distance) > reach) return false;
      // "improve our products with AI", "mit KI verbessern": AI right after such a word is the tool, not the object.
      return !wordsBefore(text, term.index, 2).some((word) => lexicon.instrumental.has(word));
    };
    const about =
      hitsNear(ai, verb.index, DEVELOP_DISTANCE).some((term) => isObject(term, DEVELOP_DISTANCE)) ||
      hitsNear(models, verb.index, 30).some((term) => isObject(term, 30));
    if (about && states(verb)) return verb;
  }
  return null;
}

/** AI named as what is trained ("train our AI models", "develop and improve AI at Meta"), not negated. */
export function statesAiTraining(text: string, lexicon: Lexicon): boolean {
  return trainsAi(lexicon, text);
}

const trainsAi = perLexicon((lexicon, text) => {
  if (!lexicon.ai.test(text) && !lexicon.model.test(text)) return false;
  return trainingVerb(text, lexicon) !== null;
});

/** The kinds of data a text names, in the order of AI_DATA_KINDS. */
export function aiDataKinds(text: string, lexicon: Lexicon): AiDataKind[] {
  if (!lexicon.anyAiData.test(text)) return [];
  const interactions = lexicon.aiData.find(({ kind }) => kind === 'ai-interactions')?.matcher;
  // "chats with Meta AI" are interactions with the AI, not messages between people: private messages are looked for
  // outside the words that name interactions.
  const outsideInteractions = interactions ? blankOut(text, interactions) : text;
  return lexicon.aiData
    .filter(({ kind, matcher }) => matcher.test(kind === 'private-messages' ? outsideInteractions : text))
    .map(({ kind }) => kind);
}

/** Some data is named: the condition for a training statement to be about data rather than about a feature. */
export function namesData(text: string, lexicon: Lexicon): boolean {
  return lexicon.anyAiData.test(text) || lexicon.userData.test(text);
}
