// Analysis benchmarks on the real Facebook pga versions (~200 KB each) and on worst-case inputs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearPreparedTexts } from '../src/analysis/analyze';
import { analyzePolicyChange } from '../src/analysis/index';
import type { Figure } from './run';

const RUNS = 7;
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.env.POLICY_WATCH_CORPUS ?? join(projectRoot, '..', 'shared', 'corpus'));
const seriesDir = join(corpus, 'versions', 'Facebook', 'privacy-policy.pga');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Median over several cold runs (the prepared-text cache is cleared before each, so both texts are parsed). */
function medianPairMs(oldText: string, newText: string): number {
  analyzePolicyChange(oldText, newText); // warm-up (JIT)
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    clearPreparedTexts();
    const started = performance.now();
    analyzePolicyChange(oldText, newText);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Two unrelated texts of about `size` characters, built from a seeded word list (deterministic). */
function syntheticText(size: number, seed: number): string {
  const words = ['data', 'policy', 'share', 'partner', 'information', 'account', 'service', 'use', 'we', 'you', 'may'];
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const sentence = Array.from(
      { length: 8 + Math.floor(random() * 20) },
      () => words[Math.floor(random() * words.length)],
    ).join(' ');
    const block = random() < 0.1 ? `## ${sentence}` : `${sentence}. ${sentence}.`;
    parts.push(block);
    length += block.length + 2;
  }
  return parts.join('\n\n');
}

export function run(): Figure[] {
  if (!existsSync(seriesDir)) {
    return [{ name: `corpus missing at ${seriesDir}: skipped`, value: 0, unit: '' }];
  }
  const files = readdirSync(seriesDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const read = (name: string) => readFileSync(join(seriesDir, name), 'utf8');
  const first = files.find((name) => name.startsWith('2022-07-11')) ?? files[0] ?? '';
  const last = files.find((name) => name.startsWith('2026-08-22')) ?? files[files.length - 1] ?? '';
  const figures: Figure[] = [];

  figures.push({
    name: `pair ${first.slice(0, 10)} -> ${last.slice(0, 10)} (median of ${RUNS})`,
    value: medianPairMs(read(first), read(last)),
    unit: 'ms',
    target: 50,
  });
  const may = [
    files.find((name) => name.startsWith('2025-04-23')),
    files.find((name) => name.startsWith('2025-05-28')),
  ];
  if (may[0] && may[1]) {
    figures.push({
      name: `pair 2025-04-23 -> 2025-05-28 (median of ${RUNS})`,
      value: medianPairMs(read(may[0]), read(may[1])),
      unit: 'ms',
      target: 50,
    });
  }

  const texts = files.map(read);
  clearPreparedTexts();
  const pairTimes: number[] = [];
  const started = performance.now();
  let peakHeap = process.memoryUsage().heapUsed;
  for (let i = 1; i < texts.length; i++) {
    const pairStarted = performance.now();
    analyzePolicyChange(texts[i - 1] as string, texts[i] as string);
    pairTimes.push(performance.now() - pairStarted);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const total = performance.now() - started;
  figures.push({
    name: `whole series in order (${texts.length} versions, ${texts.length - 1} pairs)`,
    value: total,
    unit: 'ms',
    target: 1000,
  });
  figures.push({ name: 'series: median pair', value: median(pairTimes), unit: 'ms', target: 50 });
  figures.push({ name: 'series: slowest pair', value: Math.max(...pairTimes), unit: 'ms' });
  figures.push({ name: 'peak heap during the series', value: Math.round(peakHeap / 1e6), unit: 'MB', target: 300 });

  // Worst cases: the budget must hold and the fallback must be coarse, never a hang.
  const unrelatedA = syntheticText(200_000, 1);
  const unrelatedB = syntheticText(200_000, 2);
  let t = performance.now();
  const unrelated = analyzePolicyChange(unrelatedA, unrelatedB, { budgetMs: 200 });
  figures.push({
    name: 'two unrelated 200 KB texts (budget 200 ms)',
    value: performance.now() - t,
    unit: 'ms',
    target: 2000,
    note: `coarse=${unrelated.stats.coarse}, ${unrelated.stats.added} added / ${unrelated.stats.removed} removed blocks`,
  });
  const huge = syntheticText(10_000_000, 3);
  const hugeEdited = huge.replace(/data policy/g, 'data rules');
  t = performance.now();
  const big = analyzePolicyChange(huge, hugeEdited, { budgetMs: 500 });
  figures.push({
    name: '10 MB text vs an edited copy (budget 500 ms)',
    value: performance.now() - t,
    unit: 'ms',
    target: 15000,
    note: `coarse=${big.stats.coarse}, ${big.stats.modified} modified blocks`,
  });
  figures.push({
    name: 'heap after the worst cases',
    value: Math.round(process.memoryUsage().heapUsed / 1e6),
    unit: 'MB',
  });
  return figures;
}
