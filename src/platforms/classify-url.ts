import { COMPACT_PLATFORMS, type CompactDocument, type CompactPlatform, type CompactRoute } from './compact';
import type { PageType } from './page-types';
import { localeFromUrl } from './url-locale';
import { hostMatches, parseWebUrl, pathMatches } from './url-patterns';

// What a URL is, from the registry alone: pure and cheap, so the content script can run it on every page of a
// platform and do DOM work only on the few pages that matter. Shared by content script, background and popup.

export interface UrlClass {
  platformId: string;
  pageType: PageType;
  documentId: string | null;
  routeId: string | null;
  /**
   * The locale the URL names (locale subdomain, ?hl=/?locale=/?lang=, locale path segment), or null. Read from the URL
   * when asked: it is only the fallback for a page without a lang attribute, and most platform pages the content
   * script classifies are 'other' pages that never ask.
   */
  readonly urlLocale: string | null;
}

/** Classify a URL; null when it is not on a platform of the registry (or not an http(s) URL at all). */
export function classifyUrl(url: string, platforms: readonly CompactPlatform[] = COMPACT_PLATFORMS): UrlClass | null {
  const web = parseWebUrl(url);
  if (!web) return null;
  const { url: parsed, host, path } = web;

  // Documents and routes on hosts of their own (Threads' policy on help.instagram.com) win over the platform that
  // owns the host, so they are tried first.
  for (const p of platforms) {
    for (const r of p.objectionRoutes) {
      if (r.hosts?.some((h) => hostMatches(h, host))) {
        const m = firstPathMatch(r.paths, path);
        if (m) return routeClass(p, r, parsed, m.locale);
      }
    }
    for (const d of p.documents) {
      if (d.hosts?.some((h) => hostMatches(h, host))) {
        const m = firstPathMatch(d.paths, path);
        if (m) return documentClass(p, d, parsed, m.locale);
      }
    }
  }

  const p = platforms.find((candidate) => candidate.hosts.some((h) => hostMatches(h, host)));
  if (!p) return null;
  for (const r of p.objectionRoutes) {
    if (r.hosts) continue;
    const m = firstPathMatch(r.paths, path);
    if (m) return routeClass(p, r, parsed, m.locale);
  }
  for (const d of p.documents) {
    if (d.hosts) continue;
    const m = firstPathMatch(d.paths, path);
    if (m) return documentClass(p, d, parsed, m.locale);
  }
  const settings = firstPathMatch(p.settingsPaths, path);
  const pageType = settings ? 'settings' : 'other';
  return urlClass({ platformId: p.id, pageType, documentId: null, routeId: null }, parsed, settings?.locale ?? null);
}

function urlClass(fields: Omit<UrlClass, 'urlLocale'>, url: URL, pathLocale: string | null): UrlClass {
  return {
    ...fields,
    get urlLocale() {
      return localeFromUrl(url, pathLocale);
    },
  };
}

function firstPathMatch(patterns: readonly string[], path: string) {
  for (const pattern of patterns) {
    const m = pathMatches(pattern, path);
    if (m) return m;
  }
  return null;
}

function documentClass(p: CompactPlatform, d: CompactDocument, url: URL, pathLocale: string | null): UrlClass {
  return urlClass({ platformId: p.id, pageType: 'policy', documentId: d.id, routeId: null }, url, pathLocale);
}

function routeClass(p: CompactPlatform, r: CompactRoute, url: URL, pathLocale: string | null): UrlClass {
  // A settings route is a settings page (LinkedIn's AI toggle); forms and contact pages are objection forms.
  const pageType: PageType = r.kind === 'setting' ? 'settings' : 'objection-form';
  return urlClass({ platformId: p.id, pageType, documentId: null, routeId: r.id }, url, pathLocale);
}
