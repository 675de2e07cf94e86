// Benchmark runner: imports every bench/*.ts file (except this one), runs its exported `run()` and prints each
// figure next to its target. Benchmarks are measurements, not tests: a missed target is reported, not fatal.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The figure must stay at or below this value. */
  target?: number;
  note?: string;
}

export type BenchModule = { run: () => Figure[] | Promise<Figure[]> };

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

export async function runBenchmarks(filter?: string): Promise<number> {
  const dir = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'run.ts' && !name.endsWith('.test.ts'))
    .filter((name) => !filter || name.includes(filter))
    .sort();
  let missed = 0;
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as Partial<BenchModule>;
    if (typeof module.run !== 'function') continue;
    console.log(`\n${file}`);
    for (const figure of await module.run()) {
      const value = `${formatValue(figure.value)} ${figure.unit}`;
      let verdict = '';
      if (figure.target !== undefined) {
        const ok = figure.value <= figure.target;
        if (!ok) missed++;
        verdict = `target <= ${formatValue(figure.target)} ${figure.unit}: ${ok ? 'ok' : 'MISSED'}`;
      }
      console.log(
        `  ${figure.name.padEnd(58)} ${value.padStart(14)}   ${verdict}${figure.note ? `  (${figure.note})` : ''}`,
      );
    }
  }
  console.log(`\n${missed === 0 ? 'all targets met' : `${missed} target(s) missed`}`);
  return missed;
}
