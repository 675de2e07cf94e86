import { describe, expect, it } from 'vitest';
import { failedTests, skippedTests } from './test-report.mjs';

// The shape is vitest's JSON reporter's (recorded from a real run with a failing test, a skipped one, and a file
// whose afterAll threw while its tests passed: the way a browser that would not close fails a whole e2e file).
const ROOT = '/work/project';
const REPORT = {
  numFailedTestSuites: 3,
  numFailedTests: 1,
  testResults: [
    {
      name: `${ROOT}/tests/e2e/hook.e2e.ts`,
      status: 'failed',
      message: 'closing went wrong',
      assertionResults: [{ ancestorTitles: [], title: 'passes', status: 'passed', failureMessages: [] }],
    },
    {
      name: `${ROOT}/src/sample.test.ts`,
      status: 'failed',
      message: '',
      assertionResults: [
        { ancestorTitles: ['suite'], title: 'passes', status: 'passed', failureMessages: [] },
        {
          ancestorTitles: ['suite'],
          title: 'fails',
          status: 'failed',
          failureMessages: [
            `AssertionError: expected 1 to be 2 // Object.is equality\n    at ${ROOT}/src/sample.test.ts:4:31`,
          ],
        },
        { ancestorTitles: ['suite'], title: 'skipped', status: 'skipped', failureMessages: [] },
      ],
    },
  ],
};

describe('npm test summary lines', () => {
  it('names each failed test with the first line of its error, and a file that failed outside its tests', () => {
    expect(failedTests(REPORT, ROOT)).toEqual([
      'tests/e2e/hook.e2e.ts: closing went wrong',
      'src/sample.test.ts > suite > fails: AssertionError: expected 1 to be 2 // Object.is equality',
    ]);
  });

  it('keeps each line short', () => {
    const hook = REPORT.testResults[0]!;
    const long = { testResults: [{ ...hook, message: 'x'.repeat(500) }] };
    const [line] = failedTests(long, ROOT);
    expect(line?.length).toBe(160);
    expect(line?.endsWith('...')).toBe(true);
  });

  it('lists the tests that did not run', () => {
    expect(skippedTests(REPORT, ROOT)).toEqual(['src/sample.test.ts > suite > skipped']);
  });
});
