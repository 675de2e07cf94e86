import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { VERSIONS_DIR } from '../../../tests/corpus';
import { readZipWithin, ZIP_LIMITS, ZipRefused } from './zip-limits';

const FB_PGA = 'Facebook/privacy-policy.pga';
const corpusFile = (relative: string) => ({ path: relative, text: readFileSync(join(VERSIONS_DIR, relative), 'utf8') });

/** A zip of one entry made of `megabytes` MB of "a", built in a stream (never held whole in memory). */
function zipBomb(name: string, megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const entry = new ZipDeflate(name, { level: 9 });
  zip.add(entry);
  const block = new Uint8Array(1_000_000).fill(0x61);
  for (let i = 0; i < megabytes; i++) entry.push(block, i === megabytes - 1);
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('reading a zip within limits', () => {
  it('returns the Markdown files of a zip of real versions', () => {
    const a = corpusFile(`${FB_PGA}/2025-05-28T00-30-56Z.md`);
    const b = corpusFile(`${FB_PGA}/2025-06-16T12-31-49Z.md`);
    const zip = zipSync({
      [a.path]: strToU8(a.text),
      [b.path]: strToU8(b.text),
      'README.txt': strToU8('not a version'),
      [`__MACOSX/${a.path}`]: strToU8('resource fork'),
    });
    const { files, skipped } = readZipWithin(zip);
    expect(files.map((f) => f.path).sort()).toEqual([a.path, b.path]);
    expect(files.find((f) => f.path === a.path)?.text).toBe(a.text);
    expect(skipped).toEqual([]);
  });

  it('stops a zip bomb while it inflates (no declared size), keeping the good entries', () => {
    // A streamed zip declares no size in its local header: only the running count can stop it.
    const bomb = zipBomb('Facebook/privacy-policy.pga/2025-01-01T00-00-00Z.md', 400);
    expect(bomb.length).toBeLessThan(1_000_000);
    const good = corpusFile(`${FB_PGA}/2025-05-28T00-30-56Z.md`);
    const goodZip = zipSync({ [good.path]: strToU8(good.text) });
    // Two archives' entries back to back are not one zip: test the bomb alone, then the pair in one archive.
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { files, skipped } = readZipWithin(bomb);
    const ms = performance.now() - started;
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    console.log(
      `[zip-limits] ${bomb.length}-byte zip of 400 MB refused in ${ms.toFixed(0)} ms, heap +${(heapGrowth / 1e6).toFixed(1)} MB`,
    );
    expect(files).toEqual([]);
    expect(skipped).toEqual([
      `Facebook/privacy-policy.pga/2025-01-01T00-00-00Z.md: expands past ${ZIP_LIMITS.entryBytes} bytes`,
    ]);
    expect(heapGrowth).toBeLessThan(100_000_000);
    expect(readZipWithin(goodZip).files).toHaveLength(1);
  });

  it('skips an entry whose declared size is past the limit before expanding it, and names it', () => {
    const big = 'policy '.repeat(400_000);
    const good = corpusFile(`${FB_PGA}/2025-05-28T00-30-56Z.md`);
    const zip = zipSync({ 'x/2025-01-01T00-00-00Z.md': strToU8(big), [good.path]: strToU8(good.text) });
    const { files, skipped } = readZipWithin(zip);
    expect(files.map((f) => f.path)).toEqual([good.path]);
    expect(skipped).toEqual(['x/2025-01-01T00-00-00Z.md: 2800000 bytes once expanded, the limit is 2000000']);
  });

  it('refuses an archive past the entry count or the total, and one too large to read', () => {
    const many = zipSync(
      Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`d/2025-01-0${i + 1}T00-00-00Z.md`, strToU8('x')])),
    );
    expect(() => readZipWithin(many, { ...ZIP_LIMITS, entries: 5 })).toThrow(ZipRefused);
    expect(() => readZipWithin(many, { ...ZIP_LIMITS, entries: 5 })).toThrow('the archive holds more than 5 versions');
    const heavy = zipSync({
      'a/2025-01-01T00-00-00Z.md': strToU8('y'.repeat(1000)),
      'a/2025-01-02T00-00-00Z.md': strToU8('z'.repeat(1000)),
    });
    expect(() => readZipWithin(heavy, { ...ZIP_LIMITS, totalBytes: 1500 })).toThrow(
      'the archive expands to more than 1500 bytes',
    );
    expect(() => readZipWithin(heavy, { ...ZIP_LIMITS, zipBytes: 10 })).toThrow('the archive is larger than 10 bytes');
  });
});
