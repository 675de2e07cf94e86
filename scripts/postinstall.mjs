// `wxt prepare` generates .wxt/ (types, tsconfig). It fails before any entrypoint exists, and it must never
// break `npm install` for a newcomer, so a failure is reported, not fatal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('entrypoints')) process.exit(0);
const result = spawnSync('npx', ['wxt', 'prepare'], { stdio: 'inherit' });
if (result.status !== 0) console.warn('policy-watch: `wxt prepare` failed; run `npx wxt prepare` to see why.');
