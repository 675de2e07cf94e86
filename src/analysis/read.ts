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

/** A heading or title line short enough to label a section's basis, and saying something relies on one. */
function isBasisLabel(block: Block, lexicon: Lexicon): boolean {
  const label = block.type === 'heading' || isTitleLine(block);
  return label && wordCount(block.text) <= MAX_LABEL_WORDS && statesBasis(lexicon, block.text);
}

/**
 * The basis a section states after listing its purposes: "To show you content ..., we:" then the list, then a
 * "Legitimate interests relied on" heading or label (Pinterest). The first heading or title line below the section's
 * heading, up to the next heading of its level, that names one basis and says something relies on it. One finder per
 * version: each block is judged as a label at most once, and blocks known not to be labels are skipped (a text of
 * headings only is not scanned again below each one).
 */
function basisBelowFinder(blocks: Block[], lexicon: Lexicon): (headingIndex: number) => LegalBasis | null {
  /** nextHeading[level][i]: the first heading at or after i of this level or a higher one (smaller number). */
  const nextHeading = Array.from({ length: 7 }, () => new Int32Array(blocks.length + 1).fill(blocks.length));
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index] as Block;
    for (let level = 1; level <= 6; level++) {
      const row = nextHeading[level] as Int32Array;
      row[index] = block.type === 'heading' && block.level <= level ? index : (row[index + 1] as number);
    }
  }
  // skip[i]: the first block at or after i not yet known to be no label (path-compressed as it is followed).
  const skip = Int32Array.from({ length: blocks.length + 1 }, (_, index) => index);
  const next = (index: number): number => {
    let root = index;
    while (skip[root] !== root) root = skip[root] as number;
    for (let at = index; at !== root; ) {
      const following = skip[at] as number;
      skip[at] = root;
      at = following;
    }
    return root;
  };
  return (headingIndex) => {
    const heading = blocks[headingIndex];
    if (heading?.type !== 'heading') return null;
    const end = (nextHeading[Math.min(6, Math.max(1, heading.level))] as Int32Array)[headingIndex + 1] as number;
    for (let index = next(headingIndex + 1); index < end; index = next(index)) {
      const block = blocks[index] as Block;
      if (isBasisLabel(block, lexicon)) return singleBasis(lexicon, block.text);
      skip[index] = index + 1;
    }
    return null;
  };
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

interface ScopedUnit {
  unit: Unit;
  scope: Scope | null;
}

/** Where the reading of the blocks stands: the scope open, the heading level, and the units so far. */
interface UnitWalk {
  scope: Scope | null;
  headingLevel: number;
  units: ScopedUnit[];
  current: ScopedUnit | null;
}

function startUnit(walk: UnitWalk, title: string | null): ScopedUnit {
  const unit: ScopedUnit = { unit: { title, blocks: [] }, scope: walk.scope };
  walk.units.push(unit);
  walk.current = unit;
  return unit;
}

/** A heading closes the scopes it ends and may open one: by naming one basis, or by a label below it naming one. */
function enterHeading(walk: UnitWalk, block: Block, basisBelow: () => LegalBasis | null, lexicon: Lexicon): void {
  while (walk.scope && block.level <= walk.scope.endsAtLevel) walk.scope = walk.scope.outer ?? null;
  walk.headingLevel = block.level;
  const basis = singleBasis(lexicon, block.text);
  if (basis && wordCount(block.text) <= MAX_TITLE_WORDS) {
    walk.scope = { basis, endsAtLevel: block.level, outer: walk.scope };
  } else if (!walk.scope) {
    const ahead = basisBelow();
    if (ahead) walk.scope = { basis: ahead, endsAtLevel: block.level, outer: null };
  }
  startUnit(walk, block.text);
}

/**
 * A title line that states one basis is a heading written as a paragraph ("We use info based on legitimate
 * interests"): it opens a scope over the headings below it, up to the next heading of the section it sits in. Inside
 * such a section, a title line naming another basis starts that basis's section ("We use info to comply with our
 * legal obligations"). True when the block was such a title line.
 */
