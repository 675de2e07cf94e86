// `npm run test:firefox`: the Firefox build in real Firefox (tests/e2e-firefox); ends with `N passed, N failed`.
// On a shared machine run it under the browser lock: flock /tmp/pw-e2e.lock npm run test:firefox
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIREFOX_INSTALL_HINT, findFirefox } from './find-firefox.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let passed = 0;
let failed = 1;
if (!findFirefox()) {
  console.error(FIREFOX_INSTALL_HINT);
} else {
  const reportDir = mkdtempSync(join(tmpdir(), 'policy-watch-firefox-'));
  const report = join(reportDir, 'firefox.json');
  const args = ['run', '--project', 'firefox', '--reporter=default', '--reporter=json', `--outputFile=${report}`];
  const result = spawnSync(join(root, 'node_modules/.bin/vitest'), [...args, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (existsSync(report)) {
    const { numPassedTests, numFailedTests, numFailedTestSuites } = JSON.parse(readFileSync(report, 'utf8'));
    // A file that fails to load, or an unhandled error, fails the run without failing a counted test.
    const uncounted = result.status !== 0 && numFailedTests === 0 ? Math.max(1, numFailedTestSuites) : 0;
    passed = numPassedTests;
    failed = numFailedTests + uncounted;
  }
  rmSync(reportDir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
