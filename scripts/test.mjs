// `npm test`: every check the project has, in the order a failure is cheapest to find: type check, lint, import
// cycles between files and between rooms (scripts/check-cycles.mjs), unit tests, the Chrome and Firefox builds,
// end-to-end tests in Chromium and in Firefox, the Firefox linter. All steps run even after a failure, so one run
// shows everything that is broken. Vitest steps count their tests (JSON reporter); every other step counts as one.
// Skipped tests are listed by name and counted: the last line is always `N passed, N failed, N skipped`. The exit
// code is non-zero on any failure, and, when CI=true, on any skipped test too (the corpus is always at ../shared
// there, so nothing has a reason to skip).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, INSTALL_HINT } from './find-chromium.mjs';
import { FIREFOX_INSTALL_HINT, findFirefox } from './find-firefox.mjs';
import { failedTests, skippedTests } from './test-report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = mkdtempSync(join(tmpdir(), 'policy-watch-test-'));
const bin = (name) => join(root, 'node_modules/.bin', name);

/** A command step: passes when it exits 0. */
function command(name, cmd, args) {
  return () => {
    const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
    if (result.error) console.error(`${name}: ${result.error.message}`);
    return result.status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  };
}

/** A vitest project: its own tests counted from the JSON report. A run that crashes or fails a file counts too. */
function vitest(project) {
  return () => {
    const report = join(reportDir, `${project}.json`);
    const args = ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${report}`];
    const result = spawnSync(bin('vitest'), args, { cwd: root, stdio: 'inherit' });
    if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0 };
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const { numPassedTests, numFailedTests, numFailedTestSuites } = json;
    // A file that fails to load, or an unhandled error, fails the run without failing a counted test.
    const uncounted = result.status !== 0 && numFailedTests === 0 ? Math.max(1, numFailedTestSuites) : 0;
    const skipped = skippedTests(json, root);
    for (const name of skipped) console.log(`skipped: ${name}`);
    const failures = failedTests(json, root);
    if (uncounted > 0 && failures.length === 0)
      failures.push(`${project}: the run failed outside any test (see above)`);
    return { passed: numPassedTests, failed: numFailedTests + uncounted, skipped: skipped.length, failures };
  };
}

/** End-to-end needs a browser: without one, one clear line instead of a stack trace per test file. */
function e2e() {
  if (!findChromium()) {
    console.error(INSTALL_HINT);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  return vitest('e2e')();
}

/** The Firefox build in real Firefox (tests/e2e-firefox). */
function e2eFirefox() {
  if (!findFirefox()) {
    console.error(FIREFOX_INSTALL_HINT);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  return vitest('firefox')();
}

const steps = [
  ['type check', command('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])],
  ['lint', command('lint', bin('biome'), ['check', '.'])],
  ['import cycles', command('import cycles', process.execPath, [join(root, 'scripts/check-cycles.mjs')])],
  // The CLI tests run the built CLI, as `npx policy-watch` does.
  ['build cli', command('build cli', process.execPath, [join(root, 'scripts/build-cli.mjs')])],
  ['unit', vitest('unit')],
  ['build chrome', command('build chrome', bin('wxt'), ['build'])],
  ['build firefox', command('build firefox', bin('wxt'), ['build', '-b', 'firefox'])],
  ['e2e', e2e],
  ['e2e firefox', e2eFirefox],
  ['firefox lint', command('firefox lint', process.execPath, [join(root, 'scripts/lint-firefox.mjs')])],
];

const results = [];
for (const [name, run] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  let outcome;
  try {
    outcome = run();
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : error}`);
    outcome = { passed: 0, failed: 1, skipped: 0 };
  }
  results.push({ name, ...outcome, seconds: Math.round((Date.now() - started) / 1000) });
}
rmSync(reportDir, { recursive: true, force: true });

console.log('\n=== summary ===');
const ci = process.env.CI === 'true';
for (const r of results) {
  const mark = r.failed > 0 || (ci && r.skipped > 0) ? 'FAIL' : r.skipped > 0 ? 'skip' : 'ok  ';
  console.log(
    `${mark} ${r.name.padEnd(14)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds} s)`,
  );
}
const failures = results.flatMap((r) => (r.failures ?? []).map((line) => `failed in ${r.name}: ${line}`));
for (const line of failures.slice(0, 12)) console.log(line);
if (failures.length > 12) console.log(`... and ${failures.length - 12} more failures (see above)`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
if (ci && skipped > 0) console.log(`CI=true: ${skipped} skipped test(s) fail the run (is ../shared/corpus there?)`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && !(ci && skipped > 0) ? 0 : 1);
