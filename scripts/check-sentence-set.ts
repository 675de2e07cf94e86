// Checks tests/analysis/sentence-set.json against the corpus: every sentence must occur, word for word, in the
// version file it names (after Markdown links are reduced to their text), ids and texts must be unique, labels valid,
// and the tune/holdout split must follow the platform. Prints counts per language, platform and label.
// Usage: npx tsx scripts/check-sentence-set.ts [path/to/sentence-set.json]   (corpus: $POLICY_WATCH_CORPUS)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LEGAL_BASES } from '../src/analysis/types';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.env.POLICY_WATCH_CORPUS ?? join(projectRoot, '..', 'shared', 'corpus'));
const setPath = resolve(process.argv[2] ?? join(projectRoot, 'src', 'analysis', 'testing', 'sentence-set.json'));

/** Platforms whose sentences may be used for tuning; every other platform is held out. */
const TUNE_PLATFORMS = new Set(['Facebook', 'Instagram', 'Threads', 'WhatsApp', 'Meta-AI', 'LinkedIn']);

const SentenceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+-(en|de|fr)-\d{3}$/),
  lang: z.enum(['en', 'de', 'fr']),
  platform: z.string().min(1),
  source: z.string().regex(/^versions\/[^/]+\/[^/]+\/[^/]+\.md$/),
  split: z.enum(['tune', 'holdout']),
  text: z.string().min(3),
  aiTraining: z.boolean(),
  bases: z.array(z.enum(LEGAL_BASES)),
  note: z.string().min(3),
});
const SentenceSetSchema = z.object({
  formatVersion: z.literal(1),
  about: z.string().min(20),
  sentences: z.array(SentenceSchema).min(1),
});
type Sentence = z.infer<typeof SentenceSchema>;

