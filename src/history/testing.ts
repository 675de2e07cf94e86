import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VERSIONS_DIR } from '../../tests/corpus';
import { createHistoryStore, type HistoryStore } from './store';
import type { CaptureInput, CaptureOutcome } from './types';

// Helpers for the history tests (never imported by extension code): real Facebook privacy-policy versions from the
// shared corpus, and a fresh database per test.

export const FACEBOOK_PGA_DIR = join(VERSIONS_DIR, 'Facebook/privacy-policy.pga');

export function facebookVersionNames(): string[] {
  return readdirSync(FACEBOOK_PGA_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

export function facebookText(name: string): string {
  return readFileSync(resolve(FACEBOOK_PGA_DIR, name), 'utf8');
}

/** The corpus file name's time (2024-12-01T00-30-41Z) as ISO 8601. */
export function timeOf(name: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z/.exec(name);
  if (!m) throw new Error(`not a corpus version name: ${name}`);
  return new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`).toISOString();
}

export function facebookCapture(name: string, overrides: Partial<CaptureInput> = {}): CaptureInput {
  return {
    platformId: 'facebook',
    documentId: 'privacy-policy',
    locale: 'en',
    text: facebookText(name),
    url: 'https://www.facebook.com/privacy/policy/',
    source: 'visit',
    extractorVersion: 1,
    capturedAt: timeOf(name),
    ...overrides,
  };
}

export function freshStore(): { store: HistoryStore; name: string } {
  const name = `test-${crypto.randomUUID()}`;
  return { store: createHistoryStore(name), name };
}

export const FACEBOOK_DOC = { platformId: 'facebook', documentId: 'privacy-policy', locale: 'en' } as const;

/**
 * A real version whose only change is its "Effective <date>" line moved one day on: a change that is real (the
 * normalised text differs) but not material.
 */
export function noiseVariant(name: string): CaptureInput {
  const capture = facebookCapture(name);
  const text = capture.text.replace(
    /^Effective (\w+) (\d+), (\d{4})$/m,
    (_l, month: string, day: string, year: string) => {
      return `Effective ${month} ${Number(day) + 1}, ${year}`;
    },
  );
  if (text === capture.text) throw new Error(`${name} has no "Effective <date>" line`);
  return { ...capture, text, capturedAt: new Date(Date.parse(capture.capturedAt) + 60_000).toISOString() };
}

/** Record corpus versions in order until the document has `count` distinct versions. */
export async function storeWithVersions(count: number) {
  const { store, name } = freshStore();
  for (const file of facebookVersionNames()) {
    if ((await store.listVersions(FACEBOOK_DOC)).length >= count) break;
    await store.recordCapture(facebookCapture(file));
  }
  const versions = await store.listVersions(FACEBOOK_DOC);
  if (versions.length !== count) throw new Error(`only ${versions.length} distinct versions`);
  return { store, name, versions };
}

/** Narrows a capture outcome to the kind a test expects, failing the test (never returning early) otherwise. */
export function assertKind<K extends CaptureOutcome['kind']>(
  outcome: CaptureOutcome,
  kind: K,
): asserts outcome is Extract<CaptureOutcome, { kind: K }> {
  if (outcome.kind !== kind) throw new Error(`expected a ${kind} outcome, got ${outcome.kind}`);
}
