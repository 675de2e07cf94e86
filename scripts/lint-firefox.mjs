// Mozilla's addons-linter on the Firefox build (.output/firefox-mv2, made by `npx wxt build -b firefox`). AMO rejects
// an add-on with errors, so any error fails. A warning fails too unless it is attributed to a dependency: the code at
// the warning's position matches one of the known dependency signatures below (bundles mix our code and theirs, so
// the position, not the file, tells whose it is). Dependency warnings are listed for a human to judge.
// Usage: node scripts/lint-firefox.mjs [folder]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import linter from 'addons-linter';

/** Code of dependencies that addons-linter warns about, with why it is harmless here. */
export const DEPENDENCY_SIGNATURES = [
  {
    code: 'DANGEROUS_EVAL',
    pattern: /try\{return Function\(``\),!0\}catch\{return!1\}/,
    dependency:
      'zod 4 (allowsEval probe: checks whether eval is allowed; under our CSP it is not, zod then never evals)',
  },
];

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

/** The dependency a warning comes from, judged by the code at its line and column, or null when it is ours. */
function dependencyOf(item) {
  if (!item.file || !item.line) return null;
  const lines = readFileSync(join(target, item.file), 'utf8').split('\n');
  const line = lines[item.line - 1] ?? '';
  const at = Math.max(0, (item.column ?? 1) - 1);
  const around = line.slice(Math.max(0, at - 200), at + 200);
  return DEPENDENCY_SIGNATURES.find((s) => s.code === item.code && s.pattern.test(around))?.dependency ?? null;
}

const where = (item) => (item.file ? ` (${item.file}${item.line ? `:${item.line}:${item.column ?? 0}` : ''})` : '');
const ours = [];
for (const item of errors) console.log(`ERROR ${item.code}: ${item.message}${where(item)}`);
for (const item of warnings) {
  const dependency = dependencyOf(item);
  if (dependency) console.log(`warning from a dependency, ${dependency}: ${item.code}${where(item)}`);
  else {
    ours.push(item);
    console.log(`WARNING ${item.code}: ${item.message}${where(item)}`);
  }
}
console.log(
  `addons-linter: ${errors.length} errors, ${ours.length} warnings from our code, ` +
    `${warnings.length - ours.length} from dependencies, ${notices.length} notices`,
);
process.exit(errors.length === 0 && ours.length === 0 ? 0 : 1);