function enterBasisTitle(walk: UnitWalk, block: Block, lexicon: Lexicon): boolean {
  if (!isTitleLine(block) || !(walk.scope || statesBasis(lexicon, block.text))) return false;
  const basis = singleBasis(lexicon, block.text);
  if (!basis) return false;
  const sibling: Scope | null = walk.scope?.byTitle ? walk.scope : null;
  walk.scope = sibling
    ? { basis, endsAtLevel: sibling.endsAtLevel, outer: sibling.outer ?? null, byTitle: true }
    : { basis, endsAtLevel: walk.headingLevel, outer: walk.scope, byTitle: true };
  startUnit(walk, null);
  return true;
}

/**
 * "Legitimate interests relied on:" inside a purpose of that scope continues the purpose; another basis opens a
 * scope. True when the block was such an introduction.
 */
function enterIntroduction(walk: UnitWalk, block: Block, lexicon: Lexicon): boolean {
  const introduced = introducedBasis(block, lexicon);
  if (!introduced || introduced === walk.scope?.basis) return false;
  const open = walk.current;
  walk.scope = {
    basis: introduced,
    endsAtLevel: open?.scope?.endsAtLevel ?? walk.headingLevel,
    outer: walk.scope?.outer ?? null,
  };
  // A short label ("Legitimate interests relied on:") inside a titled purpose says that purpose's basis, even where
  // the capture lost the paragraph that opened the section; a longer introduction opens a new section.
  if (open?.unit.title && wordCount(block.text) <= MAX_LABEL_WORDS) {
    open.scope = walk.scope;
    open.unit.blocks.push(block);
    return true;
  }
  startUnit(walk, null).unit.blocks.push(block);
  return true;
}

/** The blocks grouped into units (a purpose title and what describes it), each with the basis scope it sits in. */
function collectUnits(blocks: Block[], lexicon: Lexicon): ScopedUnit[] {
  const walk: UnitWalk = { scope: null, headingLevel: 0, units: [], current: null };
  let findBasisBelow: ((headingIndex: number) => LegalBasis | null) | null = null;
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'heading') {
      const basisBelow = () => {
        findBasisBelow ??= basisBelowFinder(blocks, lexicon);
        return findBasisBelow(index);
      };
      enterHeading(walk, block, basisBelow, lexicon);
      continue;
    }
    if (enterBasisTitle(walk, block, lexicon)) continue;
    if (enterIntroduction(walk, block, lexicon)) continue;
    if (walk.scope && isTitleLine(block)) {
      startUnit(walk, clean(block.text));
      continue;
    }
    (walk.current ?? startUnit(walk, null)).unit.blocks.push(block);
  }
  return walk.units;
}

/** The purposes read so far, one per basis and wording, found again by that key (not by a scan of the list). */
class PurposeList {
  readonly purposes: PurposeBasis[] = [];
  private readonly byKey = new Map<string, PurposeBasis>();

  constructor(private readonly lexicon: Lexicon) {}

  add(purpose: string | null, basis: LegalBasis | null, section: string, training: boolean): void {
    if (!purpose || !basis) return;
    const text = clean(purpose);
    if (wordCount(text) < 2) return;
    // A basis's own name ("Intérêts légitimes", "Performance of a contract") heads a section; it is no purpose.
    if (wordCount(text) <= MAX_TITLE_WORDS / 2 && basesMentioned(this.lexicon, text).length > 0) return;
    const key = `${basis}|${text.toLowerCase()}`;
    const known = this.byKey.get(key);
    if (known) {
      if (training) known.aiTraining = true;
      return;
    }
    const entry: PurposeBasis = { purpose: text, basis, section, aiTraining: training };
    this.byKey.set(key, entry);
    this.purposes.push(entry);
  }
}

/** The training statements read so far, one per sentence (lower case), merged when a sentence recurs. */
interface TrainingList {
  statements: AiTrainingStatement[];
  byKey: Map<string, AiTrainingStatement>;
}

