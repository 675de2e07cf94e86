// Scores the analysis on labelled version pairs: the corpus's labels.json (the development set) and the project's own
// held-out pairs (tests/analysis/extra-labels.json: other platforms, German, far pairs). Per pair and in total:
// expected flags found, forbidden flags raised, `material` right, whether the headline (first flag) is one of the
// expected flags, flags per pair and flag kinds nobody expected; then the same per platform and per language.
// Exits non-zero when labels.json's target is missed. Corpus: located by tests/corpus.ts.
// Usage: npm run eval [-- --only labels|extra] [--quiet]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePolicyChange } from '../src/analysis/index';
import type { AnalysisReport } from '../src/analysis/types';
import { CORPUS_DIR } from '../tests/corpus';

interface LabelledPair {
  id: string;
  lang: string;
  old: string;
  new: string;
  expect: string[];
  forbid: string[];
  material: boolean | null;
  note?: string;
}

interface Score {
  pairs: number;
  expected: number;
  found: number;
  forbidden: number;
  materialLabelled: number;
  materialRight: number;
  positives: number;
  headlineRight: number;
  flags: number;
  unexpectedKinds: number;
  failed: number;
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const quiet = args.includes('--quiet');

const sets: Array<{ name: string; file: string; gate: boolean }> = [
  { name: 'labels', file: join(CORPUS_DIR, 'labels.json'), gate: true },
  { name: 'extra', file: join(projectRoot, 'tests/analysis/extra-labels.json'), gate: false },
].filter((set) => only === null || set.name === only);

if (!existsSync(join(CORPUS_DIR, 'labels.json'))) {
  console.error(`eval: no labels.json in ${CORPUS_DIR} (set POLICY_WATCH_CORPUS)`);
  process.exit(2);
}

/** Tokens a report raises: "ai-training", "legal-basis:legitimate-interests", ... */
function raisedTokens(report: AnalysisReport): Set<string> {
  const tokens = new Set<string>();
  for (const flag of report.flags) {
    tokens.add(flag.kind);
    if (flag.basis) tokens.add(`${flag.kind}:${flag.basis}`);
  }
  return tokens;
}

function isRaised(token: string, raised: Set<string>): boolean {
  if (token.endsWith(':*')) {
    const kind = token.slice(0, -2);
    return [...raised].some((entry) => entry === kind || entry.startsWith(`${kind}:`));
  }
  return raised.has(token);
}

function emptyScore(): Score {
  return {
    pairs: 0,
    expected: 0,
    found: 0,
    forbidden: 0,
    materialLabelled: 0,
    materialRight: 0,
    positives: 0,
    headlineRight: 0,
    flags: 0,
    unexpectedKinds: 0,
    failed: 0,
  };
}

function add(into: Score, from: Score): void {
  for (const key of Object.keys(into) as Array<keyof Score>) into[key] += from[key];
}

/** The platform of a pair: the service folder of its new version. */
function platformOf(pair: LabelledPair): string {
  return pair.new.split('/')[1] ?? 'unknown';
}

function row(label: string, score: Score): string {
  const pct = (a: number, b: number) => (b === 0 ? '   -' : `${Math.round((100 * a) / b)}%`.padStart(4));
  return [
    label.padEnd(16),
    `pairs ${String(score.pairs).padStart(3)}`,
    `expected ${score.found}/${score.expected} ${pct(score.found, score.expected)}`,
    `forbidden ${score.forbidden}`,
    `material ${score.materialRight}/${score.materialLabelled}`,
    `headline ${score.headlineRight}/${score.positives}`,
    `flags/pair ${(score.flags / Math.max(1, score.pairs)).toFixed(1)}`,
    `unexpected kinds ${score.unexpectedKinds}`,
    `failed ${score.failed}`,
  ].join('  ');
}

let gateFailures = 0;
for (const set of sets) {
  if (!existsSync(set.file)) {
    console.error(`eval: ${set.file} not found`);
    process.exit(2);
  }
  const { pairs } = JSON.parse(readFileSync(set.file, 'utf8')) as { pairs: LabelledPair[] };
  const total = emptyScore();
  const byPlatform = new Map<string, Score>();
  const byLanguage = new Map<string, Score>();
  const failures: string[] = [];
  console.log(`\n== ${set.name}: ${set.file}`);
  for (const pair of pairs) {
    const report = analyzePolicyChange(
      readFileSync(join(CORPUS_DIR, pair.old), 'utf8'),
      readFileSync(join(CORPUS_DIR, pair.new), 'utf8'),
    );
    const raised = raisedTokens(report);
    const missing = pair.expect.filter((token) => !isRaised(token, raised));
    const forbidden = pair.forbid.filter((token) => isRaised(token, raised));
    const score = emptyScore();
    score.pairs = 1;
    score.expected = pair.expect.length;
    score.found = pair.expect.length - missing.length;
    score.forbidden = forbidden.length;
    score.flags = report.flags.length;
    // Kinds raised that the label neither expects nor forbids, among the two kinds labels speak about.
    const labelled = [...pair.expect, ...pair.forbid].map((token) => token.split(':')[0]);
    score.unexpectedKinds = [...new Set(report.flags.map((flag) => flag.kind))].filter(
      (kind) => (kind === 'ai-training' || kind === 'legal-basis') && !labelled.includes(kind),
    ).length;
    let materialText = 'material n/a';
    if (pair.material !== null) {
      score.materialLabelled = 1;
      const right = report.material === pair.material;
      if (right) score.materialRight = 1;
      else failures.push(`${pair.id}: material ${report.material}, expected ${pair.material}`);
      materialText = `material ${right ? 'right' : 'WRONG'} (${report.material})`;
    }
    let headlineText = '';
    if (pair.expect.length > 0) {
      score.positives = 1;
      const head = report.flags[0];
      const headTokens = head ? raisedTokens({ ...report, flags: [head] }) : new Set<string>();
      const right = pair.expect.some((token) => isRaised(token, headTokens));
      if (right) score.headlineRight = 1;
      else failures.push(`${pair.id}: headline ${head ? `${head.kind}${head.basis ? `:${head.basis}` : ''}` : 'none'}`);
      headlineText = `headline ${right ? 'right' : 'WRONG'}`;
    }
    if (missing.length > 0) failures.push(`${pair.id}: missing ${missing.join(', ')}`);
    if (forbidden.length > 0) failures.push(`${pair.id}: forbidden ${forbidden.join(', ')}`);
    const ok =
      missing.length === 0 &&
      forbidden.length === 0 &&
      !materialText.includes('WRONG') &&
      !headlineText.includes('WRONG');
    if (!ok) score.failed = 1;
    add(total, score);
    for (const [map, key] of [
      [byPlatform, platformOf(pair)],
      [byLanguage, pair.lang],
    ] as const) {
      const entry = map.get(key) ?? emptyScore();
      add(entry, score);
      map.set(key, entry);
    }
    if (!quiet || !ok) {
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} ${pair.id.padEnd(46)} expected ${score.found}/${score.expected}` +
          `  forbidden ${forbidden.length}/${pair.forbid.length}  ${materialText}  ${headlineText}  flags ${report.flags.length}` +
          `  [${[...raised].sort().join(' ')}] ${report.stats.ms.toFixed(0)} ms`,
      );
    }
  }
  console.log('\nper platform');
  for (const [platform, score] of [...byPlatform].sort()) console.log(`  ${row(platform, score)}`);
  console.log('per language');
  for (const [language, score] of [...byLanguage].sort()) console.log(`  ${row(language, score)}`);
  console.log(`total (${set.name})\n  ${row('all', total)}`);
  if (failures.length > 0) {
    console.log('target missed:');
    for (const failure of failures) console.log(`  ${failure}`);
    if (set.gate) gateFailures += failures.length;
  } else {
    console.log('target met');
  }
}
process.exit(gateFailures > 0 ? 1 : 0);
