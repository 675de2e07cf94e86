import { type Platform, type PlatformFile, platformFile } from './schema';
import meta from './data/meta.json';

// Every family file is listed here once; the schema validates it at load, so a malformed file fails the unit tests
// and the build rather than misbehaving on a user's machine.
const FILES: unknown[] = [meta];

export function loadPlatformFiles(files: unknown[]): Platform[] {
  const platforms: Platform[] = [];
  for (const file of files) {
    const parsed = platformFile.safeParse(file);
    if (!parsed.success) {
      const family = (file as Partial<PlatformFile>)?.family ?? '(unknown)';
      throw new Error(`Platform file "${family}" is invalid: ${parsed.error.message}`);
    }
    platforms.push(...parsed.data.platforms);
  }
  const ids = new Set<string>();
  for (const p of platforms) {
    if (ids.has(p.id)) throw new Error(`Platform id "${p.id}" is defined twice`);
    ids.add(p.id);
  }
  return platforms;
}

export const PLATFORMS: readonly Platform[] = loadPlatformFiles(FILES);

export function getPlatform(id: string): Platform | undefined {
  return PLATFORMS.find((p) => p.id === id);
}
