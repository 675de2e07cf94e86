import type { Flag, FlagKind, Language, LegalBasis, Severity } from '../analysis/types';

// The words of a change notification, built from the most severe flag's kind, basis and change. Pure (no browser),
// so every phrasing is unit-tested in each language. Flags carry an English summary; notifications use these
// per-language phrasings instead so a German or French browser gets German or French.

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
/** Among equally severe flags, the one a user most needs to hear about first. */
const KIND_RANK: Record<FlagKind, number> = {
  'ai-training': 0,
  'legal-basis': 1,
  'sensitive-data': 2,
  minors: 3,
  'automated-decisions': 4,
  'objection-right': 5,
  sharing: 6,
  transfer: 7,
  retention: 8,
};

export function mostSevereFlag(flags: readonly Flag[]): Flag | null {
  let best: Flag | null = null;
  for (const flag of flags) {
    if (
      !best ||
      SEVERITY_RANK[flag.severity] < SEVERITY_RANK[best.severity] ||
      (SEVERITY_RANK[flag.severity] === SEVERITY_RANK[best.severity] && KIND_RANK[flag.kind] < KIND_RANK[best.kind])
    ) {
      best = flag;
    }
  }
  return best;
}

const ABOUT_AI =
  /\b(AI|KI|IA|artificial intelligence|künstliche[rn]? Intelligenz|intelligence artificielle|LLaMA|machine learning)\b/i;

/**
 * The flag the notification is about: the most severe one, and when it is an AI-training flag without a basis, the
 * basis a legal-basis flag about AI in the same report names (the analysis often reports the two separately:
 * "AI training added" and "purpose 'Develop and improve AI at Meta' now relies on legitimate interests").
 */
export function headlineFlag(flags: readonly Flag[]): Flag | null {
  const top = mostSevereFlag(flags);
  if (top?.kind !== 'ai-training' || top.basis) return top;
  const aiBasis = flags.find(
    (f) => f.kind === 'legal-basis' && f.basis && ABOUT_AI.test(`${f.purpose ?? ''} ${f.after ?? ''}`),
  );
  return aiBasis?.basis ? { ...top, basis: aiBasis.basis } : top;
}

interface Phrases {
  basis: Record<LegalBasis, string>;
  /** ", relying on <basis>" */
  relyingOn: (basis: string) => string;
  aiTraining: { added: (p: string) => string; modified: (p: string) => string; removed: (p: string) => string };
  legalBasis: (p: string, basis: string, purpose: string | null, from: string | null) => string;
  kind: Record<Exclude<FlagKind, 'ai-training' | 'legal-basis'>, (p: string) => string>;
  fallback: (p: string, document: string) => string;
  body: (count: number, document: string) => string;
  openDiff: string;
  object: string;
}

const EN: Phrases = {
  basis: {
    consent: 'your consent',
    contract: 'its contract with you',
    'legal-obligation': 'a legal obligation',
    'vital-interests': 'vital interests',
    'public-task': 'a task in the public interest',
    'legitimate-interests': 'legitimate interest',
  },
  relyingOn: (b) => `, relying on ${b}`,
  aiTraining: {
    added: (p) => `${p} will use your information to train AI`,
    modified: (p) => `${p} changed how it uses your information to train AI`,
    removed: (p) => `${p} no longer says it trains AI on your information`,
  },
  legalBasis: (p, b, purpose, from) =>
    `${p} now relies on ${b}${purpose ? ` for “${purpose}”` : ''}${from ? ` instead of ${from}` : ''}`,
  kind: {
    'sensitive-data': (p) => `${p} changed how it uses sensitive information about you`,
    minors: (p) => `${p} changed how it treats information about minors`,
    'automated-decisions': (p) => `${p} changed its automated decisions about you`,
    'objection-right': (p) => `${p} changed your right to object`,
    sharing: (p) => `${p} changed with whom it shares your information`,
    transfer: (p) => `${p} changed where your information is transferred`,
    retention: (p) => `${p} changed how long it keeps your information`,
  },
  fallback: (p, d) => `${p} changed its ${d}`,
  body: (n, d) =>
    n === 1
      ? `One important change in the ${d}. Open the comparison to read it.`
      : `${n} important changes in the ${d}. Open the comparison to read them.`,
  openDiff: 'See what changed',
  object: 'Object',
};

