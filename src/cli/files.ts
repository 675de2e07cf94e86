import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** An error the user caused (bad argument, missing file): printed as one line, never as a stack trace. */
export class CliError extends Error {}

const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Reads a policy text: a readable, non-empty-path regular file that is text (UTF-8 without NUL bytes). */
export function readPolicyFile(path: string): string {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new CliError(`${path} is a folder, not a file`);
    if (!stats.isFile()) throw new CliError(`${path} is not a regular file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${describe(error)}`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliError(`${path} is too large (${size} bytes; at most ${MAX_INPUT_BYTES})`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describe(error)}`);
  }
  if (bytes.subarray(0, 65_536).includes(0)) throw new CliError(`${path} is a binary file, not a policy text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const replaced = (text.slice(0, 65_536).match(/\uFFFD/g) ?? []).length;
  if (replaced > 16) throw new CliError(`${path} is not UTF-8 text`);
  return text;
}

/** The version files of a folder (no sub-folders, no hidden files), in file-name order, which is date order. */
export function listVersionFiles(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new CliError(`${dir} is not a folder`);
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read folder ${dir}: ${describe(error)}`);
  }
  const files = names
    .filter((name) => !name.startsWith('.'))
    .filter((name) => {
      try {
        return statSync(join(dir, name)).isFile();
      } catch {
        return false;
      }
    })
    .sort();
  if (files.length === 0) throw new CliError(`${dir} holds no version files`);
  return files;
}

export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    return code;
  }
  return error instanceof Error ? error.message : String(error);
}
