import type { Language } from '../../analysis/types';

// Pure parsing for the Open Terms Archive import: file names to dates, folder names to a platform and document, zip
// archives to files, and a language guess from the text. Open Terms Archive keeps one Markdown file per recorded
// version, named by its UTC recording time with ":" replaced by "-": `2024-05-21T18-30-35Z.md`, in folders
// `<Service>/<document>.<collection>/` (the collection suffix is absent in some repositories).

export interface OtaFile {
  /** Path as given by the folder picker (webkitRelativePath) or inside the zip. */
  path: string;
  text: string;
}

export interface OtaVersion extends OtaFile {
  /** ISO 8601 UTC time the version was recorded, from the file name. */
  capturedAt: string;
}

export interface OtaTarget {
  /** Lower-case slug of the service folder ("Meta-AI" → "meta-ai"). */
  platformId: string;
  documentId: string;
}

const VERSION_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:\.(\d{1,3}))?Z\.md$/i;

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The recording time encoded in a version's file name, or null when the name is not one. */
export function capturedAtFromFileName(path: string): string | null {
  const match = VERSION_NAME.exec(baseName(path));
  if (!match) return null;
  const [, day, hh, mm, ss, ms] = match;
  const iso = `${day}T${hh}:${mm}:${ss}${ms ? `.${ms.padEnd(3, '0')}` : ''}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Platform and document guessed from the folders around a version file: ".../Facebook/privacy-policy.pga/x.md" →
 * facebook / privacy-policy. Also accepts the folder path itself or a zip's name ("privacy-policy.pga.zip").
 * Returns null for the parts it cannot tell.
 */
export function guessTarget(path: string): { platformId: string | null; documentId: string | null } {
  const parts = path.split(/[\\/]/).filter(Boolean);
  if (parts.length > 0 && VERSION_NAME.test(parts[parts.length - 1] ?? '')) parts.pop();
  const last = (parts.pop() ?? '').replace(/\.zip$/i, '');
  const service = parts.pop();
  // The document folder is "<document>.<collection>"; the document name itself never contains a dot.
  const documentId = slug(last.split('.')[0] ?? '') || null;
  return { platformId: service ? slug(service) || null : null, documentId };
}

/** The version files among picked files, oldest first; other files are listed as skipped (never silently dropped). */
export function collectVersions(files: readonly OtaFile[]): { versions: OtaVersion[]; skipped: string[] } {
  const versions: OtaVersion[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const capturedAt = capturedAtFromFileName(file.path);
    if (!capturedAt || seen.has(capturedAt)) {
      skipped.push(file.path);
      continue;
    }
    seen.add(capturedAt);
    versions.push({ ...file, capturedAt });
  }
  versions.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  return { versions, skipped };
}

/** The folder a path sits in ("" at the top level). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? '' : path.slice(0, cut);
}

/**
 * Version files grouped by their folder, largest group first: a picked service folder ("Facebook/") holds one folder
 * per collection, and versions of different collections (other regions, languages) must not be mixed in one history.
 */
export function groupByFolder(files: readonly OtaFile[]): { folder: string; files: OtaFile[] }[] {
  const groups = new Map<string, OtaFile[]>();
  for (const file of files) {
    if (!capturedAtFromFileName(file.path)) continue;
    const folder = folderOf(file.path);
    groups.set(folder, [...(groups.get(folder) ?? []), file]);
  }
  return [...groups.entries()]
    .map(([folder, list]) => ({ folder, files: list }))
    .sort((a, b) => b.files.length - a.files.length || a.folder.localeCompare(b.folder));
}

function countOf(text: string, literal: string, wholeWord: boolean): number {
  const escaped = literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(wholeWord ? `\\b${escaped}\\b` : escaped, 'g'))?.length ?? 0;
}

/**
 * The platform a policy text is about, when the folder does not say: the one whose domains and name the text
 * mentions most. Meta's policies name each other's products, but their links point to their own domain
 * (privacycenter.instagram.com, facebook.com/privacy). Null when no platform is mentioned.
 */
export function guessPlatformFromText(
  text: string,
  platforms: readonly { id: string; name: string; hosts: readonly string[] }[],
): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const platform of platforms) {
    const domains = platform.hosts.map((host) => host.replace(/^\*\./, ''));
    const score =
      domains.reduce((sum, domain) => sum + countOf(text, domain, false), 0) + countOf(text, platform.name, true);
    if (score > bestScore) {
      best = platform.id;
      bestScore = score;
    }
  }
  return best;
}

// Frequent short words: enough to tell English, German and French policies apart.
const STOP_WORDS: Record<Language, string[]> = {
  en: ['the', 'and', 'of', 'to', 'you', 'your', 'we', 'with', 'information'],
  de: ['der', 'die', 'und', 'das', 'wir', 'du', 'deine', 'mit', 'informationen'],
  fr: ['les', 'et', 'des', 'vous', 'vos', 'nous', 'avec', 'informations', 'le'],
};

/** The language a policy is written in, from word counts in its first 20 000 characters. */
export function guessLanguage(text: string): Language {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const counts: Record<string, number> = {};
  for (const word of words) counts[word] = (counts[word] ?? 0) + 1;
  let best: Language = 'en';
  let bestScore = -1;
  for (const [lang, list] of Object.entries(STOP_WORDS) as [Language, string[]][]) {
    const score = list.reduce((sum, word) => sum + (counts[word] ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
