import type { Region } from './types';

// The region a sentence limits itself to: "If you live in the EU/EEA, UK or Switzerland", "für Nutzer in der EU",
// "pour les utilisateurs de l'Union européenne". A region merely named ("we transfer data outside the EEA") limits
// nothing: only the words that address people of a region, right before the region's names, do.

/** Words that address the people of a region; the region's names follow within a few words. */
const LIMITER = new RegExp(
  [
    "\\bif you(?:'re| are|’re)? (?:live|living|located|based|reside|resident)(?: in| within)?",
    '\\b(?:for|to) (?:users|people|members|individuals|residents|customers|those)(?: who (?:live|are located|reside))? (?:in|of|from|within)',
    '\\bresidents of|\\bapplies (?:only )?to (?:users |people |members )?(?:in|of)',
    '\\bfür (?:nutzer(?:innen)?(?: und nutzer)?|personen|mitglieder|einwohner|menschen)(?: mit wohnsitz)? (?:in|aus)',
    '\\b(?:wenn|falls|sofern) sie (?:ihren wohnsitz |sich )?(?:in|im)',
    '\\bpour les (?:utilisateurs|personnes|membres|résidents)(?: qui (?:résident|vivent|se trouvent))?(?: situés| résidant| vivant)? (?:de|du|dans|en|au)',
    '\\bsi vous (?:résidez|vivez|habitez|êtes situé|êtes basé|vous trouvez)(?:e)? (?:dans|en|au)',
  ].join('|'),
  'g',
);

/** Region names, in the three languages (lower case). */
const NAMES: ReadonlyArray<[RegExp, Region]> = [
  [/\beea\b|european economic area|europäischen wirtschaftsraum|\bewr\b|espace économique européen|\beee\b/, 'EEA'],
  [/\beu\b|european union|europäischen union|union européenne|\bue\b|european region|europe\b|europa\b/, 'EU'],
  [/\buk\b|united kingdom|vereinigten königreich|royaume-uni|großbritannien/, 'UK'],
  [/switzerland|\bschweiz\b|\bsuisse\b/, 'CH'],
  [/united states|\busa?\b|\bu\.s\.|vereinigten staaten|états-unis|california|kalifornien|californie/, 'US'],
];

/** How far after the addressing words the region names may run. */
const NAMES_WINDOW = 70;

/** The regions a sentence (or heading) limits itself to, in the order of REGIONS; empty when none. */
export function regionsLimitedTo(text: string): Region[] {
  const lower = text.toLowerCase();
  const found = new Set<Region>();
  LIMITER.lastIndex = 0;
  for (let m = LIMITER.exec(lower); m; m = LIMITER.exec(lower)) {
    const window = lower.slice(m.index + m[0].length, m.index + m[0].length + NAMES_WINDOW);
    // The names end at the clause: "If you live in the EU, we will ..." stops at the comma after the last name.
    const clause =
      window.split(
        /[.;:!?]|, (?!(?:the |die |der |l'|la |le |les )?(?:eu|eea|uk|ewr|eee|ue|switzerland|schweiz|suisse|united|vereinigt|royaume|union|or |and |oder |und |ou |et |au |aux |en |in |im |dans |de |du ))/,
      )[0] ?? '';
    for (const [pattern, region] of NAMES) if (pattern.test(clause)) found.add(region);
  }
  return ORDER.filter((region) => found.has(region));
}

const ORDER: readonly Region[] = ['EU', 'EEA', 'UK', 'CH', 'US'];
