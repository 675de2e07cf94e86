// Writes the full report of analyzePolicyChange for a fixed set of corpus pairs, one JSON line each, without the
// wall-clock figure (stats.ms): a change meant to leave every result alone (a speed-up, a refactor) is checked by
// comparing the file before and after, byte for byte. Pairs: labels.json, extra-labels.json, consecutive versions of
// several series (every Facebook pga pair, the first 12 of others), the first and last version of every document, and
// the far Facebook pair and two unrelated policies under small budgets (the coarse paths).
// Usage: npx tsx scripts/analysis-snapshot.ts OUT.jsonl
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePolicyChange, readPolicy, resetAnalysisCaches } from '../src/analysis/analyze';
import { CORPUS_DIR, VERSIONS_DIR } from '../tests/corpus';

const out = process.argv[2];
if (!out) {
  console.error('usage: analysis-snapshot OUT.jsonl');
  process.exit(2);
}
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(CORPUS_DIR, path), 'utf8');
const versionsOf = (document: string) =>
  readdirSync(join(VERSIONS_DIR, document))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `versions/${document}/${name}`);

interface Case {
  id: string;
  old: string;
  new: string;
  budget?: number;
}
const cases: Case[] = [];
for (const file of [join(CORPUS_DIR, 'labels.json'), join(projectRoot, 'tests/analysis/extra-labels.json')]) {
  const { pairs } = JSON.parse(readFileSync(file, 'utf8')) as {
    pairs: Array<{ id: string; old: string; new: string }>;
  };
  for (const pair of pairs) cases.push({ id: pair.id, old: pair.old, new: pair.new });
}
const documents = readdirSync(VERSIONS_DIR)
  .sort()
  .flatMap((service) =>
    readdirSync(join(VERSIONS_DIR, service))
      .sort()
      .map((document) => `${service}/${document}`),
  );
const series: Record<string, number> = {
  'Facebook/privacy-policy.pga': Number.POSITIVE_INFINITY,
  'Google/privacy-policy.france': 12,
  'Pinterest/privacy-policy.france': 12,
  'X/privacy-policy.pga': 12,
  'TikTok/privacy-policy.pga': 12,
  'YouTube/privacy-policy.german': 12,
  'Snapchat/privacy-policy.contrib': 12,
  'LinkedIn/privacy-policy.pga': 12,
  'Instagram/privacy-policy.pga': 12,
};
for (const [document, count] of Object.entries(series)) {
  const versions = versionsOf(document);
  for (let i = 1; i < versions.length && i <= count; i++) {
    cases.push({ id: `series ${document} ${i}`, old: versions[i - 1] as string, new: versions[i] as string });
  }
}
for (const document of documents) {
  const versions = versionsOf(document);
  if (versions.length >= 2) {
    cases.push({ id: `far ${document}`, old: versions[0] as string, new: versions[versions.length - 1] as string });
  }
}
const far = [
  'Facebook/privacy-policy.pga/2024-05-21T18-30-35Z.md',
  'Facebook/privacy-policy.pga/2025-12-17T00-30-45Z.md',
];
for (const budget of [2_000, 20_000, 60_000, 150_000, 400_000]) {
  cases.push({ id: `budget ${budget}`, old: `versions/${far[0]}`, new: `versions/${far[1]}`, budget });
  cases.push({
    id: `unrelated budget ${budget}`,
    old: `versions/${far[1]}`,
    new: versionsOf('TikTok/privacy-policy.pga').at(-1) as string,
    budget,
  });
}

const lines: string[] = [];
for (const entry of cases) {
  // Every case from empty memos, and again with them warm: both must give the same report.
  resetAnalysisCaches();
  const oldText = read(entry.old);
  const newText = read(entry.new);
  const options = entry.budget === undefined ? {} : { budget: entry.budget };
  const cold = analyzePolicyChange(oldText, newText, options);
  const warm = analyzePolicyChange(oldText, newText, options);
  const strip = (report: typeof cold) => JSON.stringify({ ...report, stats: { ...report.stats, ms: 0 } });
  const coldLine = strip(cold);
  if (strip(warm) !== coldLine) lines.push(JSON.stringify({ id: entry.id, error: 'warm report differs from cold' }));
  lines.push(JSON.stringify({ id: entry.id, report: JSON.parse(coldLine) }));
  lines.push(JSON.stringify({ id: `${entry.id} (reading)`, reading: readPolicy(oldText) }));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${cases.length} cases written to ${out}`);
