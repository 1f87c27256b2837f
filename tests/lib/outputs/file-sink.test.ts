/** Where published files go as they are produced (src/lib/outputs/file-sink.ts). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSink, memorySink } from '../../../src/lib/outputs/file-sink.ts';

const bytesOf = (n: number, fill: number) => new Uint8Array(n).fill(fill);
const root = mkdtempSync(join(tmpdir(), 'ansinh-sink-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('memorySink', () => {
  it('gives back the very bytes it was given', () => {
    const a = bytesOf(6, 1);
    expect(memorySink.put('/data/a.csv', a)()).toBe(a);
  });
});

describe('folderSink', () => {
  it('writes each file at its URL path under the folder, and reads the same bytes back', () => {
    const sink = folderSink(root);
    const a = bytesOf(6, 1);
    const empty = bytesOf(0, 0);
    const readA = sink.put('/data/jobs_created/2026-11-26/jobs_created.csv', a);
    const readEmpty = sink.put('/data/jobs_created/latest/SHA256SUMS', empty);
    expect([...readFileSync(join(root, 'data/jobs_created/2026-11-26/jobs_created.csv'))]).toEqual([...a]);
    const back = readA();
    expect(back).not.toBe(a);
    expect([...back]).toEqual([...a]);
    expect(readEmpty().byteLength).toBe(0);
  });

  it('refuses a path that is not a file inside the site', () => {
    const sink = folderSink(root);
    for (const path of ['data/x.csv', '/data/../../x.csv', '/data/./x.csv', '/data/x/', '/data\\x.csv']) {
      expect(() => sink.put(path, bytesOf(1, 1)), path).toThrow(/not a file path inside the site/);
    }
  });
});
