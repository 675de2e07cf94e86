import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPolicyFromHtml } from './extract-from-html';

// A background check reads the printable policy without running its scripts; it records the policy's objection
// links as a visit does, so the route the policy links is known before the user opens the page.

const REALPAGES = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/realpages');
const AUG_2026 = join(REALPAGES, 'facebook/2026-08-22_genai-eu_en-eu_privacy-policy-meta-mbasic-printable.html');

describe.skipIf(!existsSync(AUG_2026))('background extraction of the real Meta EU policy (Aug 2026)', () => {
  it('keeps the text and the "right to object to" link to help.meta.com', { timeout: 30_000 }, () => {
    const html = readFileSync(AUG_2026, 'utf8').replace(/<link\b[^>]*>/g, '');
    const parsed = extractPolicyFromHtml(
      html,
      'https://mbasic.facebook.com/privacy/policy/printable/',
      'facebook',
      'privacy-policy',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.objectionLinks?.[0]).toMatchObject({ text: 'right to object to' });
    expect(parsed.objectionLinks?.[0]?.href).toMatch(/^https:\/\/help\.meta\.com\/support\/privacy\//);
  });
});
