import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/lint-firefox.mjs tells our warnings from dependencies' by the code at the warning's position: a minimal
// add-on with zod's eval probe passes, the same add-on with an eval of our own fails.

const ZOD_PROBE = 'const allowsEval=(()=>{try{return Function(``),!0}catch{return!1}})();';
const OUR_EVAL = 'const answer=new Function("return 42")();console.log(answer);';
const made: string[] = [];

function addon(background: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-firefox-'));
  made.push(dir);
  const manifest = {
    manifest_version: 2,
    name: 'Lint test',
    version: '1.0',
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: { id: 'lint-test@example.org', data_collection_permissions: { required: ['none'] } },
    },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), background);
  return dir;
}

function lint(dir: string) {
  const run = spawnSync(process.execPath, ['scripts/lint-firefox.mjs', dir], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('lint-firefox', () => {
  it('lists a dependency’s warning without failing', () => {
    const { status, output } = lint(addon(ZOD_PROBE));
    expect(output).toMatch(/warning from a dependency, zod 4/);
    expect(output).toMatch(/0 warnings from our code, 1 from dependencies/);
    expect(status).toBe(0);
  }, 60_000);

  it('fails on a warning caused by our own code', () => {
    const { status, output } = lint(addon(`${ZOD_PROBE}\n${OUR_EVAL}`));
    expect(output).toMatch(/WARNING DANGEROUS_EVAL/);
    expect(output).toMatch(/1 warnings from our code/);
    expect(status).toBe(1);
  }, 60_000);
});
