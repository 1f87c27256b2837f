/**
 * The content-addressed cache under the share images, the workbooks and the release zips
 * (src/lib/content-cache.ts): produced once, then read back; a damaged entry is produced
 * again; switched off, nothing is stored. Then its two users in src/lib/outputs: a released
 * version's workbook and a release's zip come back byte for byte as written anew, and a
 * change to their content is another key.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDirFrom, cachedBytes, cachedBytesAsync, outputCacheDir, sha256 } from '../../src/lib/content-cache.ts';
import { versionXlsx } from '../../src/lib/outputs/xlsx.ts';
import { cachedZip, deterministicZip, isWholeZip, type ZipEntry } from '../../src/lib/outputs/zip.ts';
import { data, SITE } from './outputs/setup.ts';

const root = mkdtempSync(join(tmpdir(), 'ansinh-content-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const bytes = (s: string) => new TextEncoder().encode(s) as Uint8Array<ArrayBuffer>;
const entries = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(`.${ext}`));

describe('cachedBytes', () => {
  const kind = (dir: string | null) => ({ dir, ext: 'txt', isWhole: (b: Uint8Array) => b.at(-1) === 0x21 });

  it('produces once, then reads the same bytes back without producing', () => {
    const dir = join(root, 'once');
    let produced = 0;
    const produce = () => { produced++; return bytes('xin chào!'); };
    const first = cachedBytes('k1', kind(dir), produce);
    const second = cachedBytes('k1', kind(dir), produce);
    expect([first.hit, second.hit, produced]).toEqual([false, true, 1]);
    expect(same(second.bytes, bytes('xin chào!'))).toBe(true);
    expect(entries(dir, 'txt')).toEqual(['k1.txt']);
    // No temporary file is left behind.
    expect(readdirSync(dir)).toEqual(['k1.txt']);
  });

  it('produces again over an entry that is not whole, and repairs it', () => {
    const dir = join(root, 'damaged');
    cachedBytes('k', kind(dir), () => bytes('đầy đủ!'));
    writeFileSync(join(dir, 'k.txt'), 'cut off');
    const r = cachedBytes('k', kind(dir), () => bytes('đầy đủ!'));
    expect(r.hit).toBe(false);
    expect(readFileSync(join(dir, 'k.txt'), 'utf8')).toBe('đầy đủ!');
  });

  it('stores nothing when switched off, and names its folder from the setting', async () => {
    let produced = 0;
    const r = await cachedBytesAsync('k', kind(null), async () => { produced++; return bytes('a!'); });
    await cachedBytesAsync('k', kind(null), async () => { produced++; return bytes('a!'); });
    expect([r.hit, produced]).toEqual([false, 2]);
    expect(cacheDirFrom('0', '.cache/x')).toBeNull();
    expect(cacheDirFrom(undefined, '.cache/x')).toBe(resolve('.cache/x'));
    expect(cacheDirFrom('', '.cache/x')).toBe(resolve('.cache/x'));
    expect(cacheDirFrom('/tmp/y', '.cache/x')).toBe('/tmp/y');
    expect(outputCacheDir({})).toBe(resolve('.cache/outputs'));
    expect(outputCacheDir({ ANSINH_OUTPUT_CACHE: '0' })).toBeNull();
  });
});

describe('the output cache of workbooks and zips', () => {
  const jobs = data.indicators.find((i) => i.id === 'jobs_created')!;

  it('gives a released version\'s workbook byte for byte as written anew, and reads it back', async () => {
    const dir = join(root, 'xlsx');
    for (const version of jobs.versions.filter((v) => v.released)) {
      const fresh = await versionXlsx(data, jobs, version, SITE, null);
      const stored = await versionXlsx(data, jobs, version, SITE, dir);
      const read = await versionXlsx(data, jobs, version, SITE, dir);
      expect(same(stored, fresh), version.id).toBe(true);
      expect(same(read, fresh), version.id).toBe(true);
    }
    const released = jobs.versions.filter((v) => v.released).length;
    expect(entries(dir, 'xlsx')).toHaveLength(released);
    // Another site URL is another metadata sheet, so another entry.
    await versionXlsx(data, jobs, jobs.versions.find((v) => v.released)!, 'https://other.example', dir);
    expect(entries(dir, 'xlsx')).toHaveLength(released + 1);
  });

  it('gives a zip byte for byte as zipped anew, without reading its files when cached; another entry, name or date is another key', () => {
    const dir = join(root, 'zip');
    let reads = 0;
    const cachedDeterministicZip = (entries: ZipEntry[], date: string, at: string) =>
      cachedZip(entries.map((e) => ({ name: e.name, sha256: sha256(e.bytes), read: () => { reads++; return e.bytes; } })), date, at);
    const files = [{ name: 'a/data.csv', bytes: bytes('id,value\n001,1\n'.repeat(20)) }, { name: 'a/README.md', bytes: bytes('# Đọc tôi\n') }];
    const fresh = deterministicZip(files, '2026-11-26');
    expect(isWholeZip(fresh)).toBe(true);
    expect(isWholeZip(fresh.subarray(0, fresh.byteLength - 1))).toBe(false);
    expect(same(cachedDeterministicZip(files, '2026-11-26', dir), fresh)).toBe(true);
    expect(reads).toBe(2);
    expect(same(cachedDeterministicZip([...files].reverse(), '2026-11-26', dir), fresh)).toBe(true);
    expect(reads).toBe(2);
    expect(entries(dir, 'zip')).toHaveLength(1);
    cachedDeterministicZip(files, '2026-11-27', dir);
    cachedDeterministicZip([files[0]!, { ...files[1]!, bytes: bytes('# Read me\n') }], '2026-11-26', dir);
    cachedDeterministicZip([files[0]!, { ...files[1]!, name: 'a/README.txt' }], '2026-11-26', dir);
    expect(entries(dir, 'zip')).toHaveLength(4);
  });
});
