// Test support (not shipped): sentences and edits written the way other services write (Spotify, Discord, Zoom,
// Microsoft, Apple, Amazon, Duolingo, Strava, ...), in EN/DE/FR, for the wording classes of issue 17: who trains and
// whether (negations, conditions, bans on others, widenings), every clause of a sentence (training and basis; legal
// obligation's wordings; a basis from the heading), words in every form (nouns, passives, article citations, basis
// phrases), noise (dates, editor artefacts, quotes, sections reordered) and text as it arrives (invisible and
// fullwidth characters, letters of another script).
//
// Each case puts its old and new paragraph into a small policy frame of its language and analyses the pair. The
// expectations were written before the analysis was run on them.
// Groups (see docs/notes/2026-12-07/wording.md):
// - `dev`: looked at while the rules were changed;
// - `aside`: set aside before any rule was changed, never looked at while tuning;
// - `late`: written after the tuning, expectations first, never tuned on.
// Tokens as in edits-in-place.ts: "kind", "kind:change", "kind:change:basis", "kind:basis"; "*" = any flag.
import { analyzePolicyChange } from '../../src/analysis/index';
import { expectationErrors } from './flag-expectations';

export type WordingGroup = 'dev' | 'aside' | 'late';

export interface WordingCase {
  id: string;
  service: string;
  lang: 'en' | 'de' | 'fr';
  group: WordingGroup;
  /** The paragraph(s) before and after; '' = absent. Blocks are separated by a blank line. */
  old: string;
  new: string;
  /** Replaces the frame's section heading (a heading that names a basis). */
  heading?: string;
  expect: string[];
  forbid: string[];
  material?: boolean;
}

const FRAMES: Record<WordingCase['lang'], (service: string, heading: string, body: string) => string> = {
  en: (service, heading, body) =>
    `# ${service} Privacy Policy\n\nThis Privacy Policy explains how ${service} collects, uses and shares information about you when you use our apps, websites and other services.\n\n## ${heading}\n\nWe use the information we collect to provide, maintain and personalise the Service, for example to show you content you may like and to remember your settings.\n\n${body}\n\n## Your rights\n\nYou can access, correct and delete the information we hold about you at any time in your account settings, and you can contact our Data Protection Officer with any question about this policy.\n`,
  de: (service, heading, body) =>
    `# Datenschutzerklärung von ${service}\n\nDiese Datenschutzerklärung erläutert, wie ${service} Informationen über dich erhebt, verwendet und weitergibt, wenn du unsere Apps, Websites und anderen Dienste nutzt.\n\n## ${heading}\n\nWir verwenden die erhobenen Informationen, um den Dienst bereitzustellen, zu pflegen und zu personalisieren, zum Beispiel um dir Inhalte zu zeigen, die dir gefallen könnten, und um deine Einstellungen zu speichern.\n\n${body}\n\n## Deine Rechte\n\nDu kannst die Informationen, die wir über dich speichern, jederzeit in deinen Kontoeinstellungen einsehen, berichtigen und löschen, und du kannst dich mit jeder Frage zu dieser Erklärung an unseren Datenschutzbeauftragten wenden.\n`,
  fr: (service, heading, body) =>
    `# Politique de confidentialité de ${service}\n\nCette politique de confidentialité explique comment ${service} collecte, utilise et partage des informations vous concernant lorsque vous utilisez nos applications, nos sites web et nos autres services.\n\n## ${heading}\n\nNous utilisons les informations que nous collectons pour fournir, maintenir et personnaliser le Service, par exemple pour vous montrer des contenus susceptibles de vous plaire et pour mémoriser vos paramètres.\n\n${body}\n\n## Vos droits\n\nVous pouvez à tout moment accéder aux informations que nous détenons à votre sujet, les rectifier et les supprimer dans les paramètres de votre compte, et vous pouvez contacter notre délégué à la protection des données pour toute question concernant cette politique.\n`,
};

