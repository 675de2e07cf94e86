// Test support (not shipped): the cases of edits-in-place.test.ts, also run by scripts/edits-in-place.ts.
import { analyzePolicyChange } from '../../src/analysis/index';
import { readVersion } from './corpus';
import { expectationErrors } from './flag-expectations';

// Edits made INSIDE real policies, the way a platform revises its own text: a purpose's basis replaced in a table cell
// or a list, a training sentence written into the middle of a section in the platform's style, a recipient or transfer
// mechanism added, an objection sentence deleted; and neutral edits (paragraphs reordered, a typo, a heading renamed,
// links, dates, UK/US spelling) that must raise nothing. EN, DE and FR. The expectations were written as a reader of
// the policy would state them, before the analysis was run on the edits.
//
// `final` cases were set aside before any rule was changed for this file: they were not looked at while tuning and
// are the held-out check of the tuning (see /work/notes/heldout.md for the figures of both groups).
//
// Tokens: "kind", "kind:basis", "kind:change", "kind:change:basis"; "kind:*" = any flag of the kind; "*" = any flag.

const FB_2024 = 'Facebook/privacy-policy.pga/2024-05-21T18-30-35Z.md';
const FB_2025 = 'Facebook/privacy-policy.pga/2025-12-17T00-30-45Z.md';
const GOOGLE_EN = 'Google/privacy-policy.contrib/2026-04-02T12-40-21Z.md';
const PINTEREST_EN = 'Pinterest/privacy-policy.pga/2025-08-01T00-34-48Z.md';
const LINKEDIN_EN = 'LinkedIn/privacy-policy.pga/2026-08-22T00-48-36Z.md';
const X_2023 = 'X/privacy-policy.pga/2023-08-30T18-34-43Z.md';
const GOOGLE_DE = 'Google/privacy-policy.german/2026-05-05T12-30-52Z.md';
const TIKTOK_DE = 'TikTok/privacy-policy.pga/2022-07-12T18-32-42Z.md';
const FACEBOOK_DE = 'Facebook/privacy-policy.de-proto/2021-07-07T18-30-01Z.md';
const X_DE = 'X/privacy-policy.de-proto/2021-08-19T16-30-10Z.md';
const GOOGLE_FR = 'Google/privacy-policy.france/2025-12-12T00-37-36Z.md';
const REDDIT_EN = 'Reddit/privacy-policy.pga/2026-08-19T12-51-47Z.md';
const SNAPCHAT_EN = 'Snapchat/privacy-policy.pga/2026-08-05T01-08-56Z.md';
const INSTAGRAM_2025 = 'Instagram/privacy-policy.pga/2025-12-17T00-39-12Z.md';
const WHATSAPP_EN = 'WhatsApp/privacy-policy.pga/2026-07-03T01-12-33Z.md';
const X_2026 = 'X/privacy-policy.pga/2026-07-16T01-13-18Z.md';
const TIKTOK_FR = 'TikTok/privacy-policy.france/2025-11-01T00-41-48Z.md';
const PINTEREST_FR = 'Pinterest/privacy-policy.france/2024-05-01T12-39-40Z.md';

type Edit = (text: string) => string;

/** Pinterest FR repeats its first list in the summary; the edits below are made in the legal-bases section. */
const PINTEREST_FR_LI = 'Nous nous appuyons sur nos intérêts légitimes ou sur ceux d’un tiers';
const PINTEREST_FR_FIRST_LI_ITEM = '* Nous vous identifions lorsque vous utilisez nos Services.';

/** The one place `fragment` occurs; an edit whose anchor is missing or ambiguous is a broken test, not a result. */
function at(text: string, fragment: string): number {
  const index = text.indexOf(fragment);
  if (index < 0) throw new Error(`edit anchor not found: ${fragment}`);
  if (text.indexOf(fragment, index + 1) >= 0) throw new Error(`edit anchor not unique: ${fragment}`);
  return index;
}

const replace =
  (from: string, to: string): Edit =>
  (text) => {
    const index = at(text, from);
    return text.slice(0, index) + to + text.slice(index + from.length);
  };

const replaceAll =
  (from: string, to: string): Edit =>
  (text) => {
    if (!text.includes(from)) throw new Error(`edit anchor not found: ${from}`);
    return text.split(from).join(to);
  };

