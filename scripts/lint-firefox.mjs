// Mozilla's addons-linter on the Firefox build (.output/firefox-mv2, made by `npx wxt build -b firefox`): AMO rejects
// an add-on with errors, so any error fails; warnings are printed for a human to judge.
// Usage: node scripts/lint-firefox.mjs [folder-or-zip]
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import linter from 'addons-linter';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.argv[2] ?? join(root, '.output/firefox-mv2');
if (!existsSync(target)) {
  console.error(`lint-firefox: ${target} does not exist; build it first with \`npx wxt build -b firefox\`.`);
  process.exit(1);
}

const instance = linter.createInstance({
  config: {
    _: [target],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    metadata: false,
    output: 'none',
    boring: true,
  },
  runAsBinary: false,
});
const { errors, warnings, notices } = await instance.run();
const show = (kind, item) => console.log(`${kind} ${item.code}: ${item.message}${item.file ? ` (${item.file})` : ''}`);
for (const item of errors) show('ERROR', item);
for (const item of warnings) show('WARNING', item);
console.log(`addons-linter: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
process.exit(errors.length === 0 ? 0 : 1);