const DEFAULT_HEADING: Record<WordingCase['lang'], string> = {
  en: 'How we use your information',
  de: 'Wie wir deine Informationen verwenden',
  fr: 'Comment nous utilisons vos informations',
};

const NOTHING = ['*'];
const NO_TRAINING_ADDED = ['ai-training:added', 'ai-training:modified'];

/** Cases with the same old paragraph and expectations, one per new sentence. */
function each(
  base: Omit<WordingCase, 'id' | 'new' | 'service'>,
  variants: Array<[id: string, service: string, sentence: string]>,
): WordingCase[] {
  return variants.map(([id, service, sentence]) => ({ ...base, id, service, new: sentence }));
}

export const WORDING_CASES: WordingCase[] = [
  // ---- Who trains, and whether: negations ----
  ...each({ lang: 'en', group: 'dev', old: '', expect: [], forbid: NO_TRAINING_ADDED }, [
    [
      'en negation: does not use ... to train',
      'Zoom',
      "Zoom does not use any of your audio, video, chat, screen sharing, attachments or other communications-like content to train Zoom's or third-party artificial intelligence models.",
    ],
    ["en negation: won't", 'Discord', "We won't use your private messages to train our AI models."],
    [
      "en negation: isn't used (passive)",
      'Microsoft',
      "Your content isn't used to train generative AI models unless you tell us otherwise.",
    ],
    [
      'en negation: never',
      'Strava',
      'Strava never uses your activity data or your routes to train artificial intelligence models.',
    ],
  ]),
  ...each({ lang: 'en', group: 'aside', old: '', expect: [], forbid: NO_TRAINING_ADDED }, [
    [
      "en negation: aren't",
      'Apple',
      "Your Siri requests and dictation recordings aren't used to train our foundation models.",
    ],
    [
      "en negation: doesn't",
      'Amazon',
      "Amazon doesn't use the content of your documents to train its large language models.",
    ],
  ]),
  {
    id: 'en negation: no longer (a training statement withdrawn)',
    service: 'Duolingo',
    lang: 'en',
    group: 'dev',
    old: 'We use your voice recordings from speaking exercises to train our speech recognition models.',
    new: 'We no longer use your voice recordings from speaking exercises to train our speech recognition models.',
    expect: ['ai-training:removed'],
    forbid: NO_TRAINING_ADDED,
    material: true,
  },
  ...each({ lang: 'de', group: 'dev', old: '', expect: [], forbid: NO_TRAINING_ADDED }, [
    [
      'de negation: nicht ... verwendet (passive)',
      'Spotify',
      'Deine Inhalte werden nicht für das Training unserer KI-Modelle verwendet.',
    ],
    [
      'de negation: niemals',
      'Discord',
      'Wir verwenden deine privaten Nachrichten niemals, um KI-Modelle zu trainieren.',
    ],
  ]),
  ...each({ lang: 'de', group: 'aside', old: '', expect: [], forbid: NO_TRAINING_ADDED }, [
    [
      'de negation: nicht mehr',
      'Zoom',
      'Wir nutzen deine Audio- und Videoinhalte nicht mehr zum Trainieren von Modellen künstlicher Intelligenz.',
    ],
  ]),
  ...each({ lang: 'fr', group: 'dev', old: '', expect: [], forbid: NO_TRAINING_ADDED }, [
    [
      "fr negation: n'est pas utilisé",
      'Spotify',
      "Votre contenu n'est pas utilisé pour entraîner nos modèles d'intelligence artificielle.",
    ],
    [
      'fr negation: ne ... jamais',
      'Discord',
      "Nous n'utilisons jamais vos messages privés pour entraîner nos modèles d'IA.",
    ],
  ]),
  ...each({ lang: 'fr', group: 'aside', old: '', expect: [], forbid: NO_TRAINING_ADDED }, [
    [
      'fr negation: ne sont pas utilisés (noun)',
      'Strava',
      "Vos activités ne sont pas utilisées pour l'entraînement de nos modèles d'IA.",
    ],
  ]),

  // ---- Conditions: training on the basis of consent, not a negation ----
  ...each({ lang: 'en', group: 'dev', old: '', expect: ['ai-training:added'], forbid: ['ai-training:removed'] }, [
    [
      'en condition: only ... if you agree',
      'Amazon',
      'Your voice recordings are only used to improve our speech models if you agree.',
    ],
    [
      'en condition: if you opt in',
      'Duolingo',
      'If you opt in, we may use your exercise answers to train our AI models.',
    ],
  ]),
  ...each({ lang: 'de', group: 'aside', old: '', expect: ['ai-training:added'], forbid: ['ai-training:removed'] }, [
    [
      'de condition: wenn du einwilligst',
      'Zoom',
      'Wenn du einwilligst, verwenden wir deine Sprachaufnahmen, um unsere KI-Modelle zu trainieren.',
    ],
  ]),
  ...each({ lang: 'fr', group: 'dev', old: '', expect: ['ai-training:added'], forbid: ['ai-training:removed'] }, [
    [
      'fr condition: si vous y consentez',
      'Apple',
      "Si vous y consentez, nous utilisons vos enregistrements pour entraîner nos modèles d'IA.",
    ],
  ]),

  // ---- Bans on others: a rule for the user is not training by the platform ----
  ...each({ lang: 'en', group: 'dev', old: '', expect: [], forbid: ['ai-training'] }, [
    ['en ban: you may not use our content to train', 'Spotify', 'You may not use our content to train AI models.'],
    [
      'en ban: must not ... develop, train or improve',
      'Microsoft',
      'You must not use the Services or any Content to develop, train or improve any artificial intelligence or machine learning model.',
    ],
  ]),
  ...each({ lang: 'en', group: 'aside', old: '', expect: [], forbid: ['ai-training'] }, [
    [
      'en ban: third parties may not scrape',
      'Discord',
      'Third parties may not scrape or collect content from the Service to train machine learning models.',
    ],
  ]),
  ...each({ lang: 'de', group: 'dev', old: '', expect: [], forbid: ['ai-training'] }, [
    [
      'de ban: es ist dir untersagt',
      'Strava',
      'Es ist dir untersagt, Inhalte der Dienste zum Training von KI-Systemen zu nutzen.',
    ],
  ]),
  ...each({ lang: 'fr', group: 'aside', old: '', expect: [], forbid: ['ai-training'] }, [
    [
      'fr ban: il vous est interdit',
      'Duolingo',
      "Il vous est interdit d'utiliser nos contenus pour entraîner des modèles d'intelligence artificielle.",
    ],
  ]),

  // ---- Widening: "now on unless you opt out" ----
  {
    id: 'en widening: off -> on unless you opt out',
    service: 'Spotify',
    lang: 'en',
    group: 'dev',
    old: 'We do not use your listening history to train our AI models.',
    new: 'Training is now on unless you opt out: we use your listening history to train our AI models.',
    expect: ['ai-training'],
    forbid: ['ai-training:removed'],
    material: true,
  },
  {
    id: 'en widening: opt in -> opt out',
    service: 'Zoom',
    lang: 'en',
    group: 'aside',
    old: 'We only use your meeting transcripts to train our AI models if you opt in.',
    new: 'We use your meeting transcripts to train our AI models unless you opt out.',
    expect: ['ai-training'],
    forbid: ['ai-training:removed'],
    material: true,
  },

  // ---- Every clause: training and basis in one sentence ----
  ...each(
    {
      lang: 'en',
      group: 'dev',
      old: '',
      expect: ['ai-training:added', 'legal-basis:added:legitimate-interests'],
      forbid: ['legal-basis:vital-interests'],
    },
    [
      [
        'en clauses: where we train ..., we rely on legitimate interests',
        'Discord',
        'Where we train our models on public posts, we rely on our legitimate interests.',
      ],
    ],
  ),
  ...each(
    {
      lang: 'de',
      group: 'aside',
      old: '',
      expect: ['ai-training:added', 'legal-basis:added:legitimate-interests'],
      forbid: [],
    },
    [
      [
        'de clauses: soweit wir trainieren, stützen wir uns',
        'Strava',
        'Soweit wir unsere KI-Modelle mit öffentlichen Beiträgen trainieren, stützen wir uns auf unsere berechtigten Interessen.',
      ],
    ],
  ),
  ...each(
    {
      lang: 'fr',
      group: 'dev',
      old: '',
      expect: ['ai-training:added', 'legal-basis:added:legitimate-interests'],
      forbid: [],
    },
    [
      [
        'fr clauses: lorsque nous entraînons, nous nous fondons',
        'Spotify',
        'Lorsque nous entraînons nos modèles d’IA sur les publications publiques, nous nous fondons sur nos intérêts légitimes.',
      ],
    ],
  ),

  // ---- Legal obligation's wordings ----
  ...each({ lang: 'en', group: 'dev', old: '', expect: ['legal-basis:added:legal-obligation'], forbid: [] }, [
    [
      'en legal obligation: to comply with our legal obligations',
      'Amazon',
      'We also process your information to comply with our legal obligations, for example to respond to requests from tax authorities.',
    ],
  ]),
  ...each({ lang: 'en', group: 'aside', old: '', expect: ['legal-basis:added:legal-obligation'], forbid: [] }, [
    [
      'en legal obligation: where required by law',
      'Apple',
      'We keep records of your purchases and share them with tax authorities where required by law.',
    ],
  ]),
  ...each({ lang: 'de', group: 'dev', old: '', expect: ['legal-basis:added:legal-obligation'], forbid: [] }, [
    [
      'de legal obligation: rechtliche Verpflichtung',
      'Zoom',
      'Wir verarbeiten deine Zahlungsdaten zur Erfüllung einer rechtlichen Verpflichtung, etwa steuerrechtlicher Aufbewahrungspflichten.',
    ],
  ]),
  ...each({ lang: 'fr', group: 'dev', old: '', expect: ['legal-basis:added:legal-obligation'], forbid: [] }, [
    [
      'fr legal obligation: obligation légale',
      'Duolingo',
      'Nous traitons vos données de facturation pour respecter une obligation légale, notamment en matière fiscale.',
    ],
  ]),
  ...each({ lang: 'fr', group: 'aside', old: '', expect: ['legal-basis:added:legal-obligation'], forbid: [] }, [
    [
      'fr legal obligation: lorsque la loi l’exige',
      'Amazon',
      'Nous conservons vos factures lorsque la loi l’exige, afin de respecter nos obligations légales.',
    ],
  ]),

  // ---- A purpose under a heading that names a basis ----
  {
    id: 'en heading basis: training item under a legitimate-interests heading',
    service: 'Strava',
    lang: 'en',
    group: 'dev',
    heading: 'Processing based on our legitimate interests',
    old: 'We use your information to:\n\n- Prevent fraud and abuse of the Service.',
    new: 'We use your information to:\n\n- Prevent fraud and abuse of the Service.\n\n- Train and improve our AI models using your public activities and comments.',
    expect: ['ai-training:added:legitimate-interests'],
    forbid: [],
    material: true,
  },
  {
    id: 'de heading basis: purpose under "Berechtigte Interessen"',
    service: 'Spotify',
    lang: 'de',
    group: 'aside',
    heading: 'Verarbeitung auf Grundlage berechtigter Interessen',
    old: 'Wir verwenden deine Informationen, um:\n\n- Betrug und Missbrauch zu verhindern.',
    new: 'Wir verwenden deine Informationen, um:\n\n- Betrug und Missbrauch zu verhindern.\n\n- Unsere KI-Modelle mit deinen Playlists und Kommentaren zu trainieren.',
    expect: ['ai-training:added:legitimate-interests'],
    forbid: [],
    material: true,
  },

  // ---- Basis phrases ----
  ...each(
    {
      lang: 'en',
      group: 'dev',
      old: '',
      expect: ['legal-basis:added:legitimate-interests'],
      forbid: ['legal-basis:vital-interests'],
    },
    [
      [
        'en phrase: relying on our legitimate interests',
        'Microsoft',
        'Relying on our legitimate interests, we use your information to keep our platform safe and secure.',
      ],
      [
        'en phrase: on the grounds of',
        'Zoom',
        'We process device identifiers on the grounds of our legitimate interests in securing the Service.',
      ],
    ],
  ),
  ...each({ lang: 'de', group: 'dev', old: '', expect: ['legal-basis:added:legitimate-interests'], forbid: [] }, [
    [
      'de phrase: gestützt auf',
      'Amazon',
      'Gestützt auf unser berechtigtes Interesse analysieren wir deine Nutzungsdaten, um Betrug zu verhindern.',
    ],
  ]),
  ...each({ lang: 'fr', group: 'dev', old: '', expect: ['legal-basis:added:legitimate-interests'], forbid: [] }, [
    [
      'fr phrase: sur le fondement de',
      'Apple',
      'Nous traitons vos données de navigation sur le fondement de notre intérêt légitime à sécuriser nos services.',
    ],
  ]),
  ...each({ lang: 'fr', group: 'aside', old: '', expect: ['legal-basis:added:legitimate-interests'], forbid: [] }, [
    [
      'fr phrase: en nous fondant sur',
      'Discord',
      'En nous fondant sur nos intérêts légitimes, nous analysons les signalements pour protéger la communauté.',
    ],
  ]),
  ...each(
    {
      lang: 'en',
      group: 'aside',
      old: '',
      expect: ['legal-basis:added:legitimate-interests'],
      forbid: ['legal-basis:vital-interests'],
    },
    [
      [
        'en phrase: in reliance on',
        'Strava',
        'In reliance on our legitimate interests, we use your location data to detect and prevent fraudulent activity.',
      ],
    ],
  ),

  // ---- Article citations ----
  ...each({ lang: 'en', group: 'dev', old: '', expect: ['legal-basis:added:legitimate-interests'], forbid: [] }, [
    [
      'en citation: Article 6 (1) (f)',
      'Spotify',
      'We process your listening data to improve our recommendations on the basis of Article 6 (1) (f) GDPR.',
    ],
  ]),
  ...each({ lang: 'de', group: 'dev', old: '', expect: ['legal-basis:added:legitimate-interests'], forbid: [] }, [
    [
      'de citation: in italics',
      'Zoom',
      'Wir analysieren die Nutzung unserer Dienste, um sie zu verbessern; Rechtsgrundlage ist *Art. 6 Abs. 1 lit. f DSGVO*.',
    ],
  ]),
  ...each({ lang: 'de', group: 'aside', old: '', expect: ['legal-basis:added:legitimate-interests'], forbid: [] }, [
    [
      'de citation: in brackets',
      'Microsoft',
      'Wir werten Absturzberichte aus, um Fehler in unseren Produkten zu beheben [Art. 6 Abs. 1 lit. f DSGVO].',
    ],
  ]),
  ...each({ lang: 'fr', group: 'aside', old: '', expect: ['legal-basis:added:legitimate-interests'], forbid: [] }, [
    [
      'fr citation: article 6, paragraphe 1, point f)',
      'Amazon',
      'Nous utilisons vos données de commande pour prévenir la fraude (article 6, paragraphe 1, point f) du RGPD).',
    ],
  ]),

  // ---- Nouns and passives ----
  ...each({ lang: 'fr', group: 'dev', old: '', expect: ['ai-training:added'], forbid: [] }, [
    [
      'fr noun: apprentissage de nos modèles',
      'Duolingo',
      "Nous utilisons vos réponses aux exercices pour l'apprentissage de nos modèles d'IA.",
    ],
  ]),
  ...each({ lang: 'de', group: 'dev', old: '', expect: ['ai-training:added'], forbid: [] }, [
    [
      'de noun: Training unserer KI',
      'Strava',
      'Deine öffentlichen Aktivitäten nutzen wir für das Training unserer KI.',
    ],
  ]),
  ...each({ lang: 'en', group: 'dev', old: '', expect: ['ai-training:added'], forbid: [] }, [
    [
      'en passive: are used for training',
      'Discord',
      'Your public posts and comments are used for training our generative AI models.',
    ],
  ]),
  ...each({ lang: 'en', group: 'aside', old: '', expect: ['ai-training:added'], forbid: [] }, [
    [
      'en passive: may be used to train',
      'Apple',
      'Audio samples you choose to share may be used to train and improve the machine learning models behind Siri.',
    ],
  ]),

  // ---- Text as it arrives ----
  ...each({ lang: 'en', group: 'dev', old: '', expect: ['ai-training:added'], forbid: [] }, [
    ['en unicode: U+200E inside train', 'Spotify', 'We use your posts and playlists to tr\u200Eain our AI models.'],
    [
      'en unicode: fullwidth train',
      'Discord',
      'We use your posts and messages to \uFF54\uFF52\uFF41\uFF49\uFF4E our AI models.',
    ],
    ['en unicode: Cyrillic a in train', 'Zoom', 'We use your posts and recordings to tr\u0430in our AI models.'],
  ]),
  ...each({ lang: 'en', group: 'aside', old: '', expect: ['ai-training:added'], forbid: [] }, [
    [
      'en unicode: U+2063 and soft hyphen',
      'Amazon',
      'We use your reviews and posts to trai\u2063n our arti\u00ADficial intelligence models.',
    ],
    ['en unicode: U+034F inside train', 'Strava', 'We use your public activities to tra\u034Fin our AI models.'],
  ]),
  ...each({ lang: 'de', group: 'aside', old: '', expect: ['ai-training:added'], forbid: [] }, [
    [
      'de unicode: U+180E inside trainieren',
      'Spotify',
      'Wir nutzen deine öffentlichen Beiträge, um unsere KI-Modelle zu trai\u180Enieren.',
    ],
  ]),

  // ---- Noise ----
  {
    id: 'en noise: numeric date replaced by a date in words',
    service: 'Spotify',
    lang: 'en',
    group: 'dev',
    old: 'Last updated: 03/03/2025',
    new: 'Last updated: March 3, 2025',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
  {
    id: 'de noise: Stand numeric -> words',
    service: 'Zoom',
    lang: 'de',
    group: 'dev',
    old: 'Stand: 01.02.2024',
    new: 'Stand: 1. Februar 2024',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
  {
    id: 'fr noise: dernière mise à jour numeric -> words',
    service: 'Duolingo',
    lang: 'fr',
    group: 'aside',
    old: 'Dernière mise à jour : 12/05/2024',
    new: 'Dernière mise à jour : 12 mai 2024',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
  {
    id: 'en noise: comment anchors left in the page',
    service: 'Microsoft',
    lang: 'en',
    group: 'dev',
    old: 'We share information with vendors who help us run the Service, such as hosting and payment providers, under contracts that protect your data.',
    new: 'We share information with vendors[a] who help us run the Service, such as hosting and payment providers[b], under contracts that protect your data.',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
  {
    id: 'en noise: reference markers left in the page',
    service: 'Amazon',
    lang: 'en',
    group: 'aside',
    old: 'We transfer information to countries outside the EEA using standard contractual clauses approved by the European Commission.',
    new: 'We transfer information to countries outside the EEA using standard contractual clauses[1] approved by the European Commission.[ref]',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
  {
    id: 'en noise: apostrophes and quotes made typographic',
    service: 'Discord',
    lang: 'en',
    group: 'dev',
    old: `We don't sell your personal information, and we don't share it with third parties for their own "direct marketing" purposes.`,
    new: 'We don’t sell your personal information, and we don’t share it with third parties for their own “direct marketing” purposes.',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
  {
    id: 'fr noise: guillemets for straight quotes',
    service: 'Apple',
    lang: 'fr',
    group: 'aside',
    old: `Nous partageons des informations avec nos prestataires de services, appelés "sous-traitants", qui agissent pour notre compte.`,
    new: 'Nous partageons des informations avec nos prestataires de services, appelés « sous-traitants », qui agissent pour notre compte.',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
  // ---- late: written after the tuning, expectations first, never tuned on ----
  ...each({ lang: 'en', group: 'late', old: '', expect: [], forbid: NO_TRAINING_ADDED }, [
    [
      'late en negation: will never be used',
      'Duolingo',
      'Your voice recordings will never be used to train artificial intelligence models.',
    ],
    [
      "late en negation: we don't train",
      'Discord',
      "We don't train our generative AI models on the content of your direct messages.",
    ],
  ]),
  ...each({ lang: 'de', group: 'late', old: '', expect: [], forbid: NO_TRAINING_ADDED }, [
    [
      'late de negation: keine ... zum Training',
      'Microsoft',
      'Wir verwenden keine Inhalte aus deinen Dokumenten zum Training unserer KI-Modelle.',
    ],
  ]),
  ...each({ lang: 'fr', group: 'late', old: '', expect: [], forbid: NO_TRAINING_ADDED }, [
    [
      'late fr negation: ne ... plus',
      'Zoom',
      "Nous n'utilisons plus vos enregistrements audio pour entraîner nos modèles d'intelligence artificielle.",
    ],
  ]),
  ...each({ lang: 'en', group: 'late', old: '', expect: [], forbid: ['ai-training'] }, [
    [
      'late en ban: users are prohibited from',
      'Strava',
      'Users are prohibited from using data obtained from the Service to train machine learning models.',
    ],
    [
      'late en ban: you agree not to',
      'Amazon',
      'You agree not to use any content from our services to train, fine-tune or improve artificial intelligence models.',
    ],
  ]),
  ...each({ lang: 'de', group: 'late', old: '', expect: [], forbid: ['ai-training'] }, [
    [
      'late de ban: es ist nicht gestattet',
      'Apple',
      'Es ist nicht gestattet, Inhalte des Dienstes zu verwenden, um KI-Modelle zu trainieren.',
    ],
  ]),
  ...each({ lang: 'en', group: 'late', old: '', expect: ['ai-training:added'], forbid: ['ai-training:removed'] }, [
    [
      'late en condition: with your permission',
      'Microsoft',
      'With your permission, we use your voice clips to train and improve our speech recognition models.',
    ],
  ]),
  ...each({ lang: 'fr', group: 'late', old: '', expect: ['ai-training:added'], forbid: [] }, [
    [
      'late fr passive: sont utilisées pour entraîner',
      'Discord',
      "Vos publications publiques sont utilisées pour entraîner nos modèles d'IA générative.",
    ],
  ]),
  ...each({ lang: 'de', group: 'late', old: '', expect: ['ai-training:added'], forbid: [] }, [
    [
      'late de passive: werden verwendet, um zu trainieren',
      'Amazon',
      'Deine Rezensionen und Fotos werden verwendet, um unsere KI-Modelle zu trainieren.',
    ],
  ]),
  ...each(
    {
      lang: 'en',
      group: 'late',
      old: '',
      expect: ['ai-training:added', 'legal-basis:added:legitimate-interests'],
      forbid: [],
    },
    [
      [
        'late en clauses: we rely on LI to train',
        'Microsoft',
        'We rely on our legitimate interests to train our AI models on public content you share on the Service.',
      ],
    ],
  ),
  ...each({ lang: 'en', group: 'late', old: '', expect: ['legal-basis:added:legal-obligation'], forbid: [] }, [
    [
      'late en legal obligation: compliance with a legal obligation',
      'Zoom',
      'We retain billing records as necessary for compliance with a legal obligation to which we are subject.',
    ],
  ]),
  ...each({ lang: 'de', group: 'late', old: '', expect: ['legal-basis:added:legitimate-interests'], forbid: [] }, [
    [
      'late de citation: Art. 6 (1) f) DSGVO',
      'Strava',
      'Wir nutzen deine Standortdaten zur Betrugsprävention (Art. 6 (1) f) DSGVO).',
    ],
  ]),
  ...each({ lang: 'en', group: 'late', old: '', expect: ['ai-training:added'], forbid: [] }, [
    [
      'late en unicode: zero-width space in training',
      'Spotify',
      'We use your playlists and public comments for tra\u200Bining our AI models.',
    ],
    ['late en unicode: Greek omicron in models', 'Apple', 'We use your posts and photos to train our AI m\u03BFdels.'],
  ]),
  {
    id: 'late en noise: date without label, numeric to words',
    service: 'Discord',
    lang: 'en',
    group: 'late',
    old: 'Effective date: 2025-03-28',
    new: 'Effective date: 28 March 2025',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
  {
    id: 'late de noise: comment anchors and reference markers',
    service: 'Microsoft',
    lang: 'de',
    group: 'late',
    old: 'Wir geben Informationen an Dienstleister weiter, die uns beim Betrieb des Dienstes unterstützen, zum Beispiel Hosting- und Zahlungsanbieter.',
    new: 'Wir geben Informationen an Dienstleister[a] weiter, die uns beim Betrieb des Dienstes unterstützen, zum Beispiel Hosting- und Zahlungsanbieter.[1]',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
  {
    id: 'late fr noise: sections reordered word for word',
    service: 'Spotify',
    lang: 'fr',
    group: 'late',
    old: '### Partage\n\nNous partageons des informations avec nos prestataires de services qui agissent pour notre compte et selon nos instructions.\n\n### Conservation\n\nNous conservons vos informations aussi longtemps que nécessaire pour vous fournir le Service.',
    new: '### Conservation\n\nNous conservons vos informations aussi longtemps que nécessaire pour vous fournir le Service.\n\n### Partage\n\nNous partageons des informations avec nos prestataires de services qui agissent pour notre compte et selon nos instructions.',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
  {
    id: 'late de noise: typographic quotes „…“ for "…"',
    service: 'Zoom',
    lang: 'de',
    group: 'late',
    old: 'Wir geben deine Informationen an sogenannte "Auftragsverarbeiter" weiter, die in unserem Auftrag handeln.',
    new: 'Wir geben deine Informationen an sogenannte „Auftragsverarbeiter“ weiter, die in unserem Auftrag handeln.',
    expect: [],
    forbid: NOTHING,
    material: false,
  },
];

export function caseTexts(testCase: WordingCase): { old: string; new: string } {
  const frame = FRAMES[testCase.lang];
  const heading = testCase.heading ?? DEFAULT_HEADING[testCase.lang];
  return {
    old: frame(testCase.service, heading, testCase.old),
    new: frame(testCase.service, heading, testCase.new),
  };
}

/** What the analysis got wrong for one case (empty when right). */
export function wordingErrors(testCase: WordingCase): string[] {
  const texts = caseTexts(testCase);
  if (texts.old === texts.new) return ['the case changes nothing'];
  const report = analyzePolicyChange(texts.old, texts.new);
  const notRead = report.notAnalysed ? [`not analysed: ${report.notAnalysed}`] : [];
  return [...notRead, ...expectationErrors(report, testCase)];
}
