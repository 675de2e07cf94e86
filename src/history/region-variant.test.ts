import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusAvailable, VERSIONS_DIR } from '../../tests/corpus';
import { regionVariantOf } from '../platforms/region-variant';
import { assertKind, freshStore } from './testing';
import type { CaptureInput } from './types';

// Region variants (platforms/region-variant.ts): LinkedIn's EU notice and its global policy share a document id in
// the registry, one history per locale. A version records its variant, and a capture is compared only with the
// previous version of the same variant, never as the other variant's replacement.

const linkedin = (file: string, url: string, capturedAt: string): CaptureInput => ({
  platformId: 'linkedin',
  documentId: 'privacy-policy',
  locale: 'en',
  text: readFileSync(join(VERSIONS_DIR, file), 'utf8'),
  url,
  source: 'visit',
  extractorVersion: 1,
  capturedAt,
});

const EU = 'https://www.linkedin.com/legal/privacy/eu';
const GLOBAL = 'https://www.linkedin.com/legal/privacy-policy';

describe('region variants', () => {
  it('reads the variant from the URL where the registry knows it', () => {
    expect(regionVariantOf('linkedin', 'privacy-policy', EU)).toBe('EU');
    expect(regionVariantOf('linkedin', 'privacy-policy', `${GLOBAL}?trk=x`)).toBe('global');
    expect(regionVariantOf('facebook', 'privacy-policy', 'https://www.facebook.com/privacy/policy/')).toBeUndefined();
  });

  it.skipIf(!corpusAvailable)(
    `compares a capture only with its own variant (${corpusAvailable ? 'corpus' : CORPUS_MISSING})`,
    async () => {
      const { store } = freshStore();
      const eu1 = await store.recordCapture(
        linkedin('LinkedIn/privacy-policy.pga/2025-06-10T00-32-38Z.md', EU, '2025-06-10T00:32:38.000Z'),
      );
      assertKind(eu1, 'baseline');
      // The global policy seen after the EU notice: another text, not a change of the EU notice.
      const global = await store.recordCapture(
        linkedin('LinkedIn/privacy-policy.contrib/2025-09-18T06-13-39Z.md', GLOBAL, '2025-09-18T06:13:39.000Z'),
      );
      expect(global.kind).toBe('baseline');
      if (global.kind !== 'baseline') return;
      expect(global.version.regionVariant).toBe('global');
      expect(global.version.report).toBeNull();
      // The next EU notice is compared with the EU notice before it, not with the global policy in between.
      const eu2 = await store.recordCapture(
        linkedin('LinkedIn/privacy-policy.pga/2025-09-18T12-34-39Z.md', EU, '2025-09-18T12:34:39.000Z'),
      );
      expect(eu2.kind).toBe('changed');
      if (eu2.kind !== 'changed' || eu1.kind !== 'baseline') return;
      expect(eu2.version.regionVariant).toBe('EU');
      expect(eu2.version.previousId).toBe(eu1.version.id);
      expect(eu2.version.report?.dates?.announced.map((a) => a.date)).toEqual(['2025-11-03']);
    },
  );
});
