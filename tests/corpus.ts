// Where the shared corpus of real policy versions lives, for tests, benchmarks and scripts (never shipped): the one
// place that knows. $POLICY_WATCH_CORPUS, else ../shared/corpus beside the project (always there in CI).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const CORPUS_DIR = resolve(process.env.POLICY_WATCH_CORPUS ?? join(projectRoot, '..', 'shared', 'corpus'));
/** The Open Terms Archive versions: `<Service>/<document>/<time>.md`. */
export const VERSIONS_DIR = join(CORPUS_DIR, 'versions');
export const corpusAvailable = existsSync(VERSIONS_DIR);
export const CORPUS_MISSING = `corpus not found at ${CORPUS_DIR} (set POLICY_WATCH_CORPUS)`;
