// The analysis as users meet it from the command line and in a fresh worker: a new process each time (cold), next
// to `git diff --word-diff` on the same files. Needs the built CLI (npm run build:cli).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resetAnalysisCaches } from '../src/analysis/analyze';
import { analyzePolicyChange } from '../src/analysis/index';
import { CORPUS_DIR } from '../tests/corpus';
import type { Figure } from './run';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pga = join(CORPUS_DIR, 'versions/Facebook/privacy-policy.pga');
const far = [join(pga, '2024-05-21T18-30-35Z.md'), join(pga, '2025-12-17T00-30-45Z.md')] as const;
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timed(command: string, args: string[]): number {
  const started = performance.now();
  spawnSync(command, args, { cwd: root, stdio: 'ignore' });
  return performance.now() - started;
}

export function run(): Figure[] {
  const cli = join(root, 'bin/policy-watch.mjs');
  if (!existsSync(far[0]) || !existsSync(join(root, 'dist/cli.mjs'))) {
    return [{ name: 'CLI bench skipped: corpus or dist/cli.mjs (npm run build:cli) missing', value: 0, unit: '' }];
  }
  const figures: Figure[] = [];
  figures.push({
    name: 'CLI: analyze two identical files (new process, median)',
    value: median(Array.from({ length: RUNS }, () => timed(process.execPath, [cli, 'analyze', far[1], far[1]]))),
    unit: 'ms',
    target: 200,
  });
  const coldProcess = median(
    Array.from({ length: RUNS }, () => timed(process.execPath, [cli, 'analyze', far[0], far[1], '--json'])),
  );
  const node = median(Array.from({ length: RUNS }, () => timed(process.execPath, ['-e', '0'])));
  figures.push({
    name: 'far Facebook pair 2024-05-21 -> 2025-12-17: cold, a new process (less bare node start-up)',
    value: Math.round(coldProcess - node),
    unit: 'ms',
    target: 100,
    note: `whole process ${Math.round(coldProcess)} ms, node alone ${Math.round(node)} ms`,
  });
  const oldText = readFileSync(far[0], 'utf8');
  const newText = readFileSync(far[1], 'utf8');
  analyzePolicyChange(oldText, newText);
  const warm = Array.from({ length: RUNS }, () => {
    resetAnalysisCaches();
    const started = performance.now();
    analyzePolicyChange(oldText, newText);
    return performance.now() - started;
  });
  figures.push({
    name: 'far Facebook pair: warm, in-process (caches reset)',
    value: median(warm),
    unit: 'ms',
    target: 30,
  });
  // The same pair again with both texts already prepared and read (a history page comparing what it just showed).
  const repeated = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    analyzePolicyChange(oldText, newText);
    return performance.now() - started;
  });
  figures.push({
    name: 'far Facebook pair: warm, repeated (texts prepared)',
    value: median(repeated),
    unit: 'ms',
    target: 30,
  });
  figures.push({
    name: 'git diff --no-index --word-diff on the far pair (whole process, for comparison)',
    value: median(
      Array.from({ length: RUNS }, () => timed('git', ['diff', '--no-index', '--word-diff', far[0], far[1]])),
    ),
    unit: 'ms',
  });
  return figures;
}
