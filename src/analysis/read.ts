import { aiDataKinds, namesData, statesAiTraining } from './ai-training';
import { isPlainLatin, visitPlainWords } from './latin';
import { AnyMatcherPretest, basesMentioned, basesStated, type Lexicon, statesBasis } from './lexicon';
import { memoize } from './memo';
import { type Block, rowPurpose, sectionPath } from './segment';
import { blockSentences } from './sentences';
import { collapseSpaces } from './text';
import {
  AI_DATA_KINDS,
  type AiDataKind,
  type AiTrainingStatement,
  type LegalBasis,
  type ListedBasis,
  type ObjectionStatement,
  type PolicyReading,
  type PurposeBasis,
} from './types';

// What one version states, read on its own: purposes and the bases they rely on, AI-training statements with their
// data and basis, and the rights to object. A basis reaches a sentence in one of three ways, whatever the layout:
// - a table row sits under it (the segmenter found it in the headings, the header or the table's introduction);
// - the sentence names it ("on the basis of our legitimate interests", "Art. 6(1)(f) GDPR");
// - a scope opened by a heading that names one basis ("Legitimate interests"), or by a paragraph that names one basis
//   and introduces what follows ("We rely on our legitimate interests ... set out below:"). A scope lasts until a
//   heading of the same or a higher level, or another introduction. Meta's 2025 policy states its bases this way:
//   short title lines, then "Legitimate interests relied on:" and lists.

/** Longest title line of a purpose ("Developing and improving AI at Meta"); longer lines are prose. */
const MAX_TITLE_WORDS = 12;
/** Longest label that names the basis of the purpose it sits in ("Legitimate interests relied on:"). */
const MAX_LABEL_WORDS = 8;
/** Sentences shorter than this state nothing (link labels, captions). */
const MIN_STATEMENT_WORDS = 4;

interface Scope {
  basis: LegalBasis;
  /** Heading level that ends the scope: a heading of this level or higher (smaller number). */
  endsAtLevel: number;
  /** The scope it sits in ("Legitimate interests relied on" inside "We use info based on legitimate interests"). */
  outer?: Scope | null;
  /** Opened by a title line rather than a heading: the next title line of another basis takes its place. */
  byTitle?: boolean;
}

/** A unit: a purpose title and the blocks that describe it, up to the next title or heading. */
interface Unit {
  title: string | null;
  blocks: Block[];
}

function wordCount(text: string): number {
  if (!isPlainLatin(text)) return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  let count = 0;
  visitPlainWords(text, () => {
    count++;
    return false;
  });
  return count;
}

/** A short line without a final full stop that is not a list item: a purpose title in a heading-less layout. */
function isTitleLine(block: Block): boolean {
  if (block.type !== 'paragraph') return false;
  // A line that is one link ("[Information from partners, vendors and third parties]") names a data category or a
  // page, not a purpose.
  if (/^\[[^\]]*\]\s*(\([^)]*\))?[:.]?$/.test(block.text.trim())) return false;
  const text = block.text.replace(/\[([^\]]*)\]/g, '$1').trim();
  const words = wordCount(text);
  return words > 0 && words <= MAX_TITLE_WORDS && !/[.:;,!?]$/.test(text) && /^[\p{Lu}\p{N}]/u.test(text);
}

/** A unit's title as a purpose, unless it is a condition ("If you turn this setting on:") rather than a purpose. */
function purposeTitle(title: string | null, lexicon: Lexicon): string | null {
  if (!title) return null;
  return title.trim().endsWith(':') || lexicon.condition.firstIndex(title) === 0 ? null : title;
}

/** A bold label with its colon ("**Verwendete Daten:** ..."): a field of the purpose above, not a purpose. */
const LABELLED_ITEM = /^\*\*[^*]{1,80}:\s*\*\*|^\*\*[^*]{1,80}\*\*\s*:/;

/** The purpose a list item states: its first sentence, when it is one (not a label, not too short). */
function itemPurpose(block: Block, lexicon: Lexicon): string | null {
  if (LABELLED_ITEM.test(block.text.trim())) return null;
  const first = blockSentences(block, lexicon)[0];
  if (!first || wordCount(first) < MIN_STATEMENT_WORDS || /:\s*$/.test(first)) return null;
  return first;
}

function singleBasis(lexicon: Lexicon, text: string): LegalBasis | null {
  const bases = basesMentioned(lexicon, text);
  return bases.length === 1 ? (bases[0] ?? null) : null;
}

