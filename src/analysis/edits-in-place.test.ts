import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusAvailable } from '../../tests/analysis/corpus';
import { CASES, caseErrors } from '../../tests/analysis/edits-in-place';

// Edits made inside real policies (cases and their rationale in tests/analysis/edits-in-place.ts). `final` cases were held
// out while the rules were tuned; both groups must pass.
describe.skipIf(!corpusAvailable)(
  `edits made inside real policies${corpusAvailable ? '' : ` (${CORPUS_SKIP_REASON})`}`,
  () => {
    for (const group of ['dev', 'final', 'late'] as const) {
      describe(group, () => {
        for (const testCase of CASES.filter(
          (entry) => (entry.late ? 'late' : entry.final ? 'final' : 'dev') === group,
        )) {
          if (testCase.knownMiss) {
            it(`${testCase.id} (known miss: ${testCase.knownMiss})`, () => {
              expect(caseErrors(testCase)).not.toEqual([]);
            });
          } else {
            it(testCase.id, () => {
              expect(caseErrors(testCase)).toEqual([]);
            });
          }
        }
      });
    }
  },
);
