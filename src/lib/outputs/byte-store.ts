/**
 * Where a build keeps the bytes of the files it publishes until Astro asks for them. The
 * published files are produced once, at the start of the build (the catalog needs every
 * digest first), and served one by one much later. Kept in memory, they grow with the data:
 * ~160 MB at the benchmark's full synthetic size, ~1.6 GB at ten times that. So the store
 * keeps the first `limit` bytes in memory and writes the rest to a temporary folder, read
 * back when served (from the page cache, in practice). The real data stays far below the
 * limit: all in memory, nothing written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bytes kept in memory per build before the store writes to disk. */
export const MEMORY_LIMIT = 256 * 2 ** 20;

export class ByteStore {
  private inMemory = 0;
  private written = 0;
  private files = 0;
  private dir: string | undefined;

  constructor(private readonly limit = MEMORY_LIMIT) {}

  /** Bytes held in memory, and bytes written to the temporary folder, so far. */
  get usage(): { inMemory: number; onDisk: number } {
    return { inMemory: this.inMemory, onDisk: this.written };
  }

  /** Keeps `bytes` (not to be changed afterwards); the returned function gives them back. */
  keep(bytes: Uint8Array<ArrayBuffer>): () => Uint8Array<ArrayBuffer> {
    if (this.inMemory + bytes.byteLength <= this.limit) {
      this.inMemory += bytes.byteLength;
      return inMemory(bytes);
    }
    const file = join(this.folder(), String(this.files++));
    writeFileSync(file, bytes);
    this.written += bytes.byteLength;
    return onDisk(file);
  }

  /** The temporary folder, made on first use and removed when the process exits. */
  private folder(): string {
    if (!this.dir) {
      const dir = mkdtempSync(join(tmpdir(), 'ansinh-outputs-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      this.dir = dir;
    }
    return this.dir;
  }
}

// The readers are made by their own functions: a closure keeps its whole scope alive, so a
// disk reader made where `bytes` is in scope would keep the bytes in memory after all.
const inMemory = (bytes: Uint8Array<ArrayBuffer>) => (): Uint8Array<ArrayBuffer> => bytes;

const onDisk = (file: string) => (): Uint8Array<ArrayBuffer> => {
  const b = readFileSync(file);
  return new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength);
};
