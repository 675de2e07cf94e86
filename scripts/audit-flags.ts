// Audit of the flags on real data: runs the analysis over consecutive versions of the corpus collections and prints,
// per pair, whether it is material and every flag with the sentence it quotes, so that false positives and misses
// can be found by reading. Not a score (that is scripts/eval.ts); a reading aid.
//
//   npx tsx scripts/audit-flags.ts [--filter TEXT] [--lang en|de|fr] [--max-pairs N] [--material-only] [--changes]
//
// --filter keeps collections whose path (Service/doc.collection) contains TEXT (case-insensitive); --max-pairs keeps
// the last N pairs of each collection; --changes also prints the material (non-noise) block changes of each pair.
// Corpus: located by tests/corpus.ts ($POLICY_WATCH_CORPUS, else ../shared/corpus).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePolicyChange } from '../src/analysis/index';
import type { AnalysisReport, Flag } from '../src/analysis/types';
import { CORPUS_DIR } from '../tests/corpus';

interface AuditOptions {
  filter: string | null;
  language: string | null;
  maxPairs: number;
  materialOnly: boolean;
  showChanges: boolean;
}

function parseArguments(args: string[]): AuditOptions {
  const options: AuditOptions = {
    filter: null,
    language: null,
    maxPairs: Number.POSITIVE_INFINITY,
    materialOnly: false,
    showChanges: false,
  };
  for (let index = 0; index < args.length; index++) {
    const argument = args[index];
    const value = () => {
      const next = args[++index];
      if (next === undefined) throw new Error(`${argument} needs a value`);
      return next;
    };
    if (argument === '--filter') options.filter = value().toLowerCase();
    else if (argument === '--lang') options.language = value();
    else if (argument === '--max-pairs') options.maxPairs = Number(value());
    else if (argument === '--material-only') options.materialOnly = true;
    else if (argument === '--changes') options.showChanges = true;
    else throw new Error(`unknown argument ${argument}`);
  }
  return options;
}

/** Collections as "Service/doc.collection" paths, each with its version files in date order. */
function collections(versionsDir: string): Array<{ name: string; files: string[] }> {
  const found: Array<{ name: string; files: string[] }> = [];
  for (const service of readdirSync(versionsDir).sort()) {
    const serviceDir = join(versionsDir, service);
    if (!statSync(serviceDir).isDirectory()) continue;
    for (const collection of readdirSync(serviceDir).sort()) {
      const dir = join(serviceDir, collection);
      if (!statSync(dir).isDirectory()) continue;
      const files = readdirSync(dir)
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => join(dir, file));
      found.push({ name: `${service}/${collection}`, files });
    }
  }
  return found;
}

function oneLine(text: string | null | undefined, max = 240): string {
  if (!text) return '-';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function describeFlag(flag: Flag): string {
  const kind = flag.basis ? `${flag.kind}:${flag.basis}` : flag.kind;
  const from = flag.from ? ` from ${flag.from}` : '';
  const purpose = flag.purpose ? ` purpose="${oneLine(flag.purpose, 80)}"` : '';
  return `${kind}${from} ${flag.change} ${flag.severity}${purpose} [${oneLine(flag.section, 60)}]`;
}

function printReport(label: string, report: AnalysisReport, options: AuditOptions): void {
  const { stats } = report;
  const counts = `+${stats.added} -${stats.removed} ~${stats.modified} moved ${stats.moved}`;
  const language = report.languageBefore ? `${report.languageBefore}->${report.language}` : report.language;
  console.log(
    `${label}  ${language}  material=${report.material} capture=${report.capture} ${counts} ${stats.ms} ms${
      stats.coarse ? ' COARSE' : ''
    }`,
  );
  for (const flag of report.flags) {
    console.log(`    ${describeFlag(flag)}`);
    if (flag.before) console.log(`      before: ${oneLine(flag.before)}`);
    if (flag.after) console.log(`      after:  ${oneLine(flag.after)}`);
  }
  if (options.showChanges) {
    for (const change of report.changes.filter((entry) => !entry.noise).slice(0, 12)) {
      console.log(`    * ${change.change}: ${oneLine(change.before, 120)}  =>  ${oneLine(change.after, 120)}`);
    }
  }
}

const corpus = CORPUS_DIR;
const versionsDir = join(corpus, 'versions');
if (!existsSync(versionsDir)) {
  console.error(`audit-flags: no versions/ in ${corpus} (set POLICY_WATCH_CORPUS)`);
  process.exit(2);
}
const options = parseArguments(process.argv.slice(2));
const totals = { pairs: 0, material: 0, flags: 0, byKind: new Map<string, number>() };

for (const { name, files } of collections(versionsDir)) {
  if (options.filter && !name.toLowerCase().includes(options.filter)) continue;
  const pairStarts = files.map((_, index) => index).slice(0, -1);
  const kept = pairStarts.slice(Math.max(0, pairStarts.length - options.maxPairs));
  let headerPrinted = false;
  for (const index of kept) {
    const oldFile = files[index] as string;
    const newFile = files[index + 1] as string;
    const report = analyzePolicyChange(readFileSync(oldFile, 'utf8'), readFileSync(newFile, 'utf8'));
    if (options.language && report.language !== options.language) continue;
    totals.pairs++;
    if (report.material) totals.material++;
    totals.flags += report.flags.length;
    for (const flag of report.flags) {
      const kind = flag.basis ? `${flag.kind}:${flag.basis}` : flag.kind;
      totals.byKind.set(kind, (totals.byKind.get(kind) ?? 0) + 1);
    }
    if (options.materialOnly && !report.material) continue;
    if (!headerPrinted) {
      console.log(`\n== ${name} (${files.length} versions)`);
      headerPrinted = true;
    }
    const label = `${(oldFile.split('/').pop() ?? '').slice(0, 10)} -> ${(newFile.split('/').pop() ?? '').slice(0, 10)}`;
    printReport(label, report, options);
  }
}

const kinds = [...totals.byKind].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`);
console.log(`\npairs ${totals.pairs}, material ${totals.material}, flags ${totals.flags}: ${kinds.join(', ')}`);
