/**
 * The zip writer (src/lib/outputs/zip.ts) lays archives out byte for byte as fflate's
 * zipSync did when it wrote the first published zips and workbooks, so no published byte
 * changes; and sources read one at a time give the same archive as their bytes.
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cachedZip, deterministicZip, unzip, type ZipEntry } from '../../../src/lib/outputs/zip.ts';
import { files } from './setup.ts';

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const encoder = new TextEncoder();

/** What deterministicZip wrote before: fflate's zipSync, entries sorted, dated midnight local time, level 9. */
function fflateZip(entries: readonly ZipEntry[], date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 0, 0, 0, 0);
  const zippable: Zippable = {};
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) zippable[e.name] = [e.bytes, { mtime, level: 9 }];
  return zipSync(zippable);
}

// Pseudo-random bytes that do not compress, so a large entry spans several DEFLATE blocks.
const noise = (n: number) => {
  const out = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
};

const cases: [string, ZipEntry[], string][] = [
  ['no entries', [], '2026-11-26'],
  ['an empty file and text', [{ name: 'b/empty.txt', bytes: new Uint8Array() }, { name: 'a.csv', bytes: encoder.encode('a,b\n1,2\n') }], '1980-01-01'],
  ['a non-ASCII name', [{ name: 'Dữ liệu/tệp.csv', bytes: encoder.encode('Hà Nội\n'.repeat(1000)) }], '2099-12-31'],
  ['a large incompressible file beside a repetitive one', [{ name: 'noise.bin', bytes: noise(300_000) }, { name: 'rep.txt', bytes: encoder.encode('x'.repeat(200_000)) }], '2025-07-01'],
];

describe('zip writer', () => {
  it.each(cases)('writes the bytes fflate zipSync wrote: %s', (_, entries, date) => {
    expect(hex(deterministicZip(entries, date))).toBe(hex(fflateZip(entries, date)));
  });

  it('writes the bytes fflate zipSync wrote for every published workbook and release zip (bar the `latest` copies)', () => {
    let checked = 0;
    for (const f of files.values()) {
      // The `latest` aliases are the same bytes again.
      if ((!f.path.endsWith('.xlsx') && !f.path.endsWith('.zip')) || f.path.includes('/latest/')) continue;
      const entries = Object.entries(unzip(f.bytes)).map(([name, bytes]) => ({ name, bytes }));
      const date = /(\d{4}-\d{2}-\d{2})/.exec(f.path)?.[1] ?? ('resolvedVersion' in f ? f.resolvedVersion : 'resolvedRelease' in f ? f.resolvedRelease : '');
      expect(hex(deterministicZip(entries, date)), f.path).toBe(hex(fflateZip(entries, date)));
      expect(hex(f.bytes), f.path).toBe(hex(fflateZip(entries, date)));
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('reads each source once, when it compresses it, and gives the archive of their bytes', () => {
    const entries: ZipEntry[] = [{ name: 'x/a.csv', bytes: encoder.encode('area,value\n01,1\n'.repeat(500)) }, { name: 'README.md', bytes: encoder.encode('hi') }];
    const reads: string[] = [];
    const sources = entries.map((e) => ({ name: e.name, sha256: hex(e.bytes), read: () => { reads.push(e.name); return e.bytes; } }));
    for (const date of ['2023-01-14', '2026-11-26']) expect(hex(cachedZip(sources, date, null))).toBe(hex(fflateZip(entries, date)));
    expect(reads).toEqual(['README.md', 'x/a.csv', 'README.md', 'x/a.csv']);
  });

  it('refuses unsafe and repeated names', () => {
    const one = new Uint8Array([1]);
    for (const name of ['/abs', 'a/../b', 'a\\b', 'a//b']) expect(() => deterministicZip([{ name, bytes: one }], '2026-01-01')).toThrow(/unsafe/);
    expect(() => deterministicZip([{ name: 'a', bytes: one }, { name: 'a', bytes: one }], '2026-01-01')).toThrow(/two zip entries/);
    expect(() => deterministicZip([], '1979-12-31')).toThrow(/1980/);
  });
});
