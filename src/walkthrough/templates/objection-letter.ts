import type { Language } from '../../analysis/types';

// The Art. 21 objection letter for platforms without a form: sent by the user from their own mail program to the
// platform's data-protection contact. The user edits it before sending; placeholders are filled from what we know.

export interface LetterInput {
  platformName: string;
  /** The account's email address, or null when the user did not give it. */
  accountEmail: string | null;
}

export interface Letter {
  subject: string;
  body: string;
}

type LetterTemplate = (input: LetterInput) => Letter;

const EN: LetterTemplate = ({ platformName, accountEmail }) => ({
  subject: `Objection under Article 21 GDPR – ${platformName} account`,
  body: [
    'Dear Data Protection Officer,',
    '',
    `I object, under Article 21(1) GDPR, to the processing of my personal data by ${platformName} based on legitimate interests, in particular its use to develop, train and improve artificial intelligence (AI) models.`,
    '',
    'Grounds relating to my particular situation: [describe how the processing affects you].',
    '',
    'Please stop this processing of my personal data and confirm in writing that my objection has been implemented, within one month as required by Article 12(3) GDPR.',
    '',
    `The account concerned is registered with the email address ${accountEmail ?? '[your account’s email address]'}.`,
    '',
    'Kind regards,',
    '[your name]',
  ].join('\n'),
});

const DE: LetterTemplate = ({ platformName, accountEmail }) => ({
  subject: `Widerspruch nach Art. 21 DSGVO – ${platformName}-Konto`,
  body: [
    'Sehr geehrte Damen und Herren,',
    '',
    `hiermit widerspreche ich nach Art. 21 Abs. 1 DSGVO der Verarbeitung meiner personenbezogenen Daten durch ${platformName}, soweit sie auf berechtigte Interessen gestützt wird, insbesondere ihrer Nutzung zur Entwicklung, zum Training und zur Verbesserung von Modellen künstlicher Intelligenz (KI).`,
    '',
    'Gründe, die sich aus meiner besonderen Situation ergeben: [beschreibe, wie dich die Verarbeitung betrifft].',
    '',
    'Bitte stellen Sie diese Verarbeitung meiner Daten ein und bestätigen Sie mir schriftlich innerhalb eines Monats (Art. 12 Abs. 3 DSGVO), dass mein Widerspruch umgesetzt wurde.',
    '',
    `Das betroffene Konto ist mit der E-Mail-Adresse ${accountEmail ?? '[E-Mail-Adresse deines Kontos]'} registriert.`,
    '',
    'Mit freundlichen Grüßen',
    '[dein Name]',
  ].join('\n'),
});

const FR: LetterTemplate = ({ platformName, accountEmail }) => ({
  subject: `Opposition au titre de l’article 21 du RGPD – compte ${platformName}`,
  body: [
    'Madame, Monsieur le Délégué à la protection des données,',
    '',
    `Je m’oppose, en vertu de l’article 21, paragraphe 1, du RGPD, au traitement de mes données personnelles par ${platformName} fondé sur l’intérêt légitime, en particulier à leur utilisation pour développer, entraîner et améliorer des modèles d’intelligence artificielle (IA).`,
    '',
    'Raisons tenant à ma situation particulière : [décrivez en quoi le traitement vous affecte].',
    '',
    'Je vous prie de cesser ce traitement de mes données et de me confirmer par écrit, dans un délai d’un mois (article 12, paragraphe 3, du RGPD), que mon opposition a été prise en compte.',
    '',
    `Le compte concerné est enregistré avec l’adresse e-mail ${accountEmail ?? '[adresse e-mail de votre compte]'}.`,
    '',
    'Veuillez agréer mes salutations distinguées.',
    '[votre nom]',
  ].join('\n'),
});

const TEMPLATES: Record<Language, LetterTemplate> = { en: EN, de: DE, fr: FR };

export function objectionLetter(lang: Language, input: LetterInput): Letter {
  return TEMPLATES[lang](input);
}

/** A mailto: link carrying the letter; encodeURIComponent keeps line breaks (%0A) and non-ASCII text intact. */
export function mailtoLink(to: string, letter: Letter): string {
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.body)}`;
}
