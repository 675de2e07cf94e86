import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusAvailable, readVersion } from '../../tests/analysis/corpus';
import { assessCapture } from './capture';
import { analyzePolicyChange } from './index';

describe('assessCapture', () => {
  it('an empty or near-empty page is "empty"', () => {
    expect(assessCapture('')).toBe('empty');
    expect(assessCapture('<html><body></body></html>')).toBe('empty');
  });

  describe.skipIf(!corpusAvailable)('on real captures', () => {
    if (!corpusAvailable) console.warn(CORPUS_SKIP_REASON);
    const full = () => readVersion('Instagram/privacy-policy.pga/2023-12-27T18-32-53Z.md');

    it('is monotonic: a capture that keeps less of the page, adding nothing, is never accepted where one keeping more is refused', () => {
      const page = readVersion('Facebook/privacy-policy.pga/2025-05-28T00-30-56Z.md');
      const blocks = page.split('\n\n');
      const states = (keep: (index: number, share: number) => boolean) =>
        [0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.75, 1].map((share) =>
          assessCapture(blocks.filter((_, index) => keep(index, share)).join('\n\n'), page),
        );
      // Pieces lost all over the page (a load that missed its pop-ups), and a load cut short (a prefix).
      const scattered = states((index, share) => (index * 7919) % 1000 < share * 1000);
      const prefix = states((index, share) => index < blocks.length * share);
      // Once a share is accepted every larger share is: the list is some refusals, then only "ok". Keeping all of it
      // is "ok", so every list has an "ok" and the check always compares something.
      for (const list of [scattered, prefix]) {
        const firstOk = list.indexOf('ok');
        expect(firstOk).toBeGreaterThanOrEqual(0);
        expect(list.slice(firstOk)).toEqual(list.slice(firstOk).map(() => 'ok'));
      }
      expect(prefix.slice(0, 5)).toEqual(['truncated', 'truncated', 'truncated', 'truncated', 'truncated']);
    });

    it("Instagram's 29-byte capture of May 2025 is empty", () => {
      const tiny = readVersion('Instagram/privacy-policy.pga/2025-05-21T00-31-28Z.md');
      expect(tiny.length).toBeLessThan(100);
      expect(assessCapture(tiny)).toBe('empty');
    });

    it('the broken 9 KB partial capture of April 2024 is truncated against the full page, and ok alone', () => {
      const partial = readVersion('Instagram/privacy-policy.pga/2024-04-16T21-34-29Z.md');
      expect(assessCapture(partial, full())).toBe('truncated');
      expect(assessCapture(full(), full())).toBe('ok');
    });

    it('a capture that lost the annotation pop-ups (a third of the text, next to nothing new) is truncated', () => {
      const pga = 'Facebook/privacy-policy.pga/';
      const before = readVersion(`${pga}2024-06-26T00-30-35Z.md`);
      expect(assessCapture(readVersion(`${pga}2024-08-09T00-30-34Z.md`), before)).toBe('truncated');
      // A real update that shrank the page as much but rewrote parts of it is compared.
      const update = readVersion(`${pga}2026-07-24T10-53-01Z.md`);
      expect(assessCapture(update, readVersion(`${pga}2026-02-25T12-30-36Z.md`))).toBe('ok');
      // X's page showed the announced policy next to the current one, then the new one alone: half kept, accepted.
      const x = 'X/privacy-policy.pga/';
      expect(
        assessCapture(readVersion(`${x}2023-09-29T18-34-56Z.md`), readVersion(`${x}2023-08-30T18-34-43Z.md`)),
      ).toBe('ok');
    });

    it('an unusable capture is never reported as everything deleted', () => {
      const report = analyzePolicyChange(full(), readVersion('Instagram/privacy-policy.pga/2024-04-16T21-34-29Z.md'));
      expect(report.capture).toBe('truncated');
      expect(report.material).toBe(false);
      expect(report.flags).toEqual([]);
      const empty = analyzePolicyChange(full(), readVersion('Instagram/privacy-policy.pga/2025-05-21T00-31-28Z.md'));
      expect(empty.capture).toBe('empty');
      expect(empty.material).toBe(false);
      expect(empty.flags).toEqual([]);
    });
  });
});
