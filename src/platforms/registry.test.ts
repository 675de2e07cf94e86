import { describe, expect, it } from 'vitest';
import meta from './data/meta.json';
import { getObjectionRoute, loadPlatformFiles, PLATFORM_FILES, PLATFORMS, PlatformFileError } from './registry';
import { PLATFORM_FORMAT_VERSION } from './schema';

// A deep, loosely typed copy of a family file, to break on purpose.
const clone = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('platform registry', () => {
  it('loads every family file with the current format version', () => {
    for (const file of PLATFORM_FILES)
      expect((file as { formatVersion: number }).formatVersion).toBe(PLATFORM_FORMAT_VERSION);
    expect(PLATFORMS.map((p) => p.id).sort()).toEqual([
      'facebook',
      'google',
      'grok',
      'instagram',
      'linkedin',
      'messenger',
      'pinterest',
      'reddit',
      'snapchat',
      'threads',
      'tiktok',
      'whatsapp',
      'x',
      'youtube',
    ]);
  });

  it('has unique platform ids, route ids and document ids per platform', () => {
    const ids = PLATFORMS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const routes = PLATFORMS.flatMap((p) => p.objectionRoutes.map((r) => r.id));
    expect(new Set(routes).size).toBe(routes.length);
    for (const p of PLATFORMS) {
      const docs = p.documents.map((d) => d.id);
      expect(new Set(docs).size, p.id).toBe(docs.length);
    }
  });

  it('gives every platform a document with selectors and markers to recognise a genuine capture', () => {
    for (const p of PLATFORMS) {
      const withMarkers = p.documents.filter((d) => d.extract.markers.length > 0 && d.extract.selectors.length > 0);
      expect(withMarkers.length, p.id).toBeGreaterThan(0);
    }
  });

  it('gives every platform an objection route with steps in English', () => {
    for (const p of PLATFORMS) {
      expect(p.objectionRoutes.length, p.id).toBeGreaterThan(0);
      for (const r of p.objectionRoutes)
        expect(
          r.steps.every((s) => s.en.length > 0),
          r.id,
        ).toBe(true);
    }
  });

  it('knows the Meta AI objection forms, their fields and the 27 May 2025 deadline', () => {
    const facebook = PLATFORMS.find((p) => p.id === 'facebook')!;
    const form = facebook.objectionRoutes.find((r) => r.id === 'meta-ai-facebook')!;
    expect(form.url).toBe('https://www.facebook.com/help/contact/712876720715583');
    expect(form.localizedUrls?.de).toBe('https://de-de.facebook.com/help/contact/712876720715583');
    const email = form.fields.find((f) => f.purpose === 'email')!;
    const reason = form.fields.find((f) => f.purpose === 'reason')!;
    expect([email.required, reason.required]).toEqual([true, false]);
    expect(form.fields.find((f) => f.purpose === 'country')?.mayBeMissing).toBe(true);
    expect(facebook.deadlines).toContainEqual(
      expect.objectContaining({ date: '2025-05-27', routeId: 'meta-ai-facebook' }),
    );
    const instagram = PLATFORMS.find((p) => p.id === 'instagram')!;
    // The form the Instagram EU policy banner linked from 21 May 2025 (FORMS.md §1).
    expect(instagram.objectionRoutes[0]?.url).toBe('https://help.instagram.com/contact/233964459562201');
  });

  it('has the route the current Meta EU policy links (help.meta.com), with its question about AI first', () => {
    const facebook = PLATFORMS.find((p) => p.id === 'facebook')!;
    const [current, generic] = facebook.objectionRoutes;
    expect(current).toMatchObject({ id: 'meta-privacy-objection', url: 'https://help.meta.com/support/privacy/' });
    expect(current?.source).toMatchObject({ kind: 'policy-link', seen: '2026-07-24/2026-08-22' });
    expect(current?.branches[0]?.question.de).toContain('Bezieht sich deine Anfrage auf KI bei Meta?');
    expect(generic?.url).toBe('https://www.facebook.com/help/contact/367438723733209');
    expect(generic?.source.seen).toBe('2024-06-18/2026-02-25');
    // The June 2024 form's emailed code.
    const ai = facebook.objectionRoutes.find((r) => r.id === 'meta-ai-facebook')!;
    expect(ai.verification?.submitLabels.fr).toContain('Envoyer');
  });

  it('says where every route comes from', () => {
    for (const p of PLATFORMS)
      for (const r of p.objectionRoutes) expect(r.source.evidence.length, `${p.id}/${r.id}`).toBeGreaterThan(20);
  });

  it('finds a route and its platform by the route id alone', () => {
    expect(getObjectionRoute('x-grok-training')?.platform.id).toBe('x');
    expect(getObjectionRoute('x-grok-training')?.route.setting?.optedOutWhen).toBe('off');
    expect(getObjectionRoute('no-such-route')).toBeUndefined();
  });

  it('uses the email kind with an address only where the policy names one', () => {
    const emailRoutes = PLATFORMS.flatMap((p) => p.objectionRoutes).filter((r) => r.kind === 'email');
    for (const r of emailRoutes) {
      if (r.email) expect(r.url).toBe(`mailto:${r.email}`);
      else expect(r.url).toMatch(/^https:\/\//);
    }
    expect(emailRoutes.find((r) => r.id === 'reddit-dpo-email')?.email).toBe('dpo@reddit.com');
  });
});

describe('loadPlatformFiles refuses malformed files', () => {
  it('names the file and the field when a required field is missing', () => {
    const broken = clone(meta);
    delete broken.platforms[0]!.documents[0]!.extract.markers;
    expect(() => loadPlatformFiles([broken])).toThrow(PlatformFileError);
    expect(() => loadPlatformFiles([broken])).toThrow(
      /"meta" is invalid: platforms\.0\.documents\.0\.extract\.markers/,
    );
  });

  it('refuses an unknown format version', () => {
    expect(() => loadPlatformFiles([{ ...clone(meta), formatVersion: 99 }])).toThrow(
      /"meta" is invalid: formatVersion/,
    );
  });

  it('refuses a bad host pattern and a deadline for a route that does not exist', () => {
    const badHost = clone(meta);
    badHost.platforms[0]!.hosts = ['https://facebook.com'];
    expect(() => loadPlatformFiles([badHost])).toThrow(/platforms\.0\.hosts\.0: host pattern/);
    const badDeadline = clone(meta);
    badDeadline.platforms[0]!.deadlines[0]!.routeId = 'no-such-route';
    expect(() => loadPlatformFiles([badDeadline])).toThrow(/no objection route "no-such-route"/);
  });

  it('refuses the same platform, route or host in two files', () => {
    expect(() => loadPlatformFiles([meta, { ...clone(meta), family: 'meta-copy' }])).toThrow(
      /"facebook" is defined twice/,
    );
    const other = clone(meta);
    other.family = 'other';
    other.platforms = [{ ...other.platforms[0]!, id: 'facebook-clone', objectionRoutes: [], deadlines: [] }];
    expect(() => loadPlatformFiles([meta, other])).toThrow(
      /Host "\*\.facebook\.com" is claimed by "facebook" and "facebook-clone"/,
    );
  });
  it('refuses a document published by a platform that does not exist', () => {
    const [google] = PLATFORM_FILES.filter((f) => (f as { family: string }).family === 'google') as {
      platforms: { documents: { publishedBy?: string }[] }[];
    }[];
    const broken = structuredClone(google)!;
    broken.platforms[1]!.documents[0]!.publishedBy = 'nowhere';
    const others = PLATFORM_FILES.filter((f) => f !== google);
    expect(() => loadPlatformFiles([...others, broken])).toThrow(/publishedBy "nowhere" is not another platform/);
  });
  it('gives every document a background check or the reason it has none', () => {
    for (const p of PLATFORMS)
      for (const d of p.documents)
        expect(Boolean(d.fetchUrl) !== Boolean(d.noBackgroundCheck), `${p.id}/${d.id}`).toBe(true);
    // Meta's printable policy serves the products it names ("Our Products include Facebook, Instagram, Messenger").
    const printable = PLATFORMS.flatMap((p) =>
      p.documents.filter((d) => d.fetchUrl === 'https://mbasic.facebook.com/privacy/policy/printable/').map(() => p.id),
    );
    expect(printable.sort()).toEqual(['facebook', 'instagram', 'messenger']);
  });
  it('refuses a document without a fetchUrl and without a reason, or with both', () => {
    const broken = clone(meta);
    delete broken.platforms[0].documents[1].noBackgroundCheck;
    expect(() => loadPlatformFiles([broken])).toThrow(/noBackgroundCheck: no fetchUrl: say why/);
    const both = clone(meta);
    both.platforms[0].documents[0].noBackgroundCheck = { reason: 'needs-scripts', evidence: 'x' };
    expect(() => loadPlatformFiles([both])).toThrow(/a fetchUrl and noBackgroundCheck both/);
  });
  it('refuses an Open Terms Archive source outside the known collections or paths', () => {
    for (const ota of [
      { repo: 'someone-else', path: 'Facebook/Privacy Policy.md' },
      { repo: 'pga-versions', path: '../Facebook/Privacy Policy.md' },
      { repo: 'pga-versions', path: 'Facebook/Privacy Policy' },
      { repo: 'pga-versions', path: 'Facebook/x/Privacy Policy.md' },
    ]) {
      const broken = clone(meta);
      broken.platforms[0].documents[0].ota = ota;
      expect(() => loadPlatformFiles([broken]), JSON.stringify(ota)).toThrow(/documents\.0\.ota/);
    }
  });
});