/** A paragraph that introduces what follows and names exactly one basis opens a scope of that basis. */
function introducedBasis(block: Block, lexicon: Lexicon): LegalBasis | null {
  if (block.type !== 'paragraph') return null;
  const text = block.text.trim();
  if (!text.endsWith(':') && !lexicon.introduction.test(text)) return null;
  // It must say that something relies on the basis: "we keep information as long as we need it to ... comply with
  // legal obligations. Here's what we consider:" names a basis in passing and introduces no section of it.
  if (lexicon.objection.test(text)) return null;
  if (!statesBasis(lexicon, text) && !lexicon.introduction.test(text)) return null;
  return singleBasis(lexicon, text);
}

/**
 * The basis a section states after listing its purposes: "To show you content ..., we:" then the list, then a
 * "Legitimate interests relied on" heading or label (Pinterest). The first heading or title line below the section's
 * heading, up to the next heading of its level, that names one basis and says something relies on it.
 */
function basisStatedBelow(blocks: Block[], headingIndex: number, lexicon: Lexicon): LegalBasis | null {
  const heading = blocks[headingIndex];
  if (heading?.type !== 'heading') return null;
  for (let index = headingIndex + 1; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.type === 'heading' && block.level <= heading.level) return null;
    const label = block.type === 'heading' || isTitleLine(block);
    if (label && wordCount(block.text) <= MAX_LABEL_WORDS && statesBasis(lexicon, block.text))
      return singleBasis(lexicon, block.text);
  }
  return null;
}

interface SentenceFacts {
  /** The bases it states something relies on (empty when it states none). */
  named: readonly LegalBasis[];
  isObjection: boolean;
  trains: boolean;
}

const factMemos = new Map<Lexicon, (sentence: string) => SentenceFacts | null>();

/**
 * What one sentence says, or null when it states nothing (too short, a question, no word the reading looks for).
 * Memoised per language: consecutive versions share nearly all their sentences, and each version is read once as the
 * new side of a pair and once as the old one.
 */
