// Prints, per case of tests/analysis/edits-in-place.ts, what the analysis got wrong, then the figures per group
// (dev = looked at while tuning, final = held out, late = written after tuning). Usage:
// npx tsx scripts/edits-in-place.ts [--group dev|final|late]
import { CASES, caseErrors } from '../tests/analysis/edits-in-place';

const args = process.argv.slice(2);
const group = args.includes('--group') ? args[args.indexOf('--group') + 1] : null;
const totals = new Map<string, { cases: number; right: number; falseFlags: number }>();
for (const testCase of CASES) {
  const name = testCase.late ? 'late' : testCase.final ? 'final' : 'dev';
  if (group !== null && group !== name) continue;
  const errors = caseErrors(testCase);
  const total = totals.get(name) ?? { cases: 0, right: 0, falseFlags: 0 };
  total.cases++;
  if (errors.length === 0) total.right++;
  if (errors.some((error) => error.startsWith('forbidden') || error === 'material true')) total.falseFlags++;
  totals.set(name, total);
  console.log(
    `${errors.length === 0 ? 'ok  ' : 'MISS'} [${name}] ${testCase.id}${errors.length ? `\n       ${errors.join('\n       ')}` : ''}`,
  );
}
for (const [name, total] of totals)
  console.log(
    `${name}: ${total.right}/${total.cases} read as expected; cases with a false flag or false "material": ${total.falseFlags}`,
  );
