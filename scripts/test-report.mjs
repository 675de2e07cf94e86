// What a vitest JSON report says did not pass, one line per test, for `npm test`'s summary (scripts/test.mjs).
import { relative } from 'node:path';

/** The tests a JSON report says did not run (skipped, todo), as `file > suite > test`. */
export function skippedTests(json, root) {
  const names = [];
  for (const file of json.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'passed' && test.status !== 'failed') {
        names.push([relative(root, file.name), ...(test.ancestorTitles ?? []), test.title].join(' > '));
      }
    }
  }
  return names;
}

/**
 * What failed, one short line each: tests, and files that failed outside a test (a hook, a load error). They are
 * repeated beside the summary so that the last lines of a long run, often all a CI log keeps, say what broke.
 */
export function failedTests(json, root) {
  const lines = [];
  const firstLine = (text) =>
    String(text ?? '')
      .split('\n')
      .find((line) => line.trim() !== '') ?? '';
  const short = (text) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);
  for (const file of json.testResults ?? []) {
    const where = relative(root, file.name);
    const failedHere = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedHere) {
      const name = [where, ...(test.ancestorTitles ?? []), test.title].join(' > ');
      lines.push(short(`${name}: ${firstLine(test.failureMessages?.[0])}`));
    }
    if (file.status === 'failed' && failedHere.length === 0) lines.push(short(`${where}: ${firstLine(file.message)}`));
  }
  return lines;
}
