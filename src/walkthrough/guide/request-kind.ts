import { normaliseText } from '../page-text';

// What a help-centre screen is for, scored from what it says and asks: its heading, the answers chosen in this tab
// to its questions, its fields' labels and its explanatory text. Meta's Privacy Centre serves an objection, an access
// request, a question to the data protection officer and other contact on one path (they differ only by
// `entry_point` and by what the page asks), so the address alone cannot tell; the words of the page can. Cues are word
// stems per kind of request in English, German and French; each place a cue shows up in weighs by how much that place
// says about the whole screen (a heading more than a sentence of explanation). Pure: text in, verdict out.

export const REQUEST_KINDS = ['objection', 'access', 'erasure', 'correction', 'dpo', 'contact', 'login-help'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Word stems (regex sources on normalised text) that say which request a text is about, EN/DE/FR together. */
const CUES: Record<RequestKind, readonly string[]> = {
  objection: [
    '\\bobject(s|ing|ion|ions)?\\b',
    '\\bopt(ing)? out\\b',
    '\\bstop using\\b',
    'widersp(r|ru)',
    'einspruch',
    '\\bwiderrufen?\\b',
    "\\b(s'|m'|vous )?oppos(er|e|ez|ition|itions)\\b",
  ],
  access: [
    '\\baccess(ing)?\\b (to )?(your|my|the|a copy|information|data)',
    '\\bcopy of\\b',
    '\\bdownload\\b',
    '\\bauskunft',
    '\\bkopie\\b',
    '\\bherunterladen\\b',
    '\\bzugriff auf (deine|meine|ihre)',
    '\\bacc[eè]s (à|a) (vos|mes|vos informations|une copie)',
    '\\bacc[ée]der (à|a) (vos|mes)',
    '\\bcopie de\\b',
    '\\btélécharger\\b',
  ],
  erasure: ['\\bdelet(e|ion)\\b', '\\beras(e|ure)\\b', '\\blösch', '\\bsupprim', '\\beffac'],
  correction: ['\\bcorrect (your|my)\\b', '\\brectif', '\\bberichtig', '\\bcorriger\\b'],
  dpo: [
    '\\bdata protection officer\\b',
    '\\bdpo\\b',
    'datenschutzbeauftragte',
    '\\bdélégué(e)? à la protection des données\\b',
    '\\bdpd\\b',
  ],
  contact: [
    '\\b(your|a|other|general) question',
    '\\bcontact(ing)?\\b',
    '\\bask (us|a question)\\b',
    '\\bsomething else\\b',
    '\\b(deine|ihre|eine|andere) frage',
    '\\bkontakt',
    '\\bsonstiges\\b',
    '\\b(votre|une|autre) question',
    '\\bcontact(er|ez)\\b',
    '\\bautre chose\\b',
  ],
  'login-help': [
    '\\blog ?in\\b',
    '\\bpassword\\b',
    '\\bhacked\\b',
    "\\bcan't (log|get into)",
    '\\banmeld',
    '\\bpasswort\\b',
    '\\bgehackt\\b',
    '\\bconnexion\\b',
    '\\bse connecter\\b',
    '\\bmot de passe\\b',
    '\\bpiraté',
  ],
};

const CUE_PATTERNS: Record<RequestKind, RegExp[]> = Object.fromEntries(
  REQUEST_KINDS.map((kind) => [kind, CUES[kind].map((source) => new RegExp(source, 'u'))]),
) as Record<RequestKind, RegExp[]>;

/** The words of a screen, sorted by where they stand. */
export interface ScreenWords {
  /** The screen's headings (h1–h3, role=heading). */
  headings: readonly string[];
  /** Its fields' names as a person reads them (labels, placeholders, descriptions). */
  fieldLabels: readonly string[];
  /** Paragraphs of explanation (not headings, not labels). */
  explanation: readonly string[];
}

/** A question answered in this tab ("Is your request about AI at Meta?" → "Yes"), in the order answered. */
export interface AnsweredQuestion {
  question: string;
  answer: string;
}

/** How much one place where a cue shows up says about the screen. */
const WEIGHTS = { heading: 3, answer: 3, yesQuestion: 2, fieldLabel: 1.5, explanation: 0.5 } as const;

const YES = new Set(['yes', 'ja', 'oui']);
const NO = new Set(['no', 'nein', 'non']);

export type RequestVerdict =
  | { kind: 'objection'; scores: Record<RequestKind, number> }
  | { kind: 'other'; request: RequestKind; scores: Record<RequestKind, number> }
  | { kind: 'unsure'; scores: Record<RequestKind, number> };

/** Which kinds of request a text is about (each kind once, however often its cues recur). */
export function kindsIn(text: string): RequestKind[] {
  const norm = normaliseText(text);
  return REQUEST_KINDS.filter((kind) => CUE_PATTERNS[kind].some((p) => p.test(norm)));
}

function emptyScores(): Record<RequestKind, number> {
  return Object.fromEntries(REQUEST_KINDS.map((k) => [k, 0])) as Record<RequestKind, number>;
}

/** The scores of every kind for a screen and the answers that led to it. */
export function scoreRequest(words: ScreenWords, answers: readonly AnsweredQuestion[]): Record<RequestKind, number> {
  const scores = emptyScores();
  const add = (text: string, weight: number) => {
    for (const kind of kindsIn(text)) scores[kind] += weight;
  };
  for (const text of words.headings) add(text, WEIGHTS.heading);
  for (const text of words.fieldLabels) add(text, WEIGHTS.fieldLabel);
  for (const text of words.explanation) add(text, WEIGHTS.explanation);
  for (const { question, answer } of answers) {
    const said = normaliseText(answer);
    // A yes/no answer carries the question's words; "No" says the request is not about them, a fuller answer
    // ("I want to object to …") speaks for itself.
    if (YES.has(said)) add(question, WEIGHTS.yesQuestion);
    else if (NO.has(said)) add(question, -WEIGHTS.yesQuestion);
    else add(answer, WEIGHTS.answer);
  }
  return scores;
}

/** Enough to say what a screen is for: an objection needs a clear lead over every other kind, and so does the rest. */
const DECIDE = { objectionAtLeast: 3, otherAtLeast: 2.5, lead: 1.5 } as const;

export function classifyRequest(words: ScreenWords, answers: readonly AnsweredQuestion[]): RequestVerdict {
  const scores = scoreRequest(words, answers);
  const objection = scores.objection;
  const [otherKind, other] = REQUEST_KINDS.filter((k) => k !== 'objection')
    .map((k) => [k, scores[k]] as const)
    .reduce((best, next) => (next[1] > best[1] ? next : best));
  if (objection >= DECIDE.objectionAtLeast && objection >= other + DECIDE.lead) return { kind: 'objection', scores };
  if (other >= DECIDE.otherAtLeast && other >= objection + DECIDE.lead) {
    return { kind: 'other', request: namedRequest(scores, otherKind), scores };
  }
  return { kind: 'unsure', scores };
}

/**
 * The request to name to the user: "contact" is what every look-alike also is ("Contact our Data Protection
 * Officer"), so a more specific kind that is clearly there is named instead.
 */
function namedRequest(scores: Record<RequestKind, number>, best: RequestKind): RequestKind {
  if (best !== 'contact') return best;
  const specific = REQUEST_KINDS.filter(
    (k) => k !== 'objection' && k !== 'contact' && scores[k] >= DECIDE.otherAtLeast,
  );
  return specific.sort((a, b) => scores[b] - scores[a])[0] ?? best;
}

/** How strongly an answer's own words speak for an objection (to point at the right option of a question). */
export function objectionLean(text: string): number {
  const kinds = kindsIn(text);
  return (kinds.includes('objection') ? 1 : 0) - kinds.filter((k) => k !== 'objection').length * 0.5;
}
