import { type AsyncFlateStreamHandler, Inflate, Unzip, type UnzipDecoder, type UnzipFile } from 'fflate';
import type { OtaFile } from './ota-import';

// Reading a zip of Open Terms Archive versions that may be hostile (a zip bomb: 389 KB that expand into a
// 400-million-character "version"). Nothing is expanded before its declared size is checked, and every entry is
// counted WHILE it inflates: the archive is fed to fflate's streaming Unzip in small chunks, so each inflate step
// makes at most about a thousand times a chunk (deflate's ratio bound), and an entry that grows past its declared
// size or past the limit is stopped there. An entry past the limit is skipped and named; an archive past the limits
// on the number of entries or on the total is refused as a whole.

export const ZIP_LIMITS = {
  /** The archive itself. */
  zipBytes: 200_000_000,
  /** One version's text (the history's limit, src/history/limits.ts, as bytes). */
  entryBytes: 2_000_000,
  /** Version files in one archive: Open Terms Archive's largest series has a few hundred. */
  entries: 5_000,
  /** Everything expanded, together. */
  totalBytes: 300_000_000,
};

/** Compressed bytes fed to the inflater at a time: bounds one step's output to about 16 MB. */
const CHUNK = 16_384;

export class ZipRefused extends Error {
  override name = 'ZipRefused';
}

export interface ZipRead {
  files: OtaFile[];
  /** Entries left out, each with why. */
  skipped: string[];
}

function wanted(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && !name.startsWith('__MACOSX/');
}

/**
 * fflate's deflate decoder for zip entries, stoppable: its own `terminate` does nothing (it is synchronous), so a
 * stopped entry would still be inflated to the end. Stopped, it drops the rest of the entry's compressed data.
 */
class StoppableInflate implements UnzipDecoder {
  static compression = 8;
  ondata: AsyncFlateStreamHandler = () => undefined;
  private stopped = false;
  private readonly inflate = new Inflate((data, final) => this.ondata(null, data, final));
  push(chunk: Uint8Array, final: boolean): void {
    if (this.stopped) return;
    try {
      this.inflate.push(chunk, final);
    } catch (error) {
      this.ondata(error as Error & { code: number }, new Uint8Array(0), final);
    }
  }
  terminate(): void {
    this.stopped = true;
  }
}

interface ReadState extends ZipRead {
  entries: number;
  total: number;
  /** Set when the archive as a whole must be refused; checked after every chunk. */
  refusal: string | null;
}

/** The Markdown files of a zip archive, within ZIP_LIMITS; throws ZipRefused past the archive-wide limits. */
export function readZipWithin(bytes: Uint8Array, limits = ZIP_LIMITS): ZipRead {
  if (bytes.length > limits.zipBytes) throw new ZipRefused(`the archive is larger than ${limits.zipBytes} bytes`);
  const state: ReadState = { files: [], skipped: [], entries: 0, total: 0, refusal: null };
  const unzip = new Unzip((file) => onEntry(file, state, limits));
  unzip.register(StoppableInflate);
  for (let at = 0; at < bytes.length; at += CHUNK) {
    unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
    if (state.refusal) throw new ZipRefused(state.refusal);
  }
  return { files: state.files, skipped: state.skipped };
}

function onEntry(file: UnzipFile, state: ReadState, limits: typeof ZIP_LIMITS): void {
  if (!wanted(file.name) || state.refusal) return;
  if (++state.entries > limits.entries) {
    state.refusal = `the archive holds more than ${limits.entries} versions`;
    return;
  }
  const declared = file.originalSize;
  // Checked before anything is expanded: what the archive says the entry will be.
  if (declared !== undefined && declared > limits.entryBytes) {
    state.skipped.push(`${file.name}: ${declared} bytes once expanded, the limit is ${limits.entryBytes}`);
    return;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stop = (why: string) => {
    file.terminate();
    chunks.length = 0;
    state.skipped.push(`${file.name}: ${why}`);
  };
  file.ondata = (error, data, final) => {
    if (error) return stop(error.message);
    size += data.length;
    state.total += data.length;
    const over = overLimit(size, declared, limits);
    if (over) return stop(over);
    if (state.total > limits.totalBytes) {
      state.refusal = `the archive expands to more than ${limits.totalBytes} bytes`;
      return file.terminate();
    }
    chunks.push(data);
    if (final) state.files.push({ path: file.name, text: decode(chunks, size) });
  };
  file.start();
}

/** Why an entry that has expanded to `size` bytes so far must stop, or null. */
function overLimit(size: number, declared: number | undefined, limits = ZIP_LIMITS): string | null {
  if (declared !== undefined && size > declared) return `expands past its declared size (${declared} bytes)`;
  if (size > limits.entryBytes) return `expands past ${limits.entryBytes} bytes`;
  return null;
}

function decode(chunks: readonly Uint8Array[], size: number): string {
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder('utf-8').decode(all);
}