// [text](url) and ![alt](url) -> text; link text may hold escaped brackets (\[12\]), a URL one level of parentheses.
const MARKDOWN_LINK = /!?\[((?:\\.|[^[\]\\])*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;

/** The version text with Markdown links reduced to their text, repeated until no link is left (nested links). */
function reduceLinks(markdown: string): string {
  let text = markdown;
  for (;;) {
    const next = text.replace(MARKDOWN_LINK, '$1');
    if (next === text) return text;
    text = next;
  }
}

function fail(message: string): never {
  console.error(`check-sentence-set: ${message}`);
  process.exit(1);
}

if (!existsSync(join(corpus, 'versions'))) fail(`no corpus at ${corpus} (set POLICY_WATCH_CORPUS)`);
if (!existsSync(setPath)) fail(`no sentence set at ${setPath}`);

const parsed = SentenceSetSchema.safeParse(JSON.parse(readFileSync(setPath, 'utf8')));
if (!parsed.success) fail(`invalid sentence set:\n${z.prettifyError(parsed.error)}`);
const { sentences } = parsed.data;

const problems: string[] = [];
const reducedVersions = new Map<string, string>();
const seenIds = new Set<string>();
const seenTexts = new Map<string, string>();
for (const sentence of sentences) {
  if (seenIds.has(sentence.id)) problems.push(`${sentence.id}: duplicate id`);
  seenIds.add(sentence.id);
  const sameText = seenTexts.get(sentence.text);
  if (sameText) problems.push(`${sentence.id}: same text as ${sameText}`);
  seenTexts.set(sentence.text, sentence.id);
  if (sentence.source.split('/')[1] !== sentence.platform) {
    problems.push(`${sentence.id}: platform ${sentence.platform} but source ${sentence.source}`);
  }
  const expectedSplit = TUNE_PLATFORMS.has(sentence.platform) ? 'tune' : 'holdout';
  if (sentence.split !== expectedSplit)
    problems.push(`${sentence.id}: split ${sentence.split}, expected ${expectedSplit}`);
  if (new Set(sentence.bases).size !== sentence.bases.length) problems.push(`${sentence.id}: repeated basis`);
  const path = join(corpus, sentence.source);
  let version = reducedVersions.get(path);
  if (version === undefined) {
    if (!existsSync(path)) {
      problems.push(`${sentence.id}: source ${sentence.source} not found`);
      continue;
    }
    version = reduceLinks(readFileSync(path, 'utf8'));
    reducedVersions.set(path, version);
  }
  if (!version.includes(sentence.text)) {
    problems.push(`${sentence.id}: text not in ${sentence.source}: "${sentence.text.slice(0, 80)}…"`);
  }
}

/** Rows of `label: count` for one grouping, sorted by label. */
function countBy(label: string, key: (sentence: Sentence) => string[]): void {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const k of key(sentence)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  console.log(`\n${label}`);
  for (const [k, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${k.padEnd(40)} ${n}`);
}

console.log(`${sentences.length} sentences from ${reducedVersions.size} versions (${setPath})`);
countBy('per language', (s) => [s.lang]);
countBy('per platform', (s) => [s.platform]);
countBy('per split', (s) => [s.split]);
countBy('AI training, per language', (s) => [`${s.lang} ${s.aiTraining ? 'positive' : 'negative'}`]);
countBy('AI training positives, per platform', (s) => (s.aiTraining ? [s.platform] : []));
countBy('bases stated, per language', (s) =>
  s.bases.length ? s.bases.map((basis) => `${s.lang} ${basis}`) : [`${s.lang} (none)`],
);
countBy('bases stated, per platform', (s) => (s.bases.length ? [s.platform] : []));
countBy('AI and basis in one sentence', (s) => (s.aiTraining && s.bases.length ? [s.bases.join('+')] : []));

// The extra labelled pairs kept beside the set: both versions must exist, ids be unique, no pair repeat labels.json.
const extraLabelsPath = join(dirname(setPath), 'extra-labels.json');
if (existsSync(extraLabelsPath)) {
  const PairSchema = z.object({
    id: z.string().min(3),
    lang: z.enum(['en', 'de', 'fr']),
    old: z.string(),
    new: z.string(),
    expect: z.array(z.string()),
    forbid: z.array(z.string()),
    material: z.boolean().nullable(),
    note: z.string().min(10),
  });
  const PairsSchema = z.object({ about: z.string(), pairs: z.array(PairSchema) });
  const extra = PairsSchema.safeParse(JSON.parse(readFileSync(extraLabelsPath, 'utf8')));
  if (!extra.success) fail(`invalid ${extraLabelsPath}:\n${z.prettifyError(extra.error)}`);
  const labelsPath = join(corpus, 'labels.json');
  // Only what a repeat is recognised by: labels.json's own notes are optional.
  const LabelledSchema = z.object({ pairs: z.array(z.object({ id: z.string(), old: z.string(), new: z.string() })) });
  const labelled = existsSync(labelsPath)
    ? LabelledSchema.parse(JSON.parse(readFileSync(labelsPath, 'utf8'))).pairs
    : [];
  const labelledPairs = new Set(labelled.map((pair) => `${pair.old} ${pair.new}`));
  const pairIds = new Set(labelled.map((pair) => pair.id));
  for (const pair of extra.data.pairs) {
    if (pairIds.has(pair.id)) problems.push(`extra pair ${pair.id}: id already used`);
    pairIds.add(pair.id);
    if (labelledPairs.has(`${pair.old} ${pair.new}`)) problems.push(`extra pair ${pair.id}: already in labels.json`);
    for (const path of [pair.old, pair.new]) {
      if (!existsSync(join(corpus, path))) problems.push(`extra pair ${pair.id}: ${path} not found`);
    }
  }
  const kinds = new Map<string, number>();
  for (const pair of extra.data.pairs) {
    const kind = `${pair.lang} ${pair.expect.length ? 'positive' : 'negative'}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  console.log(
    `\n${extra.data.pairs.length} extra labelled pairs: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log('\nall sentences found in their sources');
