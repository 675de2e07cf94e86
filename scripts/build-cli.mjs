// Builds the command-line tool into one JavaScript file (dist/cli.mjs) so that `npx policy-watch` starts in plain
// Node without compiling TypeScript first (tsx took 1.3-2.2 s to start). Run by `npm install` (postinstall), by
// `npm test` before the tests and by `npm run build:cli`; the bin falls back to tsx when the file is missing.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: join(root, 'dist/cli.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // Packages that need require() at run time stay outside the bundle and resolve from node_modules.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
