import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { normalizePolicyText } from '../src/analysis';
import { VERSIONS_DIR } from './corpus';

// Hostile inputs for the import e2e tests (Chromium and Firefox): a backup that tries to plant versions dated in
// the future, objection links that are scripts, data, files or look-alike pages, a text too large and one nested too
// deep, among good versions; and a zip bomb among good files. Built from the shared corpus in Node.

export const PGA_DIR = join(VERSIONS_DIR, 'Facebook/privacy-policy.pga');
export const PGA_FILES = readdirSync(PGA_DIR)
  .filter((n) => n.endsWith('.md'))
  .sort();

function timeOf(name: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z/.exec(name);
  if (!m) throw new Error(name);
  return new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`).toISOString();
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function version(id: string, name: string, overrides: object = {}) {
  const text = readFileSync(join(PGA_DIR, name), 'utf8');
  const at = timeOf(name);
  return {
    record: {
      id,
      platformId: 'facebook',
      documentId: 'privacy-policy',
      locale: 'en',
      textHash: sha(normalizePolicyText(text)),
      capturedAt: at,
      lastSeenAt: at,
      url: 'https://www.facebook.com/privacy/policy/',
      source: 'import',
      extractorVersion: 0,
      language: 'en',
      chars: text.length,
      report: null,
      previousId: null,
      unseen: false,
      ...overrides,
    },
    text,
  };
}

/** What the restore must refuse, by the words of its reason. */
export const PLANTED_REASONS = [
  /dated in the future \(2099-01-01/,
  /"javascript:alert\(document\.cookie\)": javascript: is not https/,
  /"data:text\/html,<script>alert\(1\)<\/script>": data: is not https/,
  /"file:\/\/\/etc\/passwd": file: is not https/,
  /www\.facebook\.com\.objection-help\.example is not the platform's/,
  /text too large \(2000001 characters/,
  /text nested too deep \(more than 500 levels\)/,
];

/** A backup file: two good versions among seven planted records. */
export function poisonedBackup(): { json: string; goodIds: string[] } {
  const link = (href: string) => ({ objectionLinks: [{ href, text: 'object', context: 'You can object' }] });
  const good = [version('good-1', PGA_FILES[0]!), version('good-2', PGA_FILES[1]!)];
  const planted = [
    version('future', PGA_FILES[2]!, {
      capturedAt: '2099-01-01T00:00:00.000Z',
      lastSeenAt: '2099-01-01T00:00:00.000Z',
    }),
    version('script', PGA_FILES[3]!, link('javascript:alert(document.cookie)')),
    version('data', PGA_FILES[4]!, link('data:text/html,<script>alert(1)</script>')),
    version('file', PGA_FILES[5]!, link('file:///etc/passwd')),
    version('lookalike', PGA_FILES[6]!, link('https://www.facebook.com.objection-help.example/form')),
  ];
  const big = 'x'.repeat(2_000_001);
  const deep = `${'<div>'.repeat(100_000)}We may sell your data.`;
  const texts = [...good, ...planted].map(({ record, text }) => ({ hash: record.textHash, text }));
  texts.push({ hash: sha(big), text: big }, { hash: sha(deep), text: deep });
  const json = JSON.stringify({
    format: 'policy-watch-history',
    formatVersion: 1,
    exportedAt: '2026-12-01T00:00:00.000Z',
    versions: [...good, ...planted].map((v) => v.record),
    texts,
    evidence: [],
  });
  return { json, goodIds: good.map((v) => v.record.id) };
}

/** A zip of one good version and one entry of `megabytes` MB of "a" (no declared size: streamed). */
export function zipBombWithGoodFile(megabytes: number): { bytes: Buffer; bombName: string; goodName: string } {
  const bombName = 'privacy-policy.pga/2025-01-01T00-00-00Z.md';
  const goodName = `privacy-policy.pga/${PGA_FILES.at(-1)}`;
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const good = new ZipDeflate(goodName, { level: 6 });
  zip.add(good);
  good.push(readFileSync(join(PGA_DIR, PGA_FILES.at(-1)!)), true);
  const bomb = new ZipDeflate(bombName, { level: 9 });
  zip.add(bomb);
  const block = new Uint8Array(1_000_000).fill(0x61);
  for (let i = 0; i < megabytes; i++) bomb.push(block, i === megabytes - 1);
  zip.end();
  return { bytes: Buffer.concat(parts), bombName, goodName };
}