function sentenceFacts(sentence: string, lexicon: Lexicon): SentenceFacts | null {
  let memo = factMemos.get(lexicon);
  if (!memo) {
    memo = memoize((text) => {
      if (!mayStateAnything(text, lexicon)) return null;
      if (wordCount(text) < MIN_STATEMENT_WORDS || /\?["'»)]*\s*$/.test(text)) return null;
      return {
        named: statesBasis(lexicon, text) ? basesStated(lexicon, text) : [],
        isObjection: lexicon.objection.test(text),
        trains: statesAiTraining(text, lexicon),
      };
    });
    factMemos.set(lexicon, memo);
  }
  return memo(sentence);
}

const pretests = new Map<Lexicon, (text: string) => boolean>();

/** Whether a text may name AI, a model, a basis (by words or by article) or a right to object. */
function mayStateAnything(text: string, lexicon: Lexicon): boolean {
  let pretest = pretests.get(lexicon);
  if (!pretest) {
    const scan = new AnyMatcherPretest([lexicon.ai, lexicon.model, lexicon.anyBasis, lexicon.objection]);
    // Per text: consecutive versions share nearly every block.
    pretest = memoize((input) => scan.mayMatch(input) || /\bArt/i.test(input));
    pretests.set(lexicon, pretest);
  }
  return pretest(text);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function clean(text: string): string {
  return collapseSpaces(text.includes('[') ? text.replace(/\[([^\]]*)\]/g, '$1') : text).trim();
}

/** A list of bases has at least this many items that each name one basis, all different. */
const MIN_LISTED_BASES = 3;

/**
 * The bases named by the policy's own lists of the bases it relies on: a run of list items of which at least half
 * name exactly one basis each, at least three different ones ("* as necessary to fulfil our Terms; * consistent with
 * your consent ...; * as necessary to comply with our legal obligations; ..."). Such a list names no purpose, so a
 * basis struck from it or added to it would otherwise be no change of the reading.
 */
function listedBases(blocks: Block[], lexicon: Lexicon): ListedBasis[] {
  const listed = new Map<LegalBasis, ListedBasis>();
  let run: Block[] = [];
  const closeRun = () => {
    const named = run
      .map((block) => ({ block, bases: basesMentioned(lexicon, block.text) }))
      .filter(({ bases }) => bases.length === 1);
    const distinct = new Set(named.map(({ bases }) => bases[0]));
    if (distinct.size >= MIN_LISTED_BASES && distinct.size === named.length && named.length * 2 >= run.length) {
      for (const { block, bases } of named) {
        const basis = bases[0] as LegalBasis;
        if (!listed.has(basis)) listed.set(basis, { basis, sentence: clean(block.text), section: sectionPath(block) });
      }
    }
    run = [];
  };
  for (const block of blocks) {
    if (block.type === 'item' && (run.length === 0 || sectionPath(run[0] as Block) === sectionPath(block))) {
      run.push(block);
      continue;
    }
    closeRun();
    if (block.type === 'item') run.push(block);
  }
  closeRun();
  return [...listed.values()];
}

/** The reading of a segmented version. Pure; the same blocks always give the same reading. */
export function readBlocks(blocks: Block[], lexicon: Lexicon): PolicyReading {
  const aiTraining: AiTrainingStatement[] = [];
  const purposes: PurposeBasis[] = [];
  const objection: ObjectionStatement[] = [];
  const seenPurposes = new Set<string>();
  const seenTraining = new Map<string, AiTrainingStatement>();
  const seenObjection = new Set<string>();

  let scope: Scope | null = null;
  let headingLevel = 0;
  const units: Array<{ unit: Unit; scope: Scope | null }> = [];
  let current: { unit: Unit; scope: Scope | null } | null = null;
  const startUnit = (title: string | null) => {
    current = { unit: { title, blocks: [] }, scope };
    units.push(current);
  };

  for (const [index, block] of blocks.entries()) {
    if (block.type === 'heading') {
      while (scope && block.level <= scope.endsAtLevel) scope = scope.outer ?? null;
      headingLevel = block.level;
      const basis = singleBasis(lexicon, block.text);
      if (basis && wordCount(block.text) <= MAX_TITLE_WORDS) scope = { basis, endsAtLevel: block.level, outer: scope };
      else if (!scope) {
        const ahead = basisStatedBelow(blocks, index, lexicon);
        if (ahead) scope = { basis: ahead, endsAtLevel: block.level, outer: null };
      }
      startUnit(block.text);
      continue;
    }
    // A title line that states one basis is a heading written as a paragraph ("We use info based on legitimate
    // interests"): it opens a scope over the headings below it, up to the next heading of the section it sits in.
    // Inside such a section, a title line naming another basis starts that basis's section ("We use info to comply
    // with our legal obligations").
    if (isTitleLine(block) && (scope || statesBasis(lexicon, block.text))) {
      const basis = singleBasis(lexicon, block.text);
      if (basis) {
        const sibling: Scope | null = scope?.byTitle ? scope : null;
        scope = sibling
          ? { basis, endsAtLevel: sibling.endsAtLevel, outer: sibling.outer ?? null, byTitle: true }
          : { basis, endsAtLevel: headingLevel, outer: scope, byTitle: true };
        startUnit(null);
        continue;
      }
    }
    const introduced = introducedBasis(block, lexicon);
    // "Legitimate interests relied on:" inside a purpose of that scope continues the purpose; another basis opens a scope.
    if (introduced && introduced !== scope?.basis) {
      const open = current as { unit: Unit; scope: Scope | null } | null;
      scope = { basis: introduced, endsAtLevel: open?.scope?.endsAtLevel ?? headingLevel, outer: scope?.outer ?? null };
      // A short label ("Legitimate interests relied on:") inside a titled purpose says that purpose's basis, even
      // where the capture lost the paragraph that opened the section; a longer introduction opens a new section.
      if (open?.unit.title && wordCount(block.text) <= MAX_LABEL_WORDS) {
        open.scope = scope;
        open.unit.blocks.push(block);
        continue;
      }
      startUnit(null);
      (current as unknown as { unit: Unit }).unit.blocks.push(block);
      continue;
    }
    if (scope && isTitleLine(block)) {
      startUnit(clean(block.text));
      continue;
    }
    if (!current) startUnit(null);
    (current as unknown as { unit: Unit }).unit.blocks.push(block);
  }

  const addPurpose = (purpose: string | null, basis: LegalBasis | null, section: string, training: boolean) => {
    if (!purpose || !basis) return;
    const text = clean(purpose);
    if (wordCount(text) < 2) return;
    // A basis's own name ("Intérêts légitimes", "Performance of a contract") heads a section; it is no purpose.
    if (wordCount(text) <= MAX_TITLE_WORDS / 2 && basesMentioned(lexicon, text).length > 0) return;
    const key = `${basis}|${text.toLowerCase()}`;
    if (seenPurposes.has(key)) {
      if (training)
        for (const entry of purposes)
          if (`${entry.basis}|${entry.purpose.toLowerCase()}` === key) entry.aiTraining = true;
      return;
    }
    seenPurposes.add(key);
    purposes.push({ purpose: text, basis, section, aiTraining: training });
  };

  for (const { unit, scope: unitScope } of units) {
    let knownUnitData: AiDataKind[] | null = null;
    // The data a purpose names, in any of its blocks (Meta lists it under "Information categories we use").
    const unitData = () => {
      knownUnitData ??= aiDataKinds(unit.blocks.map((block) => block.text).join('\n'), lexicon);
      return knownUnitData;
    };
    const unitTrains = unit.title !== null && statesAiTraining(unit.title, lexicon);
    let unitHasTraining = unitTrains;
    for (const block of unit.blocks) {
      const isDataRow = block.type === 'row' && block.rowRole === 'data';
      if (block.type === 'row' && !isDataRow) continue;
      // A list item under a heading or an introduction that names one basis is a purpose of that basis (Pinterest's
      // "Where you have given us consent ...:" and TikTok's "Berechtigte Interessen" sections list them so).
      if (block.type === 'item' && unitScope) {
        addPurpose(itemPurpose(block, lexicon), unitScope.basis, sectionPath(block), false);
      }
      const rowBasis = isDataRow ? block.basis : null;
      // Most blocks name no AI, no basis and no right to object: one scan rules them out.
      if (!mayStateAnything(block.text, lexicon)) {
        if (isDataRow && rowBasis) addPurpose(rowPurpose(block, lexicon), rowBasis, sectionPath(block), false);
        continue;
      }
      const section = sectionPath(block);
      const rowText = isDataRow ? block.text : '';
      let rowTrains = false;
      for (const sentence of blockSentences(block, lexicon)) {
        const facts = sentenceFacts(sentence, lexicon);
        if (facts === null) continue;
        const { named, isObjection, trains } = facts;
        if (isObjection) {
          const key = clean(sentence).toLowerCase();
          if (!seenObjection.has(key)) {
            seenObjection.add(key);
            objection.push({ sentence: clean(sentence), section, ai: lexicon.ai.test(sentence) });
          }
        }
        if (!trains) {
          // Prose stating a basis for a purpose: "We process your data on the basis of consent to ...".
          if (!isDataRow && !isObjection && named.length === 1) addPurpose(sentence, named[0] ?? null, section, false);
          continue;
        }
        const own = unique([
          ...aiDataKinds(sentence, lexicon),
          ...(isDataRow ? aiDataKinds(rowText, lexicon) : aiDataKinds(block.text, lexicon)),
        ]);
        // A table row names its data in its own cells: the other rows of its table (Meta's "Messages you send and
        // receive" under another purpose) are not its data. The unit's data stands in only for a row that names none.
        const unitApplies = (unitTrains || Boolean(unit.title)) && (!isDataRow || own.length === 0);
        const data = unique([...own, ...(unitApplies ? unitData() : [])]);
        const hasData =
          data.length > 0 || namesData(sentence, lexicon) || namesData(isDataRow ? rowText : block.text, lexicon);
        if (!hasData) continue;
        const statedBasis = isObjection ? null : (named[0] ?? null);
        const basis = rowBasis ?? statedBasis ?? unitScope?.basis ?? null;
        const key = clean(sentence).toLowerCase();
        rowTrains = true;
        unitHasTraining = true;
        const known = seenTraining.get(key);
        if (known) {
          // The same purpose in two tables (Meta's rows for minors and for adults): one statement, all its data.
          known.data = AI_DATA_KINDS.filter((kind) => known.data.includes(kind) || data.includes(kind));
          known.basis ??= basis;
          continue;
        }
        const purpose = isDataRow ? rowPurpose(block, lexicon) : purposeTitle(unit.title, lexicon);
        const statement: AiTrainingStatement = {
          sentence: clean(sentence),
          section,
          data: data.length > 0 ? AI_DATA_KINDS.filter((kind) => data.includes(kind)) : ['collected-information'],
          basis,
          ...(purpose ? { purpose: clean(purpose) } : {}),
        };
        seenTraining.set(key, statement);
        aiTraining.push(statement);
      }
      if (isDataRow) addPurpose(rowPurpose(block, lexicon), rowBasis, section, rowTrains);
    }
    if (unit.title && unitScope) {
      const section = unit.blocks[0] ? sectionPath(unit.blocks[0]) : '';
      const data = unitTrains ? unitData() : [];
      addPurpose(unit.title, unitScope.basis, section, unitHasTraining);
      if (unitTrains) {
        const key = clean(unit.title).toLowerCase();
        if (!seenTraining.has(key) && data.length > 0) {
          const title = clean(unit.title);
          const statement = { sentence: title, section, data, basis: unitScope.basis, purpose: title };
          seenTraining.set(key, statement);
          aiTraining.push(statement);
        }
      }
    }
  }

  const aiBases = unique(
    aiTraining.map((statement) => statement.basis).filter((basis): basis is LegalBasis => basis !== null),
  );
  // Legitimate interests first: it is the basis a user can object to.
  aiBases.sort((a, b) => Number(b === 'legitimate-interests') - Number(a === 'legitimate-interests'));
  const basesListed = listedBases(blocks, lexicon);
  return {
    language: lexicon.language,
    trainsAi: aiTraining.length > 0,
    aiTraining,
    aiBases,
    purposes,
    objection,
    ...(basesListed.length > 0 ? { basesListed } : {}),
  };
}
