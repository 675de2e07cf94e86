import google from './data/google.json';
import linkedin from './data/linkedin.json';
import meta from './data/meta.json';
import pinterest from './data/pinterest.json';
import reddit from './data/reddit.json';
import snapchat from './data/snapchat.json';
import tiktok from './data/tiktok.json';
import x from './data/x.json';
import { type ObjectionRoute, type Platform, type PlatformFile, platformFile } from './schema';

// Every family file is listed here once; the schema validates it at load, so a malformed file fails the unit tests
// and the build (wxt.config.ts imports this through match-patterns.ts) rather than misbehaving on a user's machine.
export const PLATFORM_FILES: readonly unknown[] = [meta, linkedin, x, google, tiktok, snapchat, pinterest, reddit];

export class PlatformFileError extends Error {
  override name = 'PlatformFileError';
}

/** Validate family files and the references between them; throws PlatformFileError naming the file and the field. */
export function loadPlatformFiles(files: readonly unknown[]): Platform[] {
  const platforms: Platform[] = [];
  const families = new Set<string>();
  for (const [index, file] of files.entries()) {
    const parsed = platformFile.safeParse(file);
    const family = (file as Partial<PlatformFile> | null)?.family ?? `(file ${index + 1}, no family)`;
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
      throw new PlatformFileError(`Platform file "${family}" is invalid: ${issues}`);
    }
    if (families.has(parsed.data.family)) throw new PlatformFileError(`Platform family "${family}" is listed twice`);
    families.add(parsed.data.family);
    platforms.push(...parsed.data.platforms);
  }
  checkUniqueness(platforms);
  checkPublishers(platforms);
  return platforms;
}

// Ids are referenced alone elsewhere (history records keep platformId, the walkthrough keeps routeId), and a host
// claimed by two platforms would make classifyUrl depend on file order: all three must be unique across files.
function checkUniqueness(platforms: readonly Platform[]): void {
  const platformIds = new Set<string>();
  const routeIds = new Map<string, string>();
  const hostOwners = new Map<string, string>();
  for (const p of platforms) {
    if (platformIds.has(p.id)) throw new PlatformFileError(`Platform id "${p.id}" is defined twice`);
    platformIds.add(p.id);
    for (const r of p.objectionRoutes) {
      const owner = routeIds.get(r.id);
      if (owner) throw new PlatformFileError(`Objection route "${r.id}" is defined by "${owner}" and "${p.id}"`);
      routeIds.set(r.id, p.id);
    }
    for (const h of p.hosts) {
      const owner = hostOwners.get(h);
      if (owner) throw new PlatformFileError(`Host "${h}" is claimed by "${owner}" and "${p.id}"`);
      hostOwners.set(h, p.id);
    }
  }
}

/** A document published by another platform names one that exists, and whose hosts serve its fetchUrl. */
function checkPublishers(platforms: readonly Platform[]): void {
  for (const p of platforms) {
    for (const d of p.documents) {
      if (d.publishedBy === undefined) continue;
      if (d.publishedBy === p.id || !platforms.some((other) => other.id === d.publishedBy))
        throw new PlatformFileError(
          `Document "${p.id}/${d.id}": publishedBy "${d.publishedBy}" is not another platform`,
        );
    }
  }
}

export const PLATFORMS: readonly Platform[] = loadPlatformFiles(PLATFORM_FILES);

export function getPlatform(id: string): Platform | undefined {
  return PLATFORMS.find((p) => p.id === id);
}

/** An objection route by its id (unique across platforms), with the platform that owns it. */
export function getObjectionRoute(routeId: string): { platform: Platform; route: ObjectionRoute } | undefined {
  for (const platform of PLATFORMS) {
    const route = platform.objectionRoutes.find((r) => r.id === routeId);
    if (route) return { platform, route };
  }
  return undefined;
}
