import type { Lexicon } from './lexicon';

// A sentence read by clause roles around one verb: who does it (the platform, or the user and others), whether it is
// negated, and whether it is a rule for someone else ("you may not use our content to train AI"). Language-agnostic:
// the words come from the lexicon. Each question looks at one clause only, found by scanning back from the verb to the
// nearest clause boundary, so a sentence is never rebuilt per verb.

/** How far (characters) before the verb a negation may stand in the same clause. */
const NEGATION_REACH = 110;
/** German puts "nicht" after the verb of a main clause ("wir trainieren unsere KI nicht mit ..."), before a comma. */
const TRAILING_NEGATION_REACH = 40;

export interface VerbClause {
  /** The statement is negated: "do not", "isn't", "nicht ... verwendet", "ne ... jamais", "no longer". */
  negated: boolean;
  /** A rule for the user or for others, not something the platform does: "you may not", "es ist dir untersagt". */
  prohibited: boolean;
  /** The one who acts is the user or another party ("You can use Copilot to train your own models"). */
  othersAct: boolean;
}

/**
 * How far back (characters) a clause is looked for: a "sentence" without boundaries (a hostile or broken text) must
 * not make every verb scan back to its start.
 */
const MAX_CLAUSE_REACH = 400;

/**
 * The start of the clause the character at `index` sits in: after the last semicolon, colon or sentence end, at most
 * MAX_CLAUSE_REACH characters back.
 */
export function clauseStart(text: string, index: number): number {
  const limit = Math.max(0, index - MAX_CLAUSE_REACH);
  for (let at = index - 1; at >= limit; at--) {
    const code = text.charCodeAt(at);
    if (code === 59 /* ; */ || code === 58 /* : */) return at + 1;
    if (code === 46 /* . */ && text.charCodeAt(at + 1) === 32) return at + 1;
  }
  return limit;
}

/**
 * The roles around the verb at `verbIndex` of `text` (already folded). `negationView` is the text with the phrases
 * that only look negative ("whether or not") blanked out, computed once per sentence by the caller.
 */
export function readVerbClause(
  text: string,
  negationView: string,
  verbIndex: number,
  verbLength: number,
  lexicon: Lexicon,
): VerbClause {
  const start = clauseStart(text, verbIndex);
  const before = negationView.slice(Math.max(start, verbIndex - NEGATION_REACH), verbIndex);
  let negated = lexicon.negation.test(before);
  if (!negated && lexicon.developObject === 'either') {
    const after = negationView.slice(verbIndex + verbLength, verbIndex + TRAILING_NEGATION_REACH).split(',')[0] ?? '';
    negated = lexicon.negation.test(after);
  }
  const clause = text.slice(start, verbIndex);
  return { negated, prohibited: lexicon.prohibition.test(clause), othersAct: othersAct(clause, lexicon) };
}

const LEADING_MARKS = /^[\s"'“‘«([*_-]*/;

/**
 * The clause opens with the user or another party as its subject and names no platform ("we", "wir", "nous") before
 * the verb: "You can use our tools to train your own models", "Third parties may not scrape ..."; not "You agree that
 * we may use your posts to train our AI", nor "Content you post is used to train our models".
 */
function othersAct(clause: string, lexicon: Lexicon): boolean {
  const subjectAt = LEADING_MARKS.exec(clause)?.[0].length ?? 0;
  if (lexicon.otherAgent.firstIndex(clause) !== subjectAt) return false;
  return !lexicon.platformAgent.test(clause);
}
