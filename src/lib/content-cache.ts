/**
 * A content-addressed cache of bytes outside dist/: one file per key, `<dir>/<key>.<ext>`,
 * where the key is the sha256 of everything that decides the bytes. A build that needs bytes
 * it produced before (an unchanged share image, a released version's workbook, a release's
 * zip) reads them back instead of producing them again. Released versions never change, so
 * their files are produced once, ever.
 *
 * The caller's key must change whenever the bytes would; each user puts the producer's
 * fingerprint (probe outputs, a revision to bump) into its keys. Entries are written under a
 * temporary name, then renamed: a concurrent build never reads half a file, and a file cut
 * off by a crash fails the caller's `isWhole` check and is produced again. Entries are never
 * deleted by a build: delete the folder to reclaim the space.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** Hex sha256 of some text or bytes. */
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * A cache folder from its setting (an environment variable's value): the folder it names,
 * else `fallback` in the working directory; null when the setting is `0` (switched off).
 */
export function cacheDirFrom(setting: string | undefined, fallback: string): string | null {
  if (setting === '0') return null;
  return resolve(setting || fallback);
}

/**
 * The cache of published files that cost time to produce (each released version's workbook,
 * each release's zip): `ANSINH_OUTPUT_CACHE`, else `.cache/outputs`; `0` switches it off.
 */
export const outputCacheDir = (env: NodeJS.ProcessEnv = process.env): string | null => cacheDirFrom(env.ANSINH_OUTPUT_CACHE, '.cache/outputs');

/**
 * The version of an installed package (its package.json), for producers' fingerprints; `?`
 * when it cannot be read (the probe outputs in the fingerprint still tell versions apart).
 */
export function installedVersion(name: string): string {
  try {
    return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
  } catch {
    return '?';
  }
}

export interface Cached {
  bytes: Uint8Array<ArrayBuffer>;
  /** True when read from the cache, false when produced (and stored) now. */
  hit: boolean;
}

/** The bytes stored under `name` in `dir`, if there are and they pass `isWhole`. */
function read(dir: string, name: string, isWhole: (b: Uint8Array) => boolean): Uint8Array<ArrayBuffer> | undefined {
  const file = join(dir, name);
  if (!existsSync(file)) return undefined;
  const b = readFileSync(file);
  return isWhole(b) ? new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength) : undefined;
}

function store(dir: string, name: string, bytes: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  // A name no other build writes, even one in another container with the same process id.
  const partial = `${file}.${randomUUID()}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** Options of one kind of cached file. */
export interface CacheKind {
  /** The cache folder; null switches the cache off (every call produces). */
  dir: string | null;
  /** File name extension, without the dot. */
  ext: string;
  /** False for bytes that cannot be whole (a write cut off): they are produced again. */
  isWhole: (bytes: Uint8Array) => boolean;
}

/** The entry under `key`, if the cache holds a whole one; and how to store bytes produced for it. */
function entry(key: string, kind: CacheKind): { found: Cached | undefined; keep: (bytes: Uint8Array<ArrayBuffer>) => Cached } {
  const name = `${key}.${kind.ext}`;
  const bytes = kind.dir ? read(kind.dir, name, kind.isWhole) : undefined;
  return {
    found: bytes && { bytes, hit: true },
    keep: (produced) => {
      if (kind.dir) store(kind.dir, name, produced);
      return { bytes: produced, hit: false };
    },
  };
}

/** The bytes under `key`: read back when cached, else produced now and stored. */
export function cachedBytes(key: string, kind: CacheKind, produce: () => Uint8Array<ArrayBuffer>): Cached {
  const { found, keep } = entry(key, kind);
  return found ?? keep(produce());
}

/** {@link cachedBytes} for a producer that is asynchronous. */
export async function cachedBytesAsync(key: string, kind: CacheKind, produce: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Cached> {
  const { found, keep } = entry(key, kind);
  return found ?? keep(await produce());
}
