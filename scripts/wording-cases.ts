// Prints, per case of tests/analysis/wording-cases.ts, what the analysis got wrong, then the figures per group, per
// service and per language. Usage: npx tsx scripts/wording-cases.ts [--group dev|aside|late] [--quiet]
import { WORDING_CASES, type WordingCase, wordingErrors } from '../tests/analysis/wording-cases';

const args = process.argv.slice(2);
const groupArgument = args.indexOf('--group');
const onlyGroup = groupArgument >= 0 ? args[groupArgument + 1] : null;
const quiet = args.includes('--quiet');

type Tally = Map<string, { passed: number; total: number }>;

function count(tally: Tally, key: string, passed: boolean): void {
  const entry = tally.get(key) ?? { passed: 0, total: 0 };
  entry.total++;
  if (passed) entry.passed++;
  tally.set(key, entry);
}

function print(title: string, tally: Tally): void {
  console.log(title);
  for (const [key, { passed, total }] of [...tally].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`  ${key.padEnd(24)} ${passed}/${total}`);
}

const cases: WordingCase[] = WORDING_CASES.filter((entry) => !onlyGroup || entry.group === onlyGroup);
const byGroup: Tally = new Map();
const byService: Tally = new Map();
const byLanguage: Tally = new Map();
for (const testCase of cases) {
  const errors = wordingErrors(testCase);
  const passed = errors.length === 0;
  if (!quiet || !passed)
    console.log(
      `${passed ? 'ok  ' : 'FAIL'} [${testCase.group}] ${testCase.id}${passed ? '' : `: ${errors.join('; ')}`}`,
    );
  count(byGroup, testCase.group, passed);
  count(byService, `${testCase.group} ${testCase.service}`, passed);
  count(byLanguage, `${testCase.group} ${testCase.lang}`, passed);
}
print('per group', byGroup);
print('per group and service', byService);
print('per group and language', byLanguage);
