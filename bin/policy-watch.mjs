#!/usr/bin/env node
// Launcher: runs the built CLI (dist/cli.mjs, made by `npm install` / `npm run build:cli`: plain JavaScript, fast
// to start); in a checkout where it was not built yet, registers tsx and runs the TypeScript source instead.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.mjs', import.meta.url);
let main;
if (existsSync(built)) {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(new URL('../src/cli/main.ts', import.meta.url).href));
}
process.exitCode = await main(process.argv.slice(2));
