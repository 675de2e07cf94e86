// `wxt prepare` generates .wxt/ (types, tsconfig). It fails before any entrypoint exists, and it must never
// break `npm install` for a newcomer, so a failure is reported, not fatal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('entrypoints')) process.exit(0);
const result = spawnSync('npx', ['wxt', 'prepare'], { stdio: 'inherit' });
if (result.status !== 0) console.warn('policy-watch: `wxt prepare` failed; run `npx wxt prepare` to see why.');

// The command-line tool, built to plain JavaScript so that `npx policy-watch` starts fast (scripts/build-cli.mjs).
const cli = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
if (cli.status !== 0) console.warn('policy-watch: the CLI was not built; `npm run build:cli` shows why.');
