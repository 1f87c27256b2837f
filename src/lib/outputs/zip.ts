/**
 * Zip archives with reproducible bytes: entries sorted by name, every entry dated the same
 * given day at 00:00, DEFLATE at level 9 (fflate), no extra fields. The same entries and date
 * give the same bytes on any machine and in any time zone.
 *
 * The archive is laid out byte for byte as fflate's `zipSync` lays it out — the published
 * zips and workbooks were first written by it, and their bytes are pinned
 * (tests/lib/outputs/zip.test.ts compares the two) — but each entry is read and compressed
 * on its own, so a release zip of a gigabyte of files never holds them all at once: only
 * their compressed bytes.
 */
import { deflateSync, unzipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { byCodeUnits } from '../compare.ts';
import { cachedBytes, installedVersion, outputCacheDir, sha256 } from '../content-cache.ts';

/** One file of an archive. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated, no leading slash. */
  name: string;
  bytes: Uint8Array;
}

/** One file of an archive, read when it is compressed (a published file may sit on disk). */
export interface ZipSource {
  /** Path inside the archive, `/`-separated, no leading slash. */
  name: string;
  /** Hex sha256 of the file: with the names, the archive's cache key. */
  sha256: string;
  read: () => Uint8Array;
}

/** A file compressed for an archive. */
interface CompressedFile {
  size: number;
  /** CRC-32 of the file, as an unsigned integer. */
  crc: number;
  /** DEFLATE (level 9) of the file. */
  deflated: Uint8Array;
}

const compress = (bytes: Uint8Array): CompressedFile =>
  ({ size: bytes.byteLength, crc: crc32(bytes) >>> 0, deflated: deflateSync(bytes, { level: 9 }) });

/**
 * The DOS timestamp of a zip entry holds local date and time fields, which fflate read from
 * a Date with getFullYear(), getHours()…: a Date built from local fields gives those fields
 * back whatever the machine's time zone is. Midnight: the time fields are 0.
 */
function dosDate(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  if (!(y >= 1980 && y <= 2099) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= 31)) throw new Error(`zip date must be a YYYY-MM-DD date in 1980–2099, got "${isoDate}"`);
  const local = new Date(y, m - 1, d, 0, 0, 0, 0);
  return (((local.getFullYear() - 1980) << 25) | ((local.getMonth() + 1) << 21) | (local.getDate() << 16)) >>> 0;
}

const encoder = new TextEncoder();

/** The entries' names, sorted, checked: throws on a repeated or unsafe name (absolute, `..`, backslash, empty part). */
function sortedNames<E extends { name: string }>(entries: readonly E[]): E[] {
  const sorted = [...entries].sort((a, b) => byCodeUnits(a.name, b.name));
  sorted.forEach((e, i) => {
    if (e.name.startsWith('/') || e.name.includes('\\') || e.name.split('/').some((p) => p === '..' || p === '')) {
      throw new Error(`unsafe zip entry name "${e.name}"`);
    }
    if (i > 0 && sorted[i - 1]!.name === e.name) throw new Error(`two zip entries named "${e.name}"`);
  });
  return sorted;
}

/** The archive of entries already sorted and checked, each read and compressed in turn. */
function writeZip(entries: readonly { name: string; read: () => Uint8Array }[], date: string): Uint8Array<ArrayBuffer> {
  const time = dosDate(date);
  const files = entries.map((e) => {
    const name = encoder.encode(e.name);
    if (name.length > 65535) throw new Error(`zip entry name too long: "${e.name}"`);
    return { name, utf8: name.length !== e.name.length, file: compress(e.read()) };
  });
  const local = files.reduce((n, f) => n + 30 + f.name.length + f.file.deflated.length, 0);
  const central = files.reduce((n, f) => n + 46 + f.name.length, 0);
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  // The fields both headers share, from "version needed" to the extra field's length.
  const common = (at: number, f: (typeof files)[number]) => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, f.utf8 ? 0x800 : 0, true);
    view.setUint16(at + 4, 8, true);
    view.setUint32(at + 6, time, true);
    view.setUint32(at + 10, f.file.crc, true);
    view.setUint32(at + 14, f.file.deflated.length, true);
    view.setUint32(at + 18, f.file.size, true);
    view.setUint16(at + 22, f.name.length, true);
    view.setUint16(at + 24, 0, true);
  };
  let at = 0;
  let cd = local;
  for (const f of files) {
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, f);
    out.set(f.name, at + 30);
    out.set(f.file.deflated, at + 30 + f.name.length);
    view.setUint32(cd, 0x02014b50, true);
    view.setUint16(cd + 4, 20, true);
    common(cd + 6, f);
    // Comment length, disk, internal and external attributes: 0; then the local header's offset.
    view.setUint32(cd + 42, at, true);
    out.set(f.name, cd + 46);
    at += 30 + f.name.length + f.file.deflated.length;
    cd += 46 + f.name.length;
  }
  view.setUint32(cd, 0x06054b50, true);
  view.setUint16(cd + 8, files.length, true);
  view.setUint16(cd + 10, files.length, true);
  view.setUint32(cd + 12, central, true);
  view.setUint32(cd + 16, local, true);
  return out;
}

/**
 * A zip of the entries, sorted by name, each dated `date` (`YYYY-MM-DD`, 00:00).
 * Throws on a repeated or unsafe name (absolute, `..`, backslash, an empty part).
 */
export const deterministicZip = (entries: readonly ZipEntry[], date: string): Uint8Array<ArrayBuffer> =>
  writeZip(sortedNames(entries).map((e) => ({ name: e.name, read: () => e.bytes })), date);

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

/** Bump to zip every cached archive anew (a change to the writer the probe would not show). */
export const ZIP_REVISION = 1;

let zipFingerprint: string | undefined;

/** The installed fflate and the digest of a probe archive zipped now: changes whenever fflate or the writer would write other bytes. */
function zipWriterFingerprint(): string {
  zipFingerprint ??= sha256(JSON.stringify([ZIP_REVISION, installedVersion('fflate'), sha256(deterministicZip([
    { name: 'a/b.csv', bytes: encoder.encode('id,giá trị\n001,1.5\n'.repeat(50)) },
    { name: 'a/Đ.md', bytes: new Uint8Array(0) },
  ], '2024-02-29'))]));
  return zipFingerprint;
}

/**
 * The zip of the sources through the output cache (content-cache.ts): a release's zip is
 * deflated at level 9 once, ever, and read back by later builds without reading its files.
 * The key is the digest of the date, each entry's name and sha256, and the writer's
 * fingerprint. `dir` null: zipped now, every time.
 */
export function cachedZip(sources: readonly ZipSource[], date: string, dir: string | null = outputCacheDir()): Uint8Array<ArrayBuffer> {
  const sorted = sortedNames(sources);
  const zip = () => writeZip(sorted, date);
  if (!dir) return zip();
  const key = sha256(JSON.stringify(['zip', zipWriterFingerprint(), date, sorted.map((e) => [e.name, e.sha256])]));
  return cachedBytes(key, { dir, ext: 'zip', isWhole: isWholeZip }, zip).bytes;
}