interface ReadingSoFar {
  purposes: PurposeList;
  training: TrainingList;
  objection: ObjectionStatement[];
  seenObjection: Set<string>;
}

/** What a unit knows about itself, read once: its data, whether its title trains, and whether any block does. */
interface UnitContext {
  unit: Unit;
  scope: Scope | null;
  titleTrains: boolean;
  data: () => AiDataKind[];
  hasTraining: boolean;
}

/** What a block knows about itself, read once however many of its sentences ask (one pass per paragraph). */
interface BlockContext {
  block: Block;
  isDataRow: boolean;
  rowBasis: LegalBasis | null;
  section: string;
  /** The data the block names (its cells for a row), and whether it names any: computed on first use. */
  data: () => AiDataKind[];
  namesData: () => boolean;
}

function blockContext(block: Block, lexicon: Lexicon): BlockContext {
  const isDataRow = block.type === 'row' && block.rowRole === 'data';
  let data: AiDataKind[] | null = null;
  let names: boolean | null = null;
  return {
    block,
    isDataRow,
    rowBasis: isDataRow ? block.basis : null,
    section: sectionPath(block),
    data: () => {
      data ??= aiDataKinds(block.text, lexicon);
      return data;
    },
    namesData: () => {
      names ??= namesData(block.text, lexicon);
      return names;
    },
  };
}

function readObjection(sentence: string, context: BlockContext, so: ReadingSoFar, lexicon: Lexicon): void {
  const key = clean(sentence).toLowerCase();
  if (so.seenObjection.has(key)) return;
  so.seenObjection.add(key);
  so.objection.push({ sentence: clean(sentence), section: context.section, ai: lexicon.ai.test(sentence) });
}

/** A training sentence of a block: a new statement, or more data and a basis for one read before. */
function readTraining(
  sentence: string,
  facts: SentenceFacts,
  context: BlockContext,
  unit: UnitContext,
  so: ReadingSoFar,
  lexicon: Lexicon,
): boolean {
  const { block, isDataRow, rowBasis } = context;
  const own = unique([...aiDataKinds(sentence, lexicon), ...context.data()]);
  // A table row names its data in its own cells: the other rows of its table (Meta's "Messages you send and receive"
  // under another purpose) are not its data. The unit's data stands in only for a row that names none.
  const unitApplies = (unit.titleTrains || Boolean(unit.unit.title)) && (!isDataRow || own.length === 0);
  const data = unique([...own, ...(unitApplies ? unit.data() : [])]);
  const hasData = data.length > 0 || namesData(sentence, lexicon) || context.namesData();
  if (!hasData) return false;
  const statedBasis = facts.isObjection ? null : (facts.named[0] ?? null);
  const basis = rowBasis ?? statedBasis ?? unit.scope?.basis ?? null;
  const key = clean(sentence).toLowerCase();
  const known = so.training.byKey.get(key);
  if (known) {
    // The same purpose in two tables (Meta's rows for minors and for adults): one statement, all its data.
    known.data = AI_DATA_KINDS.filter((kind) => known.data.includes(kind) || data.includes(kind));
    known.basis ??= basis;
    return true;
  }
  const purpose = isDataRow ? rowPurpose(block, lexicon) : purposeTitle(unit.unit.title, lexicon);
  const statement: AiTrainingStatement = {
    sentence: clean(sentence),
    section: context.section,
    data: data.length > 0 ? AI_DATA_KINDS.filter((kind) => data.includes(kind)) : ['collected-information'],
    basis,
    ...(purpose ? { purpose: clean(purpose) } : {}),
  };
  so.training.byKey.set(key, statement);
  so.training.statements.push(statement);
  return true;
}

