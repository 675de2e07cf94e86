// History storage: the 42-version Facebook privacy-policy series recorded through the store (as 42 visits, in order),
// against the same files committed in order to git and packed with `git gc --aggressive` (the tightest common way to
// keep a text's history). The store keeps each distinct text deflated on its own (no deltas: see
// src/history/compress.ts for why), plus each version's record with its analysis report (block changes deflated:
// records.ts; they took 6.1 MB as plain objects).
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { openHistoryDb, STORE } from '../src/history/db';
import { createHistoryStore } from '../src/history/store';
import { CORPUS_DIR } from '../tests/corpus';
import type { Figure } from './run';

const corpus = CORPUS_DIR;
const seriesDir = join(corpus, 'versions', 'Facebook', 'privacy-policy.pga');

/** Bytes of every record of a store, as structured clone writes them (v8.serialize is that format). */
async function storeBytes(name: string, store: string): Promise<number> {
  const db = await openHistoryDb(name);
  const records = await db.getAll(store);
  return records.reduce((sum: number, record) => sum + serialize(record).length, 0);
}

function gitPackBytes(files: string[]): number {
  const repo = mkdtempSync(join(tmpdir(), 'policy-watch-bench-git-'));
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', ...args], {
        cwd: repo,
        stdio: 'pipe',
      });
    git('init', '-q');
    for (const file of files) {
      copyFileSync(join(seriesDir, file), join(repo, 'privacy-policy.md'));
      git('add', 'privacy-policy.md');
      git('commit', '-q', '-m', file);
    }
    git('gc', '-q', '--aggressive', '--prune=now');
    const packDir = join(repo, '.git', 'objects', 'pack');
    return readdirSync(packDir).reduce((sum, f) => sum + statSync(join(packDir, f)).size, 0);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

export async function run(): Promise<Figure[]> {
  if (!existsSync(seriesDir)) return [{ name: `corpus missing at ${seriesDir}: skipped`, value: 0, unit: '' }];
  const files = readdirSync(seriesDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const name = `bench-history-${Date.now()}`;
  const store = createHistoryStore(name);
  const started = performance.now();
  for (const file of files) {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z/.exec(file);
    await store.recordCapture({
      platformId: 'facebook',
      documentId: 'privacy-policy',
      locale: 'en',
      text: readFileSync(join(seriesDir, file), 'utf8'),
      url: 'https://www.facebook.com/privacy/policy/',
      source: 'visit',
      extractorVersion: 1,
      capturedAt: m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z` : new Date().toISOString(),
    });
  }
  const recordMs = performance.now() - started;
  const estimate = await store.storageEstimate();
  const textBytes = await storeBytes(name, STORE.texts);
  const versionBytes = await storeBytes(name, STORE.versions);
  const rawBytes = files.reduce((sum, f) => sum + statSync(join(seriesDir, f)).size, 0);
  const packBytes = gitPackBytes(files);
  const total = textBytes + versionBytes;
  const kb = (n: number) => Math.round(n / 1024);
  return [
    { name: `the ${files.length} files as they are`, value: kb(rawBytes), unit: 'KB' },
    {
      name: 'store: texts (deflated, one per distinct text)',
      value: kb(textBytes),
      unit: 'KB',
      note: `${estimate.texts} texts, ${estimate.versions} versions`,
    },
    { name: 'store: version records (with analysis reports)', value: kb(versionBytes), unit: 'KB' },
    {
      name: 'store: total',
      value: kb(total),
      unit: 'KB',
      // 2 MB: the distinct texts deflated (1.3 MB) plus at most half that again for 42 records with their reports.
      target: 2048,
      note: `${(rawBytes / total).toFixed(1)}x smaller than the files`,
    },
    { name: 'git, committed in order, gc --aggressive: .git/objects/pack', value: kb(packBytes), unit: 'KB' },
    {
      name: 'store total / git pack',
      value: total / packBytes,
      unit: 'x',
      note: 'git stores deltas between versions; the store keeps every text readable on its own',
    },
    { name: `recording the ${files.length} captures (analysis included)`, value: recordMs, unit: 'ms' },
  ];
}
