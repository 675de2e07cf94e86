import type { AiDataKind, Language, LegalBasis } from '../types';

/**
 * Vocabulary of one language, as data. Terms are plain phrases: a space matches any whitespace, a trailing `*` any
 * word ending (a stem), a lone `*` any one word, an apostrophe both ' and ’. Terms match whole words and ignore case, except those listed under
 * `exact` (acronyms such as "AI" / "KI" / "IA", which would otherwise match ordinary words).
 */
export interface TermList {
  terms: string[];
  exact?: string[];
}

export interface LexiconData {
  language: Language;
  /** Frequent function words, for language detection. */
  stopwords: string[];
  /** Names and paraphrases of each GDPR Art. 6 legal basis, used in headings, table intros and prose. */
  basis: Record<LegalBasis, TermList>;
  /** Prose that states a basis is relied on ("on the basis of", "legal basis", "auf Grundlage", "sur la base"). */
  basisStatement: TermList;
  /** Artificial intelligence, machine learning, models. */
  ai: TermList;
  /** Verbs that mean training a model whatever the object ("train", "fine-tune"). */
  train: TermList;
  /** Weaker verbs that mean training only when AI is their object ("develop and improve AI"). */
  develop: TermList;
  /**
   * Where the object of `develop` sits: 'after' the verb (English, French: "improve AI"), or on 'either' side
   * (German puts the infinitive last: "um KI weiterzuentwickeln").
   */
  developObject: 'after' | 'either';
  /** Prepositions that make AI the tool rather than the object ("improve our products with AI"). */
  instrumental: string[];
  /** Data of users: posts, comments, public content, interactions, personal data. */
  userData: TermList;
  /** Generic model nouns ("models", "Modelle", "modèles"): AI only as the object of a training verb. */
  model: TermList;
  /** People who are trained in the other sense ("train our staff"): between a training verb and AI, not training AI. */
  trainedPeople: TermList;
  /**
   * Words that negate or defer a statement ("do not", "nicht", "ne … pas", "we're delaying"): "we do not use your
   * messages to train AI", "we're delaying our plans to use your information to develop AI".
   */
  negation: TermList;
  /** Subjects other than the platform ("you", "third parties", "du", "vous") that may open a clause (clauses.ts). */
  otherAgent: TermList;
  /** The platform as a subject ("we", "wir", "nous"). */
  platformAgent: TermList;
  /**
   * Rules for the user or for others ("you may not use our content to train AI", "es ist dir untersagt", "il vous est
   * interdit"): a training verb they govern is a ban, not training by the platform.
   */
  prohibition: TermList;
  /** Phrases with a negation word that negate nothing ("whether or not you want us to use ..."). */
  negationExcept: TermList;
  /** The kinds of data an AI-training statement may name (a sentence may name several). */
  aiData: Record<AiDataKind, TermList>;
  /** Words of a paragraph that introduces what follows ("set out below", "im Folgenden", "ci-dessous"). */
  introduction: TermList;
  sensitive: TermList;
  minors: TermList;
  sharing: TermList;
  /**
   * Phrases in which data reaches no new recipient: the platform itself ("partners share information with us"), the
   * user ("communicate with you") or the user's own contacts ("share your Story with your Best Friends"). Blanked out
   * before `sharing` is tested.
   */
  sharingExcept: TermList;
  transfer: TermList;
  retention: TermList;
  objection: TermList;
  automated: TermList;
  /** Opening words of a condition that scopes a table row ("If you are in the UK:"), not a purpose. */
  condition: TermList;
  /** Lines that carry a version date ("Effective", "Last updated"): a changed date there is noise. */
  dateLine: TermList;
  /** Month names and their abbreviations. */
  months: string[];
  /** Articles: one added or dropped is a typo fixed, not a change ("have compelling" -> "have a compelling"). */
  articles: string[];
  /** Abbreviations that end with a period but do not end a sentence. */
  abbreviations: string[];
}
