/**
 * Zip archives with reproducible bytes (fflate): entries sorted by name, every entry dated
 * the same given day at 00:00, DEFLATE at a fixed level, no extra fields. The same
 * entries and date give the same bytes on any machine and in any time zone.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { cachedBytes, outputCacheDir, sha256 } from '../content-cache.ts';
import { byCodeUnits } from '../compare.ts';

/** One file of an archive. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated, no leading slash. */
  name: string;
  bytes: Uint8Array;
}

/**
 * The DOS timestamp of a zip entry holds local date and time fields, which fflate reads
 * from a Date with getFullYear(), getHours()…: a Date built from local fields gives
 * those fields back whatever the machine's time zone is.
 */
function localMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  if (!(y >= 1980 && y <= 2099) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= 31)) throw new Error(`zip date must be a YYYY-MM-DD date in 1980–2099, got "${isoDate}"`);
  return new Date(y, m - 1, d, 0, 0, 0, 0);
}

/** Sorts by name, code unit order (the order `LC_ALL=C ls` gives). */
const byName = (a: ZipEntry, b: ZipEntry) => byCodeUnits(a.name, b.name);

/**
 * A zip of the entries, sorted by name, each dated `date` (`YYYY-MM-DD`, 00:00).
 * Throws on a repeated or unsafe name (absolute, `..`, backslash).
 */
export function deterministicZip(entries: readonly ZipEntry[], date: string): Uint8Array<ArrayBuffer> {
  const mtime = localMidnight(date);
  const files: Zippable = {};
  for (const e of [...entries].sort(byName)) {
    if (e.name.startsWith('/') || e.name.includes('\\') || e.name.split('/').some((p) => p === '..' || p === '')) {
      throw new Error(`unsafe zip entry name "${e.name}"`);
    }
    if (Object.hasOwn(files, e.name)) throw new Error(`two zip entries named "${e.name}"`);
    files[e.name] = [e.bytes, { mtime, level: 9 }];
  }
  return zipSync(files) as Uint8Array<ArrayBuffer>;
}

/** The entries of a zip, by name (fflate's `unzipSync`). */
export const unzip = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

/**
 * The same archive with reproducible bytes: its entries re-zipped by deterministicZip
 * (the XLSX writer stamps entries with the current time).
 */
export const normalizeZip = (bytes: Uint8Array, date: string): Uint8Array<ArrayBuffer> =>
  deterministicZip(Object.entries(unzip(bytes)).map(([name, b]) => ({ name, bytes: b })), date);

/**
 * True when the bytes end with a zip's end-of-central-directory record (no archive comment,
 * as deterministicZip writes them): a file cut off while written fails this.
 */
export function isWholeZip(bytes: Uint8Array): boolean {
  const at = bytes.byteLength - 22;
  return at >= 0 && bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06;
}

/** Bump to zip every cached archive anew (a change to deterministicZip the probe would not show). */
export const ZIP_REVISION = 1;

let zipFingerprint: string | undefined;

/** Digest of a probe archive zipped now: changes whenever fflate or deterministicZip would write other bytes. */
function zipWriterFingerprint(): string {
  zipFingerprint ??= sha256(JSON.stringify([ZIP_REVISION, sha256(deterministicZip([
    { name: 'a/b.csv', bytes: new TextEncoder().encode('id,giá trị\n001,1.5\n'.repeat(50)) },
    { name: 'a/Đ.md', bytes: new Uint8Array(0) },
  ], '2024-02-29'))]));
  return zipFingerprint;
}

/**
 * {@link deterministicZip} through the output cache (content-cache.ts): a release's zip is
 * deflated at level 9 once, ever, and read back by later builds. The key is the digest of
 * the date, each entry's name and the digest of its bytes, and the zipper's fingerprint.
 */
export function cachedDeterministicZip(entries: readonly ZipEntry[], date: string, dir: string | null = outputCacheDir()): Uint8Array<ArrayBuffer> {
  if (!dir) return deterministicZip(entries, date);
  const key = sha256(JSON.stringify(['zip', zipWriterFingerprint(), date, entries.map((e) => [e.name, sha256(e.bytes)]).sort()]));
  return cachedBytes(key, { dir, ext: 'zip', isWhole: isWholeZip }, () => deterministicZip(entries, date)).bytes;
}
