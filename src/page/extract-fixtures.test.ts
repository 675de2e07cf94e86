import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VERSIONS_DIR } from '../../tests/corpus';
import { showFixture } from '../../tests/fixtures/load-fixture';
import { getCompactPlatform } from '../platforms/compact';
import { attemptCapture, type CaptureAttempt } from './capture';

// The fixture pages are real Open Terms Archive versions rendered into Meta-like markup; extracting them must give
// back the corpus text in substance: the same headings at the same levels, the same paragraphs, list items and table
// rows (link targets aside, which captures leave out on purpose).

const CORPUS = VERSIONS_DIR;
const FB_V1 = 'Facebook/privacy-policy.pga/2025-04-23T12-31-08Z.md';
const FB_V2 = 'Facebook/privacy-policy.pga/2025-05-28T00-30-56Z.md';
const IG = 'Instagram/privacy-policy.pga/2025-07-16T00-32-15Z.md';

const ruleOf = (platformId: string) => getCompactPlatform(platformId)!.documents[0]!.extract;

/**
 * OTA Markdown to the capture's conventions: ATX headings, '- ' items, link labels in brackets without targets, no
 * emphasis, no escapes but those of literal brackets.
 */
function corpusAsCapture(md: string): string[] {
  const lines = md
    .replace(/\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, (_link, label: string) =>
      // The fixture generator wrote a label that spans blocks as one link per block.
      label
        .split(/\n\n+/)
        .map((part) => (part.trim() ? `[${part}]` : ''))
        .join('\n\n'),
    )
    .replace(/\\([*_#|\\()`-])/g, '$1')
    .split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (/^=+\s*$/.test(next) && line.trim()) {
      out.push(`# ${line.trim()}`);
      i++;
    } else if (/^-+\s*$/.test(next) && line.trim() && !line.startsWith('|')) {
      out.push(`## ${line.trim()}`);
      i++;
    } else if (/^\s*\*\s+\*\s+\*\s*$/.test(line)) {
    } else out.push(line.replace(/^\s*\*\s+/, '- ').replace(/(<br>|\| )\*\s+/g, '$1- '));
  }
  return out.map(normalizeLine).filter((l) => l && !/^\|( --- \|)+$/.test(l));
}

const normalizeLine = (line: string) => line.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

function captureLines(attempt: CaptureAttempt): string[] {
  if (!attempt.ok) throw new Error(`capture refused: ${attempt.reason} (${attempt.detail})`);
  return attempt.markdown.split('\n').map(normalizeLine).filter(Boolean);
}

function renderedCapture(url: string, variant?: string): CaptureAttempt {
  showFixture(url, variant);
  vi.advanceTimersByTime(2_000); // past the bundle's late render and its second chunk
  return attemptCapture(document, ruleOf(new URL(url).hostname.includes('instagram') ? 'instagram' : 'facebook'));
}

describe('extraction of the fixture pages', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['https://www.facebook.com/privacy/policy/', undefined, FB_V1],
    ['https://www.facebook.com/privacy/policy/', 'v2', FB_V2],
    ['https://privacycenter.instagram.com/policy/', undefined, IG],
  ])('%s (%s) gives back the corpus text', (url, variant, corpusFile) => {
    const captured = captureLines(renderedCapture(url, variant));
    const expected = corpusAsCapture(readFileSync(join(CORPUS, corpusFile), 'utf8'));
    const have = new Set(captured);
    const missing = expected.filter((l) => !have.has(l));
    expect(missing.slice(0, 5)).toEqual([]);
    const headings = (lines: string[]) => lines.filter((l) => l.startsWith('#'));
    expect(headings(captured)).toEqual(headings(expected));
    const rows = (lines: string[]) => lines.filter((l) => l.startsWith('|') && !/^\|( --- \|)+$/.test(l)).length;
    expect(rows(captured)).toBe(rows(expected));
    // Nothing from the page around the policy: navigation, banner, loading indicator, footer.
    expect(captured.join('\n')).not.toMatch(/Search Facebook|Privacy Center home|Meta © 2025|Loading/);
  });

  it('captures the noise variant (other link targets, same words) exactly like v1', () => {
    const v1 = renderedCapture('https://www.facebook.com/privacy/policy/');
    const noise = renderedCapture('https://www.facebook.com/privacy/policy/', 'noise');
    expect(v1.ok && noise.ok).toBe(true);
    expect(noise).toEqual(v1);
  });

  it('sees the May 2025 change between v1 and v2', () => {
    const v1 = captureLines(renderedCapture('https://www.facebook.com/privacy/policy/')).join('\n');
    const v2 = captureLines(renderedCapture('https://www.facebook.com/privacy/policy/', 'v2')).join('\n');
    expect(v1).toContain('Effective April 7, 2025');
    expect(v2).toContain('Effective May 27, 2025');
    expect(v2).toMatch(/\| Develop and improve \[?artificial intelligence technology\]? \(also called AI at Meta\)/);
    expect(v1).not.toMatch(/\| Develop and improve \[?artificial intelligence technology/);
  });

  it('reads the container by its role, not by generated class names', () => {
    const attempt = renderedCapture('https://www.facebook.com/privacy/policy/');
    expect(attempt.ok && attempt.via).toBe('div[role=main]');
  });
});
