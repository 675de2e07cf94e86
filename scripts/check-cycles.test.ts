import { describe, expect, it } from 'vitest';
import { cyclesOf, importGraph, roomOf } from './check-cycles.mjs';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe('check-cycles', () => {
  it('finds cycles, and only cycles', () => {
    expect(cyclesOf(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
    expect(cyclesOf(graph({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
    expect(cyclesOf(graph({ a: ['a'] }))).toEqual([['a']]);
  });

  it('names a file’s room by its folder under src/', () => {
    expect(roomOf('src/ui/popup/popup-view.ts')).toBe('ui');
    expect(roomOf('src/analysis/types.ts')).toBe('analysis');
    expect(roomOf('entrypoints/popup/main.ts')).toBe('entrypoints');
  });

  it('reads type-only imports too (a type is a tie between rooms as well)', () => {
    const files = importGraph();
    expect(files.get('src/platforms/classify-url.ts')).toContain('src/platforms/page-types.ts');
    expect(files.get('src/analysis/types.ts')).toContain('src/i18n/languages.ts');
  });
});
