import type { Language } from '../../analysis/types';

// Starting points for the optional reason on Meta's forms. Art. 21(1) GDPR asks for "grounds relating to [one's]
// particular situation", so each template is written in the first person about a situation, with a part the user is
// asked to make their own. They are offered, never inserted unasked, and the user edits them on the page.

export interface ReasonTemplate {
  id: string;
  /** Short name in the picker. */
  label: string;
  text: string;
}

const EN: ReasonTemplate[] = [
  {
    id: 'private-life',
    label: 'My posts are about my private life',
    text: 'My posts, photos and comments are about my private life, my family and my friends. I shared them with people I know, not to train AI models. Having them used for AI training affects my privacy and that of the people who appear in them, who never agreed to it. I object to this processing under Article 21(1) GDPR.',
  },
  {
    id: 'creative-work',
    label: 'I publish my own creative work',
    text: 'I publish my own photos, texts and creative work on this account. Using them to train AI systems that can imitate or replace that work harms me personally and professionally. I object to this processing under Article 21(1) GDPR.',
  },
  {
    id: 'children',
    label: 'My content shows my children',
    text: 'My content includes pictures of and information about my children, who cannot consent and could not foresee this use. I do not want it used to develop AI. I object to this processing under Article 21(1) GDPR.',
  },
  {
    id: 'professional-confidentiality',
    label: 'I am bound by professional confidentiality',
    text: 'My profession requires me to protect confidential information, and my posts and messages may reveal details of my work. Use of my information to train AI puts that confidentiality at risk. I object to this processing under Article 21(1) GDPR.',
  },
];

const DE: ReasonTemplate[] = [
  {
    id: 'private-life',
    label: 'Meine Beiträge betreffen mein Privatleben',
    text: 'Meine Beiträge, Fotos und Kommentare betreffen mein Privatleben, meine Familie und meine Freunde. Ich habe sie mit Menschen geteilt, die ich kenne, nicht zum Training von KI-Modellen. Ihre Nutzung für KI-Training greift in meine Privatsphäre ein und in die der abgebildeten Personen, die dem nie zugestimmt haben. Ich widerspreche dieser Verarbeitung nach Art. 21 Abs. 1 DSGVO.',
  },
  {
    id: 'creative-work',
    label: 'Ich veröffentliche eigene kreative Werke',
    text: 'Ich veröffentliche auf diesem Konto eigene Fotos, Texte und kreative Werke. Ihre Nutzung zum Training von KI-Systemen, die diese Arbeit nachahmen oder ersetzen können, schadet mir persönlich und beruflich. Ich widerspreche dieser Verarbeitung nach Art. 21 Abs. 1 DSGVO.',
  },
  {
    id: 'children',
    label: 'Meine Inhalte zeigen meine Kinder',
    text: 'Meine Inhalte enthalten Bilder von und Angaben über meine Kinder, die nicht einwilligen können und diese Nutzung nicht vorhersehen konnten. Ich möchte nicht, dass sie zur Entwicklung von KI verwendet werden. Ich widerspreche dieser Verarbeitung nach Art. 21 Abs. 1 DSGVO.',
  },
  {
    id: 'professional-confidentiality',
    label: 'Ich unterliege einer beruflichen Schweigepflicht',
    text: 'Mein Beruf verpflichtet mich, vertrauliche Informationen zu schützen, und meine Beiträge und Nachrichten können Einzelheiten meiner Arbeit enthalten. Die Nutzung meiner Daten für KI-Training gefährdet diese Vertraulichkeit. Ich widerspreche dieser Verarbeitung nach Art. 21 Abs. 1 DSGVO.',
  },
];

const FR: ReasonTemplate[] = [
  {
    id: 'private-life',
    label: 'Mes publications concernent ma vie privée',
    text: 'Mes publications, photos et commentaires concernent ma vie privée, ma famille et mes amis. Je les ai partagés avec des personnes que je connais, pas pour entraîner des modèles d’IA. Leur utilisation pour entraîner une IA porte atteinte à ma vie privée et à celle des personnes qui y figurent, qui n’y ont jamais consenti. Je m’oppose à ce traitement en vertu de l’article 21, paragraphe 1, du RGPD.',
  },
  {
    id: 'creative-work',
    label: 'Je publie mes propres créations',
    text: 'Je publie sur ce compte mes propres photos, textes et créations. Leur utilisation pour entraîner des systèmes d’IA capables d’imiter ou de remplacer ce travail me nuit personnellement et professionnellement. Je m’oppose à ce traitement en vertu de l’article 21, paragraphe 1, du RGPD.',
  },
  {
    id: 'children',
    label: 'Mes contenus montrent mes enfants',
    text: 'Mes contenus comportent des photos de mes enfants et des informations les concernant ; ils ne peuvent pas consentir et ne pouvaient pas prévoir cette utilisation. Je ne veux pas qu’ils servent à développer une IA. Je m’oppose à ce traitement en vertu de l’article 21, paragraphe 1, du RGPD.',
  },
  {
    id: 'professional-confidentiality',
    label: 'Je suis tenu·e au secret professionnel',
    text: 'Ma profession m’oblige à protéger des informations confidentielles, et mes publications et messages peuvent révéler des détails de mon travail. L’utilisation de mes informations pour entraîner une IA met cette confidentialité en danger. Je m’oppose à ce traitement en vertu de l’article 21, paragraphe 1, du RGPD.',
  },
];

const TEMPLATES: Record<Language, ReasonTemplate[]> = { en: EN, de: DE, fr: FR };

export function reasonTemplates(lang: Language): readonly ReasonTemplate[] {
  return TEMPLATES[lang];
}
