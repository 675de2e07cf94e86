import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The tests drive the extension exactly as it ships: the output of the real `wxt build`, manifest included. It is
// rebuilt only when a source is newer than the build, so a run of many test files builds once (or not at all right
// after `npm test`'s build step).

export const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD_DIR = join(PROJECT_DIR, '.output/chrome-mv3');
export const FIREFOX_BUILD_DIR = join(PROJECT_DIR, '.output/firefox-mv2');

/** What goes into the build. Unit tests sit beside the code but are not part of it. */
const SOURCES = ['entrypoints', 'src', 'public', 'assets', 'wxt.config.ts', 'package.json', 'tsconfig.json'];

function newestSourceTime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows only as a newer folder
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestSourceTime(join(path, entry)));
  return newest;
}

export function chromeBuildIsCurrent(): boolean {
  return buildIsCurrent(CHROME_BUILD_DIR);
}

function buildIsCurrent(buildDir: string): boolean {
  const manifest = join(buildDir, 'manifest.json');
  if (!existsSync(manifest)) return false;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.every((source) => newestSourceTime(join(PROJECT_DIR, source)) <= built);
}

/** Build the Chrome extension unless the build is current; returns the folder to load. Throws with wxt's output. */
export function ensureChromeBuild(): string {
  return ensureBuild(CHROME_BUILD_DIR, []);
}

/** The same for the Firefox build (`wxt build -b firefox`, Manifest V2). */
export function ensureFirefoxBuild(): string {
  return ensureBuild(FIREFOX_BUILD_DIR, ['-b', 'firefox']);
}

function ensureBuild(buildDir: string, browserArgs: string[]): string {
  if (buildIsCurrent(buildDir)) return buildDir;
  const result = spawnSync('npx', ['wxt', 'build', ...browserArgs], { cwd: PROJECT_DIR, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`wxt build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return buildDir;
}
