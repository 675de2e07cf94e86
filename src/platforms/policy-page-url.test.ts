import { describe, expect, it } from 'vitest';
import { classifyUrl } from './classify-url';
import { policyPageUrl } from './policy-page-url';
import { PLATFORMS } from './registry';

describe('policyPageUrl', () => {
  it.each(PLATFORMS.map((p) => [p.id, p] as const))(
    '%s: a real https page that the registry reads as its policy',
    (_id, p) => {
      const url = policyPageUrl(p);
      expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\/[^*{}]*$/);
      expect(classifyUrl(url)).toMatchObject({ platformId: p.id, pageType: 'policy', documentId: p.documents[0]?.id });
    },
  );
});
