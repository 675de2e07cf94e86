// Analysis benchmarks on the real Facebook pga versions (~200 KB each) and on worst-case inputs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_WORK_BUDGET, resetAnalysisCaches } from '../src/analysis/analyze';
import { analyzePolicyChange } from '../src/analysis/index';
import { CORPUS_DIR } from '../tests/corpus';
import type { Figure } from './run';

const RUNS = 9;
const WARM_UP_RUNS = 3;
const corpus = CORPUS_DIR;
const seriesDir = join(corpus, 'versions', 'Facebook', 'privacy-policy.pga');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Median wall-clock and CPU time over several cold runs (caches and memos cleared before each). */
function medianPair(oldText: string, newText: string): { wall: number; cpu: number } {
  for (let run = 0; run < WARM_UP_RUNS; run++) analyzePolicyChange(oldText, newText); // JIT warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    resetAnalysisCaches();
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    analyzePolicyChange(oldText, newText);
    wall.push(performance.now() - started);
    cpu.push(process.cpuUsage(cpuStarted).user / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** About `size` characters of policies from other services: unrelated to Meta's text, but real prose. */
function unrelatedPolicyText(size: number): string {
  const others = [
    'TikTok/privacy-policy.pga',
    'X/privacy-policy.pga',
    'LinkedIn/privacy-policy.pga',
    'Snapchat/privacy-policy.pga',
    'Reddit/privacy-policy.pga',
    'Pinterest/privacy-policy.pga',
    'YouTube/privacy-policy.pga',
  ];
  const parts: string[] = [];
  let length = 0;
  for (const other of others) {
    const dir = join(corpus, 'versions', other);
    if (!existsSync(dir)) continue;
    const newest = readdirSync(dir).sort().pop();
    if (!newest) continue;
    const text = readFileSync(join(dir, newest), 'utf8');
    parts.push(text);
    length += text.length;
    if (length >= size) break;
  }
  return parts.join('\n\n').slice(0, size);
}

/** A large synthetic policy: sections of varied sentences from a policy vocabulary (deterministic). */
function syntheticPolicy(size: number, seed: number): string {
  const words =
    'data policy share partner information account service use we you may collect process provide improve keep delete transfer country law object consent interest product feature content post comment message device location cookie advertiser'.split(
      ' ',
    );
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const sentence = () =>
    Array.from({ length: 8 + Math.floor(random() * 20) }, () => words[Math.floor(random() * words.length)]).join(' ');
  const parts: string[] = [];
  let length = 0;
  for (let section = 1; length < size; section++) {
    const block = random() < 0.1 ? `## Section ${section}: ${sentence()}` : `${sentence()}. ${sentence()} ${section}.`;
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

  const distant = medianPair(read(first), read(last));
  figures.push({
    name: `pair ${first.slice(0, 10)} -> ${last.slice(0, 10)} (median of ${RUNS}, cold)`,
    value: distant.wall,
    unit: 'ms',
    target: 50,
    note: `CPU ${distant.cpu.toFixed(1)} ms`,
  });
  const may = [
    files.find((name) => name.startsWith('2025-04-23')),
    files.find((name) => name.startsWith('2025-05-28')),
  ];
  if (may[0] && may[1]) {
    const mayPair = medianPair(read(may[0]), read(may[1]));
    figures.push({
      name: `pair 2025-04-23 -> 2025-05-28 (median of ${RUNS}, cold)`,
      value: mayPair.wall,
      unit: 'ms',
      target: 50,
      note: `CPU ${mayPair.cpu.toFixed(1)} ms`,
    });
  }

  const texts = files.map(read);
  resetAnalysisCaches();
  const pairTimes: number[] = [];
  const seriesCpu = process.cpuUsage();
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
    note: `CPU ${(process.cpuUsage(seriesCpu).user / 1000).toFixed(0)} ms; memos start empty`,
  });
  figures.push({ name: 'series: median pair', value: median(pairTimes), unit: 'ms', target: 50 });
  figures.push({ name: 'series: slowest pair', value: Math.max(...pairTimes), unit: 'ms' });
  figures.push({ name: 'peak heap during the series', value: Math.round(peakHeap / 1e6), unit: 'MB', target: 300 });

  // Worst cases: the budget must hold and the fallback must be coarse, never a hang.
  const meta = read(last);
  const unrelated = unrelatedPolicyText(meta.length);
  for (const budget of [DEFAULT_WORK_BUDGET, 50_000]) {
    resetAnalysisCaches();
    const started = performance.now();
    const report = analyzePolicyChange(meta, unrelated, { budget });
    figures.push({
      name: `two unrelated ~${Math.round(meta.length / 1000)} KB policies (budget ${budget} work units)`,
      value: performance.now() - started,
      unit: 'ms',
      target: 2000,
      note: `${report.language}${report.languageBefore ? ` (was ${report.languageBefore})` : ''}, coarse=${report.stats.coarse}, ${report.stats.added} added / ${report.stats.removed} removed / ${report.stats.modified} modified`,
    });
  }
  const huge = syntheticPolicy(10_000_000, 3);
  const hugeEdited = huge.replace(/ data policy /g, ' data rules ');
  resetAnalysisCaches();
  const hugeStarted = performance.now();
  const big = analyzePolicyChange(huge, hugeEdited, { budget: 500_000 });
  figures.push({
    name: `${(huge.length / 1e6).toFixed(0)} MB text vs an edited copy (budget 500,000 work units)`,
    value: performance.now() - hugeStarted,
    unit: 'ms',
    target: 15000,
    note: `coarse=${big.stats.coarse}, ${big.stats.blocksAfter} blocks, ${big.stats.modified} modified`,
  });
  figures.push({ name: 'load average (1 min) during the bench', value: loadavg()[0] ?? 0, unit: '' });
  figures.push({
    name: 'heap after the worst cases',
    value: Math.round(process.memoryUsage().heapUsed / 1e6),
    unit: 'MB',
  });
  return figures;
}
