// @vitest-environment node
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusAvailable, versionPath } from '../../tests/analysis/corpus';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'policy-watch.mjs');
const PGA = 'Facebook/privacy-policy.pga/';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

function expectOneLineError(run: Run): void {
  expect(run.code).not.toBe(0);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^policy-watch: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).toBe('');
}

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'policy-watch-cli-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('policy-watch CLI', () => {
  it('--help prints the usage', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('policy-watch analyze OLD NEW');
    expect(run.stdout).toContain('policy-watch history DIR');
  }, 60_000);

  it('rejects bad input with one line on stderr and a non-zero exit', async () => {
    const binary = join(workDir, 'binary.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const text = join(workDir, 'text.md');
    writeFileSync(text, '# Policy\n\nWe collect information you provide.');
    const empty = mkdtempSync(join(workDir, 'empty-'));
    const runs = await Promise.all([
      runCli([]),
      runCli(['analyze', join(workDir, 'missing.md'), text]),
      runCli(['analyze', binary, text]),
      runCli(['analyze', text]),
      runCli(['analyze', text, text, '--frobnicate']),
      runCli(['history', empty]),
      runCli(['history', join(workDir, 'no-such-folder')]),
      runCli(['bogus']),
    ]);
    for (const run of runs) expectOneLineError(run);
    expect(runs[1]?.stderr).toMatch(/no such file/);
    expect(runs[2]?.stderr).toMatch(/binary/);
    expect(runs[5]?.stderr).toMatch(/no version files/);
  }, 120_000);

  describe.skipIf(!corpusAvailable)('on real versions', () => {
    if (!corpusAvailable) console.warn(CORPUS_SKIP_REASON);
    const oldFile = () => versionPath(`${PGA}2025-04-23T12-31-08Z.md`);
    const newFile = () => versionPath(`${PGA}2025-05-28T00-30-56Z.md`);

    it('analyze prints flags first, with quotes and section, then the other changes', async () => {
      const run = await runCli(['analyze', oldFile(), newFile()]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const flags = run.stdout.indexOf('FLAGS');
      expect(flags).toBeGreaterThan(0);
      expect(run.stdout.indexOf('OTHER CHANGES')).toBeGreaterThan(flags);
      expect(run.stdout).toContain('[HIGH] legal-basis: legitimate-interests, added');
      expect(run.stdout).toContain('After:  "Develop and improve [artificial intelligence technology]');
      expect(run.stdout).toContain('Section: ');
    }, 60_000);

    it('analyze --json prints exactly one JSON object', async () => {
      const run = await runCli(['analyze', '--json', oldFile(), newFile()]);
      expect(run.code).toBe(0);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({ schemaVersion: 1, language: 'en', material: true, capture: 'ok' });
      expect(report.flags.some((flag: { kind: string; basis?: string }) => flag.basis === 'legitimate-interests')).toBe(
        true,
      );
      expect(Array.isArray(report.changes)).toBe(true);
    }, 60_000);

    it('history prints material changes, skipping noise-only versions and unusable captures, in both forms', async () => {
      const dir = mkdtempSync(join(workDir, 'history-'));
      copyFileSync(oldFile(), join(dir, '2025-04-23T12-31-08Z.md'));
      copyFileSync(newFile(), join(dir, '2025-05-28T00-30-56Z.md'));
      const full = readFileSync(newFile(), 'utf8');
      writeFileSync(join(dir, '2025-05-29T00-00-00Z.md'), full.slice(0, 3_000));
      writeFileSync(
        join(dir, '2025-05-30T00-00-00Z.md'),
        full.replace(/https:\/\/www\.facebook\.com\/privacy\/genai/g, 'https://www.facebook.com/privacy/genai?ref=x'),
      );
      const text = await runCli(['history', dir]);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('skipped 1 noise-only version and 1 unusable capture');
      expect(text.stdout).toContain('2025-05-28T00-30-56Z.md');
      expect(text.stdout).toContain('[HIGH] legal-basis: legitimate-interests');
      expect(text.stdout).not.toMatch(/^2025-05-30T00-00-00Z\.md/m);
      const json = await runCli(['history', dir, '--json']);
      expect(json.code).toBe(0);
      const history = JSON.parse(json.stdout);
      expect(history).toMatchObject({ schemaVersion: 1, versions: 4, material: 1, noiseOnly: 1, unusable: 1 });
      expect(history.entries.map((entry: { capture: string }) => entry.capture)).toEqual([
        'ok',
        'ok',
        'truncated',
        'ok',
      ]);
      expect(history.entries[3].previous).toBe('2025-05-28T00-30-56Z.md');
    }, 120_000);
  });
});
