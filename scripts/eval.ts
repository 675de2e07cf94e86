// Scores the analysis on the labelled pairs of the corpus (labels.json): expected flags found, forbidden flags not
// raised, material right where the label sets it. Exits non-zero when the target is missed.
// Corpus: located by tests/corpus.ts ($POLICY_WATCH_CORPUS, else ../shared/corpus).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

const corpus = CORPUS_DIR;
const labelsPath = join(corpus, 'labels.json');
if (!existsSync(labelsPath)) {
  console.error(`eval: no labels.json in ${corpus} (set POLICY_WATCH_CORPUS)`);
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

const { pairs } = JSON.parse(readFileSync(labelsPath, 'utf8')) as { pairs: LabelledPair[] };
let expectedTotal = 0;
let expectedFound = 0;
let forbiddenRaised = 0;
let materialLabelled = 0;
let materialRight = 0;
const failures: string[] = [];

for (const pair of pairs) {
  const report = analyzePolicyChange(
    readFileSync(join(corpus, pair.old), 'utf8'),
    readFileSync(join(corpus, pair.new), 'utf8'),
  );
  const raised = raisedTokens(report);
  const missing = pair.expect.filter((token) => !isRaised(token, raised));
  const forbidden = pair.forbid.filter((token) => isRaised(token, raised));
  expectedTotal += pair.expect.length;
  expectedFound += pair.expect.length - missing.length;
  forbiddenRaised += forbidden.length;
  let materialText = 'material n/a';
  if (pair.material !== null) {
    materialLabelled++;
    const right = report.material === pair.material;
    if (right) materialRight++;
    else failures.push(`${pair.id}: material ${report.material}, expected ${pair.material}`);
    materialText = `material ${right ? 'right' : 'WRONG'} (${report.material})`;
  }
  if (missing.length > 0) failures.push(`${pair.id}: missing ${missing.join(', ')}`);
  if (forbidden.length > 0) failures.push(`${pair.id}: forbidden ${forbidden.join(', ')}`);
  const ok = missing.length === 0 && forbidden.length === 0 && !materialText.includes('WRONG');
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${pair.id.padEnd(44)} expected ${pair.expect.length - missing.length}/${pair.expect.length}` +
      `  forbidden raised ${forbidden.length}/${pair.forbid.length}  ${materialText}  ` +
      `[${[...raised].sort().join(' ')}] ${report.stats.ms.toFixed(0)} ms`,
  );
}

console.log('');
console.log(
  `total: expected flags found ${expectedFound}/${expectedTotal}, forbidden flags raised ${forbiddenRaised}, ` +
    `material right ${materialRight}/${materialLabelled}, pairs ${pairs.length}`,
);
if (failures.length > 0) {
  console.log('target missed:');
  for (const failure of failures) console.log(`  ${failure}`);
  process.exit(1);
}
console.log('target met');
