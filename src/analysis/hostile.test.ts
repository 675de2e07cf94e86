import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '../../tests/hostile-inputs';
import { analyzePolicyChange, resetAnalysisCaches } from './analyze';
import { HtmlTooDeepError } from './html';
import { normalizePolicyText } from './normalize';

// Every hostile shape of the benchmark (bench/hostile.ts), small: the report must come out right (an edit found, a
// coarse report, or a plain refusal), never a hang or a crash. Growth is measured in work units, not time: four times
// the input must cost at most about four times the work (timings live only in the bench).

const SMALL = 30_000;

/** Cases refused with a plain message: HTML nested past MAX_HTML_DEPTH (htmlparser2 is quadratic in depth). */
const REFUSED_TOO_DEEP = new Set(['HTML nested deep']);
/** Cases whose inserted sentence lands inside a heading: a changed title, not a statement to flag. */
const EDIT_IN_TITLE = new Set(['# a then spaces', 'every line a heading']);
/** Cases whose inserted sentence lands inside one link label 15,000 brackets deep: a link's words, noise. */
const EDIT_IN_LINK = new Set(['brackets nested deep']);

describe('hostile input: each shape gives a report', () => {
  for (const hostile of HOSTILE_CASES) {
    if (REFUSED_TOO_DEEP.has(hostile.name)) {
      it(`${hostile.name} is refused with a plain message, not a stack overflow`, () => {
        const input = hostile.make(SMALL);
        expect(() => normalizePolicyText(input.new)).toThrow(HtmlTooDeepError);
        expect(() => analyzePolicyChange(input.old, input.new, { language: 'en' })).toThrow(/nests elements more than/);
      });
      continue;
    }
    it(hostile.name, () => {
      const input = hostile.make(SMALL);
      expect(normalizePolicyText(input.new).length).toBeGreaterThan(0);
      const report = analyzePolicyChange(input.old, input.new, { language: 'en' });
      expect(report.capture).toBe('ok');
      // The edit (a training sentence inserted, or table rows moved to legitimate interests) is found.
      expect(report.stats.added + report.stats.modified + report.stats.moved).toBeGreaterThan(0);
      if (EDIT_IN_LINK.has(hostile.name)) return;
      expect(report.material).toBe(true);
      if (!EDIT_IN_TITLE.has(hostile.name)) expect(report.flags.length).toBeGreaterThan(0);
      else expect(report.flags).toEqual([]);
    });
  }
});

describe('hostile input: work grows linearly', () => {
  for (const hostile of HOSTILE_CASES) {
    // A refused input costs no work to measure (see above).
    if (REFUSED_TOO_DEEP.has(hostile.name)) continue;
    it(hostile.name, () => {
      const work = (size: number) => {
        resetAnalysisCaches();
        const input = hostile.make(size);
        return analyzePolicyChange(input.old, input.new, { language: 'en' }).stats.work ?? 0;
      };
      const small = work(SMALL / 2);
      const large = work(2 * SMALL);
      // 4× the input; 5× leaves room for fixed costs that do not scale down.
      expect(large).toBeLessThanOrEqual(5 * small + 1_000);
    });
  }
});

describe('the budget stops a large hostile input with a coarse report', () => {
  it('a budget smaller than the text gives a coarse report, not a hang', () => {
    const input = (
      HOSTILE_CASES.find((hostile) => hostile.name.startsWith('one line')) as (typeof HOSTILE_CASES)[0]
    ).make(200_000);
    const report = analyzePolicyChange(input.old, input.new, { language: 'en', budget: 1_000 });
    expect(report.stats.coarse).toBe(true);
    expect(report.stats.work).toBeGreaterThan(1_000);
  });
});
