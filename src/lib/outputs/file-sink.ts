/**
 * Where the published files go as they are produced (files.ts). The build writes each one
 * straight into its output folder, so no file's bytes stay in memory — ~360 MB of data files
 * at the benchmark's full synthetic size, ten times that at ten times the size — and reads
 * them back from there when asked (a release zip holds its versions' files). Tests and
 * `astro dev` keep them in memory.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface FileSink {
  /** Keeps `bytes` (not to be changed afterwards) as the file at URL path `path`; the function returned gives them back. */
  put(path: string, bytes: Uint8Array<ArrayBuffer>): () => Uint8Array<ArrayBuffer>;
}

// The readers are made by their own functions: a closure keeps its whole scope alive, so a
// disk reader made where `bytes` is in scope would keep the bytes in memory after all.
const inMemory = (bytes: Uint8Array<ArrayBuffer>) => (): Uint8Array<ArrayBuffer> => bytes;

const onDisk = (file: string) => (): Uint8Array<ArrayBuffer> => {
  const b = readFileSync(file);
  return new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength);
};

/** Keeps every file in memory. */
export const memorySink: FileSink = { put: (_path, bytes) => inMemory(bytes) };

/**
 * Writes every file under `dir` at its URL path (`/data/x/y.csv` → `<dir>/data/x/y.csv`),
 * as the static site serves it. Throws on a path that would leave `dir`.
 */
export function folderSink(dir: string): FileSink {
  const made = new Set<string>();
  return {
    put(path, bytes) {
      if (!path.startsWith('/') || path.split('/').some((p) => p === '..' || p === '.') || path.includes('\\') || path.endsWith('/')) {
        throw new Error(`cannot write a published file at "${path}": not a file path inside the site`);
      }
      const file = join(dir, path);
      const folder = dirname(file);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(file, bytes);
      return onDisk(file);
    },
  };
}
