// Test support (not shipped): the real platform pages in ../shared/realpages (or $POLICY_WATCH_REALPAGES), each with
// Open Terms Archive's reference text, and how a capture of one measures against its reference.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePolicyChange, normalizePolicyText } from '../../src/analysis';
import { classifyUrl } from '../../src/platforms/classify-url';
import { PLATFORMS } from '../../src/platforms/registry';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const REAL_PAGES_DIR = resolve(
  process.env.POLICY_WATCH_REALPAGES ?? join(projectRoot, '..', 'shared', 'realpages'),
);

export interface RealPage {
  platform: string;
  document: string;
  locale: string;
  url: string;
  snapshot_date: string;
  /** "fullDom": the DOM after the page's scripts ran; "htmlOnly": the raw server answer; "" when not recorded. */
  fetcher: string;
  html_file: string;
  version_file: string;
  version_match: string;
  notes: string;
}

/** Every page of the manifest that has its HTML. Throws (never skips) when the folder is missing. */
export function realPages(): RealPage[] {
  const manifest = join(REAL_PAGES_DIR, 'manifest.json');
  if (!existsSync(manifest))
    throw new Error(`real pages not found at ${REAL_PAGES_DIR} (set POLICY_WATCH_REALPAGES to the realpages folder)`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as RealPage[]).filter((page) => page.html_file);
}

export const htmlPath = (page: RealPage): string => join(REAL_PAGES_DIR, page.html_file);
export const referenceText = (page: RealPage): string => readFileSync(join(REAL_PAGES_DIR, page.version_file), 'utf8');
/** A short, stable name for tables and test titles: the file name without its extension. */
export const pageName = (page: RealPage): string => page.html_file.replace(/^.*\//, '').replace(/\.html$/, '');

export interface CaptureMeasure {
  /** Share of the reference's words (as a multiset) found in the capture. */
  kept: number;
  /** Words of the capture beyond those matched, as a share of the reference's words. */
  extra: number;
  /** Blocks of the normalised capture / blocks of the normalised reference. */
  blockRatio: number;
  /** AI-training and legal-basis flags raised by analysing reference → capture (should be none). */
  flags: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

const blocksOf = (normalized: string): number => normalized.split('\n\n').filter(Boolean).length;

export const WATCHED_FLAGS = new Set(['ai-training', 'legal-basis']);

export function measureCapture(reference: string, capture: string): CaptureMeasure {
  const ref = normalizePolicyText(reference);
  const cap = normalizePolicyText(capture);
  const refWords = wordCounts(ref);
  const capWords = wordCounts(cap);
  let total = 0;
  let matched = 0;
  let captured = 0;
  for (const [word, n] of refWords) {
    total += n;
    matched += Math.min(n, capWords.get(word) ?? 0);
  }
  for (const n of capWords.values()) captured += n;
  const report = analyzePolicyChange(reference, capture);
  return {
    kept: total ? matched / total : 0,
    extra: total ? (captured - matched) / total : 0,
    blockRatio: blocksOf(ref) ? blocksOf(cap) / blocksOf(ref) : 0,
    flags: report.flags
      .filter((f) => WATCHED_FLAGS.has(f.kind))
      .map((f) => (f.basis ? `${f.kind}:${f.basis}` : f.kind)),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatMeasureRow(name: string, m: CaptureMeasure | string): string {
  if (typeof m === 'string') return `| ${name} | ${m} | | | |`;
  return `| ${name} | ${pct(m.kept)} | ${pct(m.extra)} | ${m.blockRatio.toFixed(2)} | ${m.flags.join(', ') || '-'} |`;
}

export interface CheckedDocument {
  platformId: string;
  documentId: string;
  fetchUrl: string;
  /** The raw server answer where the folder has one (htmlOnly), else the newest page of the document. */
  page: RealPage;
}

/**
 * Every document of the registry with a background check (fetchUrl), with the real page to test it with: a page
 * recognised as that document, or fetched from its fetchUrl (Meta's printable page serves several products). Throws
 * when a document has a check but no real page, so that a new check cannot go untested.
 */
export function documentsWithChecks(pages: readonly RealPage[]): CheckedDocument[] {
  return PLATFORMS.flatMap((platform) =>
    platform.documents.flatMap((doc) => {
      const fetchUrl = doc.fetchUrl;
      if (!fetchUrl) return [];
      const own = pages.filter((page) => {
        const cls = classifyUrl(page.url);
        return (cls?.platformId === platform.id && cls.documentId === doc.id) || page.url === fetchUrl;
      });
      const newestFirst = [...own].sort((a, b) => b.snapshot_date.localeCompare(a.snapshot_date));
      const page = newestFirst.find((p) => p.fetcher === 'htmlOnly') ?? newestFirst[0];
      if (!page) throw new Error(`${platform.id}/${doc.id} has a background check but no real page to test it with`);
      return [{ platformId: platform.id, documentId: doc.id, fetchUrl, page }];
    }),
  );
}