const DE: Phrases = {
  basis: {
    consent: 'deine Einwilligung',
    contract: 'den Vertrag mit dir',
    'legal-obligation': 'eine rechtliche Verpflichtung',
    'vital-interests': 'lebenswichtige Interessen',
    'public-task': 'eine Aufgabe im öffentlichen Interesse',
    'legitimate-interests': 'berechtigtes Interesse',
  },
  relyingOn: (b) => `, gestützt auf ${b}`,
  aiTraining: {
    added: (p) => `${p} wird deine Informationen zum Trainieren von KI nutzen`,
    modified: (p) => `${p} ändert, wie deine Informationen zum Trainieren von KI genutzt werden`,
    removed: (p) => `${p} erwähnt das Trainieren von KI mit deinen Informationen nicht mehr`,
  },
  legalBasis: (p, b, purpose, from) =>
    `${p} stützt sich jetzt auf ${b}${purpose ? ` für „${purpose}“` : ''}${from ? ` statt auf ${from}` : ''}`,
  kind: {
    'sensitive-data': (p) => `${p} ändert den Umgang mit sensiblen Informationen über dich`,
    minors: (p) => `${p} ändert den Umgang mit Informationen über Minderjährige`,
    'automated-decisions': (p) => `${p} ändert automatisierte Entscheidungen über dich`,
    'objection-right': (p) => `${p} ändert dein Widerspruchsrecht`,
    sharing: (p) => `${p} ändert, mit wem deine Informationen geteilt werden`,
    transfer: (p) => `${p} ändert, wohin deine Informationen übermittelt werden`,
    retention: (p) => `${p} ändert, wie lange deine Informationen gespeichert werden`,
  },
  fallback: (p, d) => `${p} hat die ${d} geändert`,
  body: (n, d) =>
    n === 1
      ? `Eine wichtige Änderung in der ${d}. Öffne den Vergleich, um sie zu lesen.`
      : `${n} wichtige Änderungen in der ${d}. Öffne den Vergleich, um sie zu lesen.`,
  openDiff: 'Änderungen ansehen',
  object: 'Widersprechen',
};

const FR: Phrases = {
  basis: {
    consent: 'votre consentement',
    contract: 'son contrat avec vous',
    'legal-obligation': 'une obligation légale',
    'vital-interests': 'des intérêts vitaux',
    'public-task': 'une mission d’intérêt public',
    'legitimate-interests': 'l’intérêt légitime',
  },
  relyingOn: (b) => `, sur la base de ${b}`,
  aiTraining: {
    added: (p) => `${p} utilisera vos informations pour entraîner l’IA`,
    modified: (p) => `${p} modifie l’utilisation de vos informations pour entraîner l’IA`,
    removed: (p) => `${p} ne mentionne plus l’entraînement de l’IA sur vos informations`,
  },
  legalBasis: (p, b, purpose, from) =>
    `${p} s’appuie désormais sur ${b}${purpose ? ` pour « ${purpose} »` : ''}${from ? ` au lieu de ${from}` : ''}`,
  kind: {
    'sensitive-data': (p) => `${p} modifie l’usage de vos informations sensibles`,
    minors: (p) => `${p} modifie le traitement des informations sur les mineurs`,
    'automated-decisions': (p) => `${p} modifie les décisions automatisées vous concernant`,
    'objection-right': (p) => `${p} modifie votre droit d’opposition`,
    sharing: (p) => `${p} modifie avec qui vos informations sont partagées`,
    transfer: (p) => `${p} modifie où vos informations sont transférées`,
    retention: (p) => `${p} modifie la durée de conservation de vos informations`,
  },
  fallback: (p, d) => `${p} a modifié sa ${d}`,
  body: (n, d) =>
    n === 1
      ? `Une modification importante de la ${d}. Ouvrez la comparaison pour la lire.`
      : `${n} modifications importantes de la ${d}. Ouvrez la comparaison pour les lire.`,
  openDiff: 'Voir les changements',
  object: 'S’opposer',
};

const PHRASES: Record<Language, Phrases> = { en: EN, de: DE, fr: FR };

/** A one-line title: the platform and the most severe change in plain words. */
export function alertTitle(platformName: string, flag: Flag | null, documentName: string, language: Language): string {
  const t = PHRASES[language];
  if (!flag) return t.fallback(platformName, documentName);
  const basis = flag.basis ? t.basis[flag.basis] : null;
  switch (flag.kind) {
    case 'ai-training':
      return t.aiTraining[flag.change](platformName) + (basis && flag.change !== 'removed' ? t.relyingOn(basis) : '');
    case 'legal-basis':
      if (!basis) return t.fallback(platformName, documentName);
      return t.legalBasis(platformName, basis, flag.purpose ?? null, flag.from ? t.basis[flag.from] : null);
    default:
      return t.kind[flag.kind](platformName) + (basis ? t.relyingOn(basis) : '');
  }
}

export function alertBody(flagCount: number, documentName: string, language: Language): string {
  return PHRASES[language].body(Math.max(1, flagCount), documentName);
}

export function alertButtons(language: Language): { openDiff: string; object: string } {
  const { openDiff, object } = PHRASES[language];
  return { openDiff, object };
}