/** The sentences of one block that state something. True when one of them states AI training on data. */
function readBlockSentences(context: BlockContext, unit: UnitContext, so: ReadingSoFar, lexicon: Lexicon): boolean {
  let trains = false;
  for (const sentence of blockSentences(context.block, lexicon)) {
    const facts = sentenceFacts(sentence, lexicon);
    if (facts === null) continue;
    if (facts.isObjection) readObjection(sentence, context, so, lexicon);
    if (!facts.trains) {
      // Prose stating a basis for a purpose: "We process your data on the basis of consent to ...".
      if (!context.isDataRow && !facts.isObjection && facts.named.length === 1)
        so.purposes.add(sentence, facts.named[0] ?? null, context.section, false);
      continue;
    }
    if (readTraining(sentence, facts, context, unit, so, lexicon)) trains = true;
  }
  return trains;
}

function readUnitBlock(block: Block, unit: UnitContext, so: ReadingSoFar, lexicon: Lexicon): void {
  const isDataRow = block.type === 'row' && block.rowRole === 'data';
  if (block.type === 'row' && !isDataRow) return;
  // A list item under a heading or an introduction that names one basis is a purpose of that basis (Pinterest's
  // "Where you have given us consent ...:" and TikTok's "Berechtigte Interessen" sections list them so).
  if (block.type === 'item' && unit.scope) {
    so.purposes.add(itemPurpose(block, lexicon), unit.scope.basis, sectionPath(block), false);
  }
  // Most blocks name no AI, no basis and no right to object: one scan rules them out.
  if (!mayStateAnything(block.text, lexicon)) {
    if (isDataRow && block.basis) so.purposes.add(rowPurpose(block, lexicon), block.basis, sectionPath(block), false);
    return;
  }
  const context = blockContext(block, lexicon);
  const rowTrains = readBlockSentences(context, unit, so, lexicon);
  if (rowTrains) unit.hasTraining = true;
  if (isDataRow) so.purposes.add(rowPurpose(block, lexicon), context.rowBasis, context.section, rowTrains);
}

/** A titled unit in a scope is a purpose of that basis; a title that states training is a statement of its own. */
function readUnitTitle(unit: UnitContext, so: ReadingSoFar): void {
  const { title, blocks } = unit.unit;
  if (!title || !unit.scope) return;
  const section = blocks[0] ? sectionPath(blocks[0]) : '';
  const data = unit.titleTrains ? unit.data() : [];
  so.purposes.add(title, unit.scope.basis, section, unit.hasTraining);
  if (!unit.titleTrains) return;
  const key = clean(title).toLowerCase();
  if (so.training.byKey.has(key) || data.length === 0) return;
  const text = clean(title);
  const statement = { sentence: text, section, data, basis: unit.scope.basis, purpose: text };
  so.training.byKey.set(key, statement);
  so.training.statements.push(statement);
}

function readUnit({ unit, scope }: ScopedUnit, so: ReadingSoFar, lexicon: Lexicon): void {
  let knownData: AiDataKind[] | null = null;
  const titleTrains = unit.title !== null && statesAiTraining(unit.title, lexicon);
  const context: UnitContext = {
    unit,
    scope,
    titleTrains,
    // The data a purpose names, in any of its blocks (Meta lists it under "Information categories we use").
    data: () => {
      knownData ??= aiDataKinds(unit.blocks.map((block) => block.text).join('\n'), lexicon);
      return knownData;
    },
    hasTraining: titleTrains,
  };
  for (const block of unit.blocks) readUnitBlock(block, context, so, lexicon);
  readUnitTitle(context, so);
}

/** The reading of a segmented version. Pure; the same blocks always give the same reading. */
export function readBlocks(blocks: Block[], lexicon: Lexicon): PolicyReading {
  const so: ReadingSoFar = {
    purposes: new PurposeList(lexicon),
    training: { statements: [], byKey: new Map() },
    objection: [],
    seenObjection: new Set(),
  };
  for (const unit of collectUnits(blocks, lexicon)) readUnit(unit, so, lexicon);
  const aiTraining = so.training.statements;
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
    purposes: so.purposes.purposes,
    objection: so.objection,
    ...(basesListed.length > 0 ? { basesListed } : {}),
  };
}
