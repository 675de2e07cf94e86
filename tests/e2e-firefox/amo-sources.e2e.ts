import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../e2e/harness/build';

// What Mozilla's reviewers do with the sources zip: unpack it somewhere else, run the build documented in
// store/firefox-sources.md (the commands are read from that file), and compare the result with the Firefox zip we
// would upload. Any file that differs, is missing or is extra fails. Needs the npm registry (or npm's cache).

const INSTRUCTIONS = 'store/firefox-sources.md';
const { version } = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string };
const FIREFOX_ZIP = join(PROJECT_DIR, `.output/policy-watch-${version}-firefox.zip`);
const SOURCES_ZIP = join(PROJECT_DIR, `.output/policy-watch-${version}-sources.zip`);

/** The shell commands of the "## Build" section's code block, comments removed. */
function documentedBuildCommands(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Build'));
  const block = section ? /```sh\n([\s\S]*?)```/.exec(section)?.[1] : undefined;
  if (!block) throw new Error(`${INSTRUCTIONS} has no sh code block under "## Build"`);
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('#'));
}

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path)];
  });
}

describe('the sources zip for addons.mozilla.org', () => {
  const work = mkdtempSync(join(tmpdir(), 'policy-watch-amo-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('rebuilds, with the documented commands, into exactly the Firefox zip', { timeout: 600_000 }, () => {
    execSync('npx wxt zip -b firefox', { cwd: PROJECT_DIR, stdio: 'pipe' });
    const sources = unzipSync(readFileSync(SOURCES_ZIP));
    const names = Object.keys(sources).filter((name) => !name.endsWith('/'));
    expect(names).toContain(INSTRUCTIONS);
    expect(names).toContain('package-lock.json');
    expect(names.filter((n) => /(^|\/)(node_modules|\.output|tests)\/|\.test\.ts$/.test(n))).toEqual([]);
    for (const name of names) {
      mkdirSync(dirname(join(work, name)), { recursive: true });
      writeFileSync(join(work, name), sources[name]!);
    }

    const commands = documentedBuildCommands(readFileSync(join(work, INSTRUCTIONS), 'utf8'));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      // npm's cache (filled by the project's own install) before the registry: the same locked packages, without a
      // registry round trip per package, which on a slow registry made this the longest test.
      const env = { ...process.env, npm_config_prefer_offline: 'true' };
      const run = spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8', env });
      if (run.status !== 0) throw new Error(`"${command}" failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }

    const built = join(work, '.output/firefox-mv2');
    const shipped = unzipSync(readFileSync(FIREFOX_ZIP));
    const shippedNames = Object.keys(shipped)
      .filter((name) => !name.endsWith('/'))
      .sort();
    expect(filesUnder(built).sort()).toEqual(shippedNames);
    const differing = shippedNames.filter(
      (name) => !Buffer.from(shipped[name]!).equals(readFileSync(join(built, name))),
    );
    expect(differing).toEqual([]);
  });
});
