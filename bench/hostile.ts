// Hostile and oversized inputs (issue 17): each case of tests/hostile-inputs.ts at about 1 MB, normalised and then
// analysed against its edited copy through the worker's own entry point, from cold caches. The language is forced to
// English so that every step runs (a detected language would stop some texts before the reading). Budget: 4 s per MB,
// or refused with a clear message. `npm run bench hostile` runs this file alone; HOSTILE_SIZE=N changes the size.
import { resetAnalysisCaches } from '../src/analysis/analyze';
import { analyzePolicyChange, normalizePolicyText } from '../src/analysis/index';
import { HOSTILE_CASES } from '../tests/hostile-inputs';
import type { Figure } from './run';

const SIZE = Number(process.env.HOSTILE_SIZE ?? 1_000_000);
const SECONDS_PER_MB = 4;

type Outcome = 'report' | 'coarse' | 'not analysed' | `refused: ${string}`;

interface CaseResult {
  ms: number;
  cpuMs: number;
  mb: number;
  outcome: Outcome;
}

function runCase(make: (size: number) => { old: string; new: string }): CaseResult {
  const input = make(SIZE);
  resetAnalysisCaches();
  const cpu = process.cpuUsage();
  const started = performance.now();
  let outcome: Outcome;
  try {
    normalizePolicyText(input.new);
    const report = analyzePolicyChange(input.old, input.new, { language: 'en' });
    outcome =
      report.notAnalysed || report.capture !== 'ok' ? 'not analysed' : report.stats.coarse ? 'coarse' : 'report';
  } catch (error) {
    outcome = `refused: ${error instanceof Error ? error.message : String(error)}`;
  }
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    mb: input.new.length / 1e6,
    outcome,
  };
}

export function run(): Figure[] {
  const figures: Figure[] = [];
  const rows: string[] = [];
  for (const hostile of HOSTILE_CASES) {
    const { ms, cpuMs, mb, outcome } = runCase(hostile.make);
    // CPU time: the machine is shared, and wall time under load says more about the neighbours than about the code.
    const perMb = cpuMs / 1000 / mb;
    figures.push({
      name: `hostile: ${hostile.name}`,
      value: Math.round(perMb * 100) / 100,
      unit: 's/MB',
      target: SECONDS_PER_MB,
      note: `${mb.toFixed(2)} MB, CPU ${Math.round(cpuMs)} ms, wall ${Math.round(ms)} ms, ${outcome}`,
    });
    const row = `| ${hostile.name} | ${mb.toFixed(2)} MB | ${(cpuMs / 1000).toFixed(2)} s (wall ${(ms / 1000).toFixed(2)} s) | ${perMb.toFixed(2)} | ${outcome} | ≤ ${SECONDS_PER_MB} s/MB |`;
    if (process.env.HOSTILE_PROGRESS) console.log(row);
    rows.push(row);
  }
  console.log('\n| input | size | CPU time | s/MB (CPU) | outcome | target |\n|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
  return figures;
}