/** The whole line (with its newline) that holds `fragment`. */
function lineOf(text: string, fragment: string): { start: number; end: number; line: string } {
  const index = at(text, fragment);
  const start = text.lastIndexOf('\n', index) + 1;
  const newline = text.indexOf('\n', index);
  const end = newline < 0 ? text.length : newline + 1;
  return { start, end, line: text.slice(start, end) };
}

const deleteLine =
  (fragment: string): Edit =>
  (text) => {
    const { start, end } = lineOf(text, fragment);
    return text.slice(0, start) + text.slice(end);
  };

const insertAfterLine =
  (anchor: string, lines: string): Edit =>
  (text) => {
    const { end } = lineOf(text, anchor);
    return `${text.slice(0, end)}${lines}\n${text.slice(end)}`;
  };

/** Moves the line holding `fragment` to just after the line holding `anchor`, rewritten by `rewrite`. */
const moveLine =
  (fragment: string, anchor: string, rewrite: (line: string) => string = (line) => line): Edit =>
  (text) => {
    const { start, end, line } = lineOf(text, fragment);
    const without = text.slice(0, start) + text.slice(end);
    return insertAfterLine(anchor, rewrite(line.replace(/\n$/, '')))(without);
  };

/** Swaps the two lines holding `first` and `second` (paragraphs of one line each in these captures). */
const swapLines =
  (first: string, second: string): Edit =>
  (text) => {
    const a = lineOf(text, first);
    const b = lineOf(text, second);
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    return text.slice(0, x.start) + y.line + text.slice(x.end, y.start) + x.line + text.slice(y.end);
  };

/** Applies `edit` to the text after the one place `anchor` occurs (for a fragment the policy repeats elsewhere). */
const after =
  (anchor: string, edit: Edit): Edit =>
  (text) => {
    const cut = at(text, anchor) + anchor.length;
    return text.slice(0, cut) + edit(text.slice(cut));
  };

/** Like `at` for the first occurrence only (inside `after`, the later repeats do not matter). */
const replaceFirst =
  (from: string, to: string): Edit =>
  (text) => {
    const index = text.indexOf(from);
    if (index < 0) throw new Error(`edit anchor not found: ${from}`);
    return text.slice(0, index) + to + text.slice(index + from.length);
  };

export interface Case {
  id: string;
  base: string;
  edits: Edit[];
  expect: string[];
  forbid: string[];
  /** Whether the report must call the change material (undefined: either is acceptable). */
  material?: boolean;
  /** Held out from tuning (see the header). */
  final?: boolean;
  /** Written after the rules were tuned, expectations first, and never tuned on: a second held-out check. */
  late?: boolean;
  /** A miss we could not fix by a general rule: the test asserts that it still misses, and says why. */
  knownMiss?: string;
}

const NOTHING = ['*'];
const NEUTRAL: Pick<Case, 'expect' | 'forbid' | 'material'> = { expect: [], forbid: NOTHING, material: false };

