// The words around a date that say what the date is, in English, German and French together (a page may mix them).
// Tested on the lower-cased words just before the date (`…Lead`, anchored at its end) or on the whole sentence. Every
// quantifier is bounded, so the tests are linear in the sentence.

/** A weekday before the date ("le mercredi 11 août 2020", "Tuesday, May 3, 2022"). */
const WEEKDAY =
  '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? ';
/** A region the date line is for ("Date d'entrée en vigueur dans l'EEE, au Royaume-Uni et en Suisse :"). */
const REGION_QUALIFIER = '(?: (?:in|outside|for|dans|en dehors|hors|pour|in der|im|außerhalb|für)[^:|]{1,60}:)?';
const BEFORE_DATE = `${REGION_QUALIFIER}[ :\\-–—,]{0,4}(?:the |le |du |dem |den |am |on )?(?:${WEEKDAY})?$`;

function leadBeforeDate(alternatives: string[]): RegExp {
  return new RegExp(`(?:^|[^a-zà-öø-ÿ])(?:${alternatives.join('|')})${BEFORE_DATE}`);
}

/** The version's own effective date: "Effective July 23, 2026", "gültig ab", "Date d'entrée en vigueur :". */
export const EFFECTIVE_LEAD = leadBeforeDate([
  'effective(?: date)?(?: as of| from| on)?',
  'in effect (?:as of|from|since)',
  'gültig (?:ab|seit)',
  'wirksam (?:ab|seit)',
  'in kraft seit',
  'gilt seit',
  'datum des inkrafttretens',
  'inkrafttreten',
  'date effective',
  'date d.entrée en vigueur',
  'entrée en vigueur',
  'en vigueur (?:le|depuis le|depuis|à compter du|au)',
  'applicable (?:à compter du|depuis le)',
]);

/** The version's "last updated" date: "Last updated", "Stand:", "Datum der letzten Überarbeitung", "Dernière mise à jour". */
export const UPDATED_LEAD = leadBeforeDate([
  'last (?:updated|modified|revised|changed|update|revision)(?: on| as of)?',
  'date of (?:the )?last (?:revision|update|modification)',
  'updated(?: on| as of)?',
  'revised(?: on)?',
  'we updated (?:our|this|the)[a-z ]{0,30} on',
  'stand ?:',
  '^stand',
  'zuletzt (?:aktualisiert|geändert|überarbeitet)(?: am)?',
  'letzte (?:aktualisierung|änderung|überarbeitung)',
  'aktualisiert am',
  'datum der letzten (?:überarbeitung|aktualisierung|änderung)',
  'version vom',
  'dernière (?:mise à jour|modification|révision)',
  'mis(?:e)? à jour(?: le)?',
  'date de (?:la )?dernière (?:mise à jour|révision|modification)',
  'version (?:du|en date du)',
]);

/** Words right before a date that open a period starting then: "from", "starting", "ab dem", "à compter du". */
export const STARTING_LEAD = leadBeforeDate([
  'from',
  'starting(?: on| from)?',
  'beginning(?: on)?',
  'as (?:of|from)',
  'with effect from',
  'ab',
  'mit wirkung (?:zum|vom|ab)',
  'à compter du',
  'à partir du',
  'dès le',
]);

/** Words right before a date that name the day of an event: "on", "am", "le". */
export const ON_LEAD = leadBeforeDate(['on', 'am', 'zum', 'le', 'effective', 'effective on']);

/** The sentence speaks of what will be (English, German and French future or planned present). */
export const FUTURE = new RegExp(
  [
    "\\bwill\\b|'ll\\b|’ll\\b|\\bgoing to\\b|\\b(?:are|is|'re|’re) (?:updating|changing|making)\\b",
    '\\bgo(?:es)? into effect\\b|\\btake(?:s)? effect\\b|\\bcome(?:s)? into effect\\b|\\bupcoming\\b',
    '\\bwerden\\b|\\bwird\\b|\\bgilt\\b|\\bgelten\\b|\\btritt\\b|\\btreten\\b|\\baktualisieren wir\\b|\\bändern wir\\b',
    'entrera|entreront|prendra|prendront|\\bsera\\b|\\bseront\\b|\\ballons\\b|mettrons|mettons à jour|modifierons|utiliserons',
  ].join('|'),
);

/** The sentence names a change of the policy or its coming into force. */
export const CHANGE_EVENT = new RegExp(
  [
    '\\bupdat(?:e|es|ing)\\b|\\bchang(?:e|es|ing)\\b|\\beffect\\b|\\bnew (?:policy|terms|version)\\b',
    'in kraft|aktualisier|änder|neue (?:fassung|version|datenschutz)',
    'en vigueur|prendr(?:a|ont) effet|mise(?:s)? à jour|mettons à jour|mettrons à jour|modifi|nouvelle (?:politique|version)',
  ].join('|'),
);

/** A change already made ("we updated", "took effect", "ist in Kraft getreten", "est entrée en vigueur"). */
export const PAST = new RegExp(
  [
    '\\bwe updated\\b|\\b(?:has|have) (?:been )?(?:updated|changed)\\b|\\b(?:took|went|came) (?:into )?effect\\b',
    '\\bwurden?\\b|\\btraten?\\b|in kraft getreten|\\bhaben wir\\b',
    'avons mis à jour|\\ba été\\b|\\bont été\\b|est entrée? en vigueur|sont entrées? en vigueur',
  ].join('|'),
);

/** A law, regulation or court: a date in the same sentence is the law's, unless the sentence is about our policy. */
export const LAW = new RegExp(
  [
    '\\b(?:act|regulation|directive|law|statute|court|gdpr|ccpa|cpra)\\b',
    '\\b(?:gesetz|gesetzes|verordnung|richtlinie|dsgvo|gericht|urteil)\\b',
    '\\b(?:loi|règlement|directive|rgpd|décret|tribunal|arrêt|cour)\\b',
  ].join('|'),
);

/** The sentence is about this policy or its owner's plans (not only a law). */
export const OWN_POLICY = new RegExp(
  [
    '\\b(?:we|our|us|this (?:policy|notice)|privacy policy|terms)\\b',
    '\\b(?:wir|unsere?[nmrs]?)\\b|diese datenschutz',
    '\\b(?:nous|notre|nos|cette politique|politique de confidentialité)\\b',
  ].join('|'),
);

/** A date line that is only "from <date>" ("À compter du 1 juillet 2025 | Versions archivées"): the effective date. */
export const DATE_LINE_START =
  /^(?:à compter du|à partir du|ab dem|ab|as of|from|starting|valable à compter du)[ :]{0,3}$/;