export const CASES: Case[] = [
  // ---- Meta, 2024 tables (EN) ----
  {
    id: 'fb24 consent row (partner data for ads) moved to the legitimate-interests table',
    base: FB_2024,
    edits: [
      moveLine(
        '| Using information from partners, vendors and other third parties to tailor the ads you see',
        '| Business intelligence and analytics:<br><br>* To understand, in aggregate, your usage of',
        (line) =>
          line
            .replace('with your consent we’ll use', 'we’ll use')
            .replace(
              / \| (\[Information from partners)/,
              ' | * In our interest to show relevant ads and to generate revenue. | $1',
            ),
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
  },
  {
    id: 'fb24 contract row (communicating with you) moved to the legitimate-interests table',
    base: FB_2024,
    edits: [
      moveLine(
        '| To communicate with you: We use information you’ve given us',
        '| Business intelligence and analytics:<br><br>* To understand, in aggregate, your usage of',
        (line) =>
          line.replace(/ \| (?=[^|]*\|\s*$)/, ' | * In our interest to keep our users informed about our Products. | '),
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
    final: true,
  },
  {
    id: 'fb24 training sentence written into a legitimate-interests row',
    base: FB_2024,
    edits: [
      replace(
        '* Conduct surveys and other research about what you like about our Products and brands and what we can do better | * To create, provide, support and maintain innovative products and features that enable people under the age of majority',
        '* Conduct surveys and other research about what you like about our Products and brands and what we can do better<br><br>We also use public posts, comments and photos that people share on our Products to develop and train the generative AI models that power features across the Meta Products. | * To create, provide, support and maintain innovative products and features that enable people under the age of majority',
      ),
    ],
    expect: ['ai-training:added:legitimate-interests'],
    forbid: [],
    material: true,
  },
  {
    id: 'fb24 objection sentence after the legitimate-interests table deleted',
    base: FB_2024,
    edits: [
      deleteLine(
        'When we process your information as necessary to pursue our legitimate interests or those of a third party, you have the right to object to, and seek restriction of',
      ),
    ],
    expect: ['objection-right:removed'],
    forbid: ['ai-training'],
    material: true,
  },
  {
    id: 'fb24 new transfer mechanism (binding corporate rules)',
    base: FB_2024,
    edits: [
      insertAfterLine(
        '* Meta Platforms, Inc. has certified its participation in the [EU-U.S. Data Privacy Framework]',
        '* For transfers within the Meta Companies, we also rely on binding corporate rules approved by the competent supervisory authority under Article 47 GDPR.',
      ),
    ],
    expect: ['transfer:added'],
    forbid: ['ai-training', 'legal-basis:*'],
    material: true,
    final: true,
  },
  {
    id: 'fb24 new recipient category (AI service providers)',
    base: FB_2024,
    edits: [
      insertAfterLine(
        '### Audience Network publishers and their vendors',
        '\n### Providers of artificial intelligence services\n\nWe share information, including the content of your messages with AI at Meta, with third-party providers of artificial intelligence services who help us run and support features in our Products.\n',
      ),
    ],
    expect: ['sharing:added'],
    forbid: [],
    material: true,
  },
  {
    id: 'fb24 new sensitive-data categories in the consent row',
    base: FB_2024,
    edits: [
      replace(
        'such as your religious views, your sexual orientation, political views, health, racial or ethnic origin, philosophical beliefs or trade union membership',
        'such as your religious views, your sexual orientation, political views, health, racial or ethnic origin, biometric data such as your face geometry, genetic data, philosophical beliefs or trade union membership',
      ),
    ],
    expect: ['sensitive-data'],
    forbid: ['ai-training'],
    material: true,
    final: true,
  },
  {
    id: 'fb24 UK spelling made US throughout',
    base: FB_2024,
    edits: [
      replaceAll('personalised', 'personalized'),
      replaceAll('personalise', 'personalize'),
      replaceAll('organisation', 'organization'),
    ],
    ...NEUTRAL,
  },
  {
    id: 'fb24 links moved to another host',
    base: FB_2024,
    edits: [
      replaceAll('https://mbasic.facebook.com/privacy/policy/printable/', 'https://www.facebook.com/privacy/policy/'),
    ],
    ...NEUTRAL,
  },
  {
    id: 'fb24 effective date changed',
    base: FB_2024,
    edits: [replace('Effective November 3, 2023', 'Effective February 12, 2024')],
    ...NEUTRAL,
    final: true,
  },
  // ---- Meta, Dec 2025 headings and lists (EN) ----
  {
    id: 'fb25 AI training added to the contract list (providing Meta Products)',
    base: FB_2025,
    edits: [
      insertAfterLine(
        '*   Build and test out new products and features to see if they work, and',
        '*   Train and improve the AI models that power AI at Meta, using the content you create and your interactions with AI at Meta,',
      ),
    ],
    expect: ['ai-training:added:contract'],
    forbid: [],
    material: true,
  },
  {
    id: 'fb25 heading renamed',
    base: FB_2025,
    edits: [
      replace(
        'Developing and improving AI at Meta\n\nⓘ For registered users of the Meta Products ⓘ For all registered users, including',
        'Developing and improving artificial intelligence at Meta\n\nⓘ For registered users of the Meta Products ⓘ For all registered users, including',
      ),
    ],
    expect: [],
    forbid: ['legal-basis:added', 'legal-basis:removed', 'ai-training:added', 'ai-training:removed'],
  },
  // ---- Google (EN), legal grounds in the third column of the table ----
  {
    id: 'google-en consent → legitimate interests (saving audio recordings)',
    base: GOOGLE_EN,
    edits: [
      replace(
        'With your **consent**, such as saving audio recordings of voice interactions',
        'When necessary for our **legitimate interests** and those of third parties, such as saving audio recordings of voice interactions',
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: [],
    material: true,
  },
  {
    id: 'google-en contract → legitimate interests (loading a YouTube video)',
    base: GOOGLE_EN,
    edits: [
      replace(
        'To **perform a contract** with you, such as loading a YouTube video',
        'When necessary for our **legitimate interests** and those of third parties, such as loading a YouTube video',
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
    final: true,
  },
  {
    id: 'google-en training example written into the "maintain and improve" row',
    base: GOOGLE_EN,
    edits: [
      replace(
        'We analyse usage of Google Translate to improve translation quality and to increase the availability of Translate in more languages.<br>',
        'We analyse usage of Google Translate to improve translation quality and to increase the availability of Translate in more languages.<br>*   We use the emails and documents that you store in your Google Account to train and fine-tune the generative AI models that power features like Gemini in Gmail.<br>',
      ),
    ],
    expect: ['ai-training:added'],
    forbid: [],
    material: true,
  },
  {
    id: 'google-en right to object deleted from the European requirements',
    base: GOOGLE_EN,
    edits: [
      replace(
        ' You also have the right to object to the processing of your information or export your information to another service.',
        '',
      ),
    ],
    expect: ['objection-right:removed'],
    forbid: ['ai-training', 'legal-basis:*'],
    material: true,
  },
  {
    id: 'google-en new recipient (AI developers) in external processing',
    base: GOOGLE_EN,
    edits: [
      insertAfterLine(
        '### For legal reasons',
        '\nWe share personal information with third-party developers of AI models, who may use it to improve their own products.\n',
      ),
    ],
    expect: ['sharing:added'],
    forbid: [],
    material: true,
    final: true,
  },
  {
    id: 'google-en two paragraphs of the legal-bases list reordered',
    base: GOOGLE_EN,
    edits: [
      swapLines(
        '*   We process your data when we have a legal obligation to do so.',
        '*   We ask for your consent to process your data for specific purposes',
      ),
    ],
    ...NEUTRAL,
  },
  {
    id: 'google-en effective date changed',
    base: GOOGLE_EN,
    edits: [replace('Effective 2 April 2026', 'Effective 14 May 2026')],
    ...NEUTRAL,
  },
  // ---- Pinterest (EN), headings per basis then lists ----
  {
    id: 'pinterest-en off-site ads moved from consent to the legitimate-interests ads section',
    base: PINTEREST_EN,
    edits: [
      moveLine(
        '* Ads on Pinterest based on off-site activities. We customise the ads we show you',
        '* Advertise Pinterest products and services to you on other sites. To do this, we disclose information such as cookie IDs',
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
  },
  {
    id: 'pinterest-en training bullet added to the personalisation list',
    base: PINTEREST_EN,
    edits: [
      insertAfterLine(
        '* Customise your Pinterest experience based on your offsite behaviour.',
        '* Use your Pins, boards and searches to train the generative AI models that power our recommendations and advertising tools.',
      ),
    ],
    expect: ['ai-training:added:legitimate-interests'],
    forbid: [],
    material: true,
    final: true,
  },
  {
    id: 'pinterest-en right to object deleted',
    base: PINTEREST_EN,
    edits: [deleteLine('* **Right to object or restrict processing**: You can object to direct marketing from us')],
    expect: ['objection-right:removed'],
    forbid: ['ai-training:added'],
    material: true,
  },
  {
    id: 'pinterest-en new transfer mechanism',
    base: PINTEREST_EN,
    edits: [
      insertAfterLine(
        '* Standard contractual clauses (‘SCCs’). The European Commission has approved contractual clauses',
        '* Binding corporate rules. For transfers within our family of companies, we rely on binding corporate rules approved under Article 47 GDPR.',
      ),
    ],
    expect: ['transfer:added'],
    forbid: ['ai-training', 'legal-basis:*'],
    material: true,
  },
  {
    id: 'pinterest-en new sensitive category used for ads',
    base: PINTEREST_EN,
    edits: [
      replace(
        'To deliver ads outside Pinterest that are relevant',
        'We may also use health information you share in Pins and searches, such as pregnancy or medical conditions, to personalise the ads you see.\n\nTo deliver ads outside Pinterest that are relevant',
      ),
    ],
    expect: ['sensitive-data:added'],
    forbid: [],
    material: true,
    final: true,
  },
  {
    id: 'pinterest-en two bullets of a list reordered',
    base: PINTEREST_EN,
    edits: [
      after('We rely on our legitimate interests or those of a third party where they are not outweighed', (text) => {
        const first = text.indexOf('* Identify you when you use our Services.');
        const second = text.indexOf('* Customise your Pinterest experience based on your offsite behaviour.');
        const end = text.indexOf('\n', second);
        const lines = text.slice(first, end).split('\n');
        return text.slice(0, first) + [...lines].reverse().join('\n') + text.slice(end);
      }),
    ],
    ...NEUTRAL,
  },
  {
    id: 'pinterest-en typo fixed',
    base: PINTEREST_EN,
    edits: [replace('have compelling legitimate interest to keep', 'have a compelling legitimate interest to keep')],
    expect: [],
    forbid: NOTHING,
    material: false,
    final: true,
  },
  // ---- LinkedIn and X (EN) ----
  {
    id: 'linkedin opt-out from generative-AI training deleted from the table',
    base: LINKEDIN_EN,
    edits: [
      (text) => {
        const optOut =
          /You can \[opt out\]\([^)]*data-for-ai-improvement\) of our use of your data to train our content-generating AI models at any time\.[\s\u00a0]*<br><br>/g;
        if ((text.match(optOut) ?? []).length !== 1) throw new Error('LinkedIn opt-out sentence not found once');
        return text.replace(optOut, '');
      },
    ],
    expect: ['objection-right:removed'],
    forbid: ['legal-basis:*', 'ai-training:added'],
    material: true,
  },
  {
    id: 'x training sentence deleted',
    base: X_2023,
    edits: [
      replace(
        ' We may use the information we collect and publicly available information to help train our machine learning or artificial intelligence models for the purposes outlined in this policy.',
        '',
      ),
    ],
    expect: ['ai-training:removed'],
    forbid: ['ai-training:added'],
    material: true,
    final: true,
  },
  {
    id: 'x training sentence narrowed to public information',
    base: X_2023,
    edits: [
      replace(
        'We may use the information we collect and publicly available information to help train',
        'We may use publicly available information to help train',
      ),
    ],
    expect: ['ai-training:modified'],
    forbid: ['ai-training:added'],
    material: true,
  },
  // ---- German ----
  {
    id: 'google-de Einwilligung → berechtigte Interessen (Audioaufnahmen)',
    base: GOOGLE_DE,
    edits: [
      replace(
        'Mit Ihrer **Einwilligung**, beispielsweise das Speichern von Audioaufnahmen',
        'Wahrung unserer **berechtigten Interessen** und derer von Dritten, beispielsweise das Speichern von Audioaufnahmen',
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: [],
    material: true,
  },
  {
    id: 'google-de Vertrag → berechtigte Interessen (YouTube-Video)',
    base: GOOGLE_DE,
    edits: [
      replace(
        '**Erfüllung eines Vertrags** mit Ihnen, beispielsweise durch das Bereitstellen eines YouTube-Videos',
        'Wahrung unserer **berechtigten Interessen**, beispielsweise durch das Bereitstellen eines YouTube-Videos',
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
    final: true,
  },
  {
    id: 'google-de Trainingsbeispiel in der Tabelle ergänzt',
    base: GOOGLE_DE,
    edits: [
      replace(
        'Wir nutzen Ihre Interaktionen mit KI-Modellen und ‑Technologien wie Gemini-Apps',
        'Wir verwenden Inhalte, die Sie in Gmail und Google Docs speichern, um unsere generativen KI-Modelle zu trainieren und zu verbessern.<br>*   Wir nutzen Ihre Interaktionen mit KI-Modellen und ‑Technologien wie Gemini-Apps',
      ),
    ],
    expect: ['ai-training:added'],
    forbid: [],
    material: true,
  },
  {
    id: 'google-de Widerspruchsrecht gestrichen',
    base: GOOGLE_DE,
    edits: [
      replace(
        'Darüber hinaus haben Sie das Recht, der Verarbeitung Ihrer Daten zu widersprechen oder Ihre Daten in einen anderen Dienst zu exportieren.',
        'Darüber hinaus haben Sie das Recht, Ihre Daten in einen anderen Dienst zu exportieren.',
      ),
    ],
    expect: ['objection-right'],
    forbid: ['ai-training', 'legal-basis:*'],
    material: true,
  },
  {
    id: 'tiktok-de KI-Training in den Abschnitt "Berechtigte Interessen" geschrieben',
    base: TIKTOK_DE,
    edits: [
      replace(
        'um unsere Dienste (einschließlich unserer Algorithmen) zu verbessern und weiterzuentwickeln.',
        'um unsere Dienste (einschließlich unserer Algorithmen) zu verbessern und weiterzuentwickeln. Wir verwenden Ihre Videos und Kommentare außerdem, um unsere KI-Modelle zu trainieren.',
      ),
    ],
    expect: ['ai-training:legitimate-interests'],
    forbid: [],
    material: true,
    final: true,
  },
  {
    id: 'tiktok-de Zweck von Vertrag zu berechtigten Interessen verschoben',
    base: TIKTOK_DE,
    edits: [
      moveLine(
        '*   **unserer Dienste zu verwalten.** Wir verwenden die uns vorliegenden Daten auch zur Verwaltung unserer Dienste',
        'Wir verwenden Ihre Daten, wenn dies zur Wahrung berechtigter Interessen erforderlich ist',
        (line) => `\n${line}`,
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
  },
  {
    id: 'facebook-de Widerspruchsrecht gestrichen',
    base: FACEBOOK_DE,
    edits: [
      deleteLine(
        '*   das Recht, Widerspruch gegen unsere Verarbeitung deiner Daten in dem Fall einzulegen, wenn wir eine Aufgabe',
      ),
    ],
    expect: ['objection-right:removed'],
    forbid: ['ai-training'],
    material: true,
  },
  {
    id: 'facebook-de Einwilligung als Rechtsgrundlage gestrichen',
    base: FACEBOOK_DE,
    edits: [deleteLine('*   gemäß deiner Einwilligung, die du jederzeit über die')],
    expect: ['legal-basis:removed:consent'],
    forbid: ['ai-training'],
    material: true,
    final: true,
  },
  {
    id: 'x-de neuer Übermittlungsmechanismus',
    base: X_DE,
    edits: [
      insertAfterLine(
        'Wenn wir personenbezogene Daten nach außerhalb der Europäischen Union, der EFTA-Staaten, Brasilien oder des Vereinigten Königreichs übermitteln',
        '\nFür Übermittlungen innerhalb der Twitter-Unternehmensgruppe stützen wir uns außerdem auf verbindliche interne Datenschutzvorschriften nach Art. 47 DSGVO.',
      ),
    ],
    expect: ['transfer:added'],
    forbid: ['ai-training', 'legal-basis:*'],
    material: true,
  },
  {
    id: 'x-de Links auf einen anderen Host',
    base: X_DE,
    edits: [replaceAll('https://help.twitter.com/', 'https://help.x.com/')],
    ...NEUTRAL,
  },
  {
    id: 'x-de Tippfehler korrigiert',
    base: X_DE,
    edits: [replace('Z. Hddn.: Data Protection Officer', 'Z. Hdn.: Data Protection Officer')],
    ...NEUTRAL,
    final: true,
  },
  {
    id: 'google-de Datum geändert',
    base: GOOGLE_DE,
    edits: [replace('Wirksam ab dem 2. April 2026', 'Wirksam ab dem 1. Juni 2026')],
    ...NEUTRAL,
  },
  // ---- French ----
  {
    id: 'google-fr consentement → intérêts légitimes (interactions vocales)',
    base: GOOGLE_FR,
    edits: [
      replace(
        'Avec votre **consentement**, par exemple, nous enregistrons vos interactions vocales',
        'Si nécessaire pour nos **intérêts légitimes** et ceux de tiers, par exemple, nous enregistrons vos interactions vocales',
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: [],
    material: true,
  },
  {
    id: 'google-fr contrat → intérêts légitimes (vidéo YouTube)',
    base: GOOGLE_FR,
    edits: [
      replace(
        'Pour **exécuter un contrat** avec vous, par exemple pour charger une vidéo YouTube',
        'Si nécessaire pour nos **intérêts légitimes**, par exemple pour charger une vidéo YouTube',
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
  },
  {
    id: 'google-fr droit d’opposition supprimé',
    base: GOOGLE_FR,
    edits: [
      replace(
        ' Vous avez aussi le droit de vous opposer au traitement de vos informations ou de les exporter vers un autre service.',
        '',
      ),
    ],
    expect: ['objection-right:removed'],
    forbid: ['ai-training', 'legal-basis:*'],
    material: true,
    final: true,
  },
  {
    id: 'google-fr exemple d’entraînement ajouté au tableau',
    base: GOOGLE_FR,
    edits: [
      (text) => {
        const anchor = 'Avec votre **consentement**, par exemple, nous enregistrons vos interactions vocales';
        const cellStart = text.lastIndexOf(' | ', at(text, anchor));
        const rowStart = text.lastIndexOf('\n', cellStart) + 1;
        const firstBullet = text.indexOf('<br>* ', rowStart);
        return `${text.slice(0, firstBullet)}<br>* Nous utilisons les contenus que vous créez dans Google Docs et Gmail pour entraîner nos modèles d'IA générative.${text.slice(firstBullet)}`;
      },
    ],
    expect: ['ai-training:added'],
    forbid: [],
    material: true,
  },
  {
    id: 'google-fr date changée',
    base: GOOGLE_FR,
    edits: [replace('À compter du 11 décembre 2025', 'À compter du 3 février 2026')],
    ...NEUTRAL,
  },
  {
    id: 'tiktok-fr finalité déplacée de la nécessité contractuelle aux intérêts légitimes',
    base: TIKTOK_FR,
    edits: [
      moveLine(
        '* **Personnaliser les fonctionnalités et le contenu.** Nous personnalisons également certaines fonctionnalités',
        'Nous utilisons vos informations lorsque cela est nécessaire pour satisfaire des intérêts légitimes',
        (line) => `\n${line}`,
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
    final: true,
    knownMiss: 'held-out case; same cause as the list-item moves above',
  },
  {
    id: 'tiktok-fr publicité personnalisée : consentement → intérêts légitimes',
    base: TIKTOK_FR,
    edits: [
      replace(
        '* Avec votre consentement, nous vous proposons des publicités personnalisées sur la Plateforme',
        '* Sur la base de nos intérêts légitimes, nous vous proposons des publicités personnalisées sur la Plateforme',
      ),
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
  },
  {
    id: 'tiktok-fr droit d’opposition supprimé (intérêts légitimes)',
    base: TIKTOK_FR,
    edits: [
      (text) => {
        const sentence =
          '**Vos droits**\u00a0: lorsque nous utilisons vos informations sur la base qu’elles sont nécessaires pour des intérêts légitimes, vous pouvez vous opposer à cette utilisation et en demander la restriction.';
        const first = at(text.slice(0, text.indexOf(sentence) + sentence.length), sentence);
        return text.slice(0, first) + text.slice(first + sentence.length);
      },
    ],
    expect: ['objection-right:removed'],
    forbid: ['ai-training'],
    material: true,
    knownMiss:
      'the same objection sentence is stated again later in the same section (for minors), so the new version still states it; counting copies would tell a struck copy apart, but raised 17 false removals on a page captured twice over (X DE 2021), so it was not kept',
  },
  {
    id: 'tiktok-fr date changée',
    base: TIKTOK_FR,
    edits: [replace('Dernière mise à jour\u00a0: _30 novembre 2025_', 'Dernière mise à jour\u00a0: _15 janvier 2026_')],
    ...NEUTRAL,
    final: true,
  },
  {
    id: 'pinterest-fr annonces hors site : du consentement aux intérêts légitimes',
    base: PINTEREST_FR,
    edits: [
      (text) => {
        const { start, end, line } = lineOf(text, '* Les annonces sur Pinterest basées sur les activités hors site.');
        const without = text.slice(0, start) + text.slice(end);
        return after(
          PINTEREST_FR_LI,
          replaceFirst(PINTEREST_FR_FIRST_LI_ITEM, `${PINTEREST_FR_FIRST_LI_ITEM}\n${line.trimEnd()}`),
        )(without);
      },
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
  },
  {
    id: 'pinterest-fr entraînement ajouté à la liste',
    base: PINTEREST_FR,
    edits: [
      after(
        PINTEREST_FR_LI,
        replaceFirst(
          PINTEREST_FR_FIRST_LI_ITEM,
          `${PINTEREST_FR_FIRST_LI_ITEM}\n* Nous utilisons vos Épingles et vos recherches pour entraîner les modèles d’intelligence artificielle générative qui alimentent nos recommandations.`,
        ),
      ),
    ],
    expect: ['ai-training:added:legitimate-interests'],
    forbid: [],
    material: true,
    final: true,
    knownMiss: 'held-out case; as the Pinterest EN bullet: the basis heading follows the list',
  },
  {
    id: 'pinterest-fr deux puces interverties',
    base: PINTEREST_FR,
    edits: [
      after(PINTEREST_FR_LI, (text) => {
        const first = text.indexOf(PINTEREST_FR_FIRST_LI_ITEM);
        const end = text.indexOf('\n', text.indexOf('\n', first) + 1);
        const [a, b] = text.slice(first, end).split('\n');
        return `${text.slice(0, first)}${b}\n${a}${text.slice(end)}`;
      }),
    ],
    ...NEUTRAL,
  },

  // ---- Written after tuning (late): other platforms and rows, never tuned on ----
  {
    id: 'reddit training purpose added to the legitimate-interest table',
    base: REDDIT_EN,
    edits: [
      insertAfterLine(
        '|     | _Research and develop new services Legitimate Interest relied on:',
        '|     | _Train and improve machine learning and artificial intelligence models, including large language models, using public posts and comments Legitimate Interest relied on: to develop AI features that help users find and understand content_ |     | _Information You Provide Us_<br><br>*   Content |     |',
      ),
    ],
    expect: ['ai-training:added:legitimate-interests'],
    forbid: [],
    material: true,
    late: true,
  },
  {
    id: 'snapchat training paragraph widened to the content of Snaps and Chats',
    base: SNAPCHAT_EN,
    edits: [
      replace(
        'Our teams are constantly coming up with new ideas for features and ways to improve our Services.',
        'Our teams are constantly coming up with new ideas for features and ways to improve our Services. We also use the content of your Snaps, Chats and Stories to train the generative AI models that power these features.',
      ),
    ],
    expect: ['ai-training'],
    forbid: [],
    material: true,
    late: true,
  },
  {
    id: 'instagram-25 private messages added to the data used for AI at Meta',
    base: INSTAGRAM_2025,
    edits: [
      after(
        'For all registered users, including those under the age of majority\n\n* * *\n\nWhy and how we process your information:\n\nDevelop and improve [AI at Meta]',
        replaceFirst(
          '*   Interactions with AI at Meta and related metadata. For example, information you or others exchange with AI at Meta like content and messages',
          '*   Interactions with AI at Meta and related metadata. For example, information you or others exchange with AI at Meta like content and messages\n*   Messages you send and receive, including their content',
        ),
      ),
    ],
    expect: ['ai-training'],
    forbid: [],
    material: true,
    late: true,
  },
  {
    id: 'google-de personalisierte Werbung: Einwilligung → berechtigte Interessen',
    base: GOOGLE_DE,
    edits: [
      (text) => {
        const anchor = 'beispielsweise Empfehlungen bei Google Play';
        const index = at(text, anchor);
        const start = text.lastIndexOf('Mit Ihrer **Einwilligung**', index);
        if (start < 0 || index - start > 40) throw new Error('consent label not found before the anchor');
        return `${text.slice(0, start)}Wahrung unserer **berechtigten Interessen**, ${text.slice(index)}`;
      },
    ],
    expect: ['legal-basis:legitimate-interests'],
    forbid: ['ai-training'],
    material: true,
    late: true,
  },
  {
    id: 'whatsapp objection form sentence deleted',
    base: WHATSAPP_EN,
    edits: [
      replace(
        'You have the right to object to and restrict our processing of your information. To submit an objection use',
        'To submit a request use',
      ),
    ],
    expect: ['objection-right:removed'],
    forbid: ['ai-training', 'legal-basis:*'],
    material: true,
    late: true,
  },
  {
    id: 'tiktok-fr deux finalités contractuelles interverties',
    base: TIKTOK_FR,
    edits: [
      swapLines(
        '* **Les commandes et livraisons de produits.**',
        '* **Faire respecter nos Conditions, nos Règles ou les politiques.**',
      ),
    ],
    ...NEUTRAL,
    late: true,
  },
  {
    id: 'snapchat effective date changed',
    base: SNAPCHAT_EN,
    edits: [replace('Effective: 21 September 2026', 'Effective: 28 September 2026')],
    ...NEUTRAL,
    late: true,
  },
  {
    id: 'x US spelling made UK throughout',
    base: X_2026,
    edits: [replaceAll('personaliz', 'personalis')],
    ...NEUTRAL,
    late: true,
  },
];

/** What the analysis got wrong for one case (empty when it read the edit as expected). */
export function caseErrors(testCase: Case): string[] {
  const base = readVersion(testCase.base);
  const edited = testCase.edits.reduce((text, edit) => edit(text), base);
  if (edited === base) return ['the edit changed nothing'];
  return expectationErrors(analyzePolicyChange(base, edited), testCase);
}
