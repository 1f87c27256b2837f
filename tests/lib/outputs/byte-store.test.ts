/** The store that holds published files' bytes during a build (src/lib/outputs/byte-store.ts). */
import { describe, expect, it } from 'vitest';
import { ByteStore } from '../../../src/lib/outputs/byte-store.ts';

const bytesOf = (n: number, fill: number) => new Uint8Array(n).fill(fill);

describe('ByteStore', () => {
  it('keeps bytes in memory up to its limit, then on disk, and gives back the same bytes either way', () => {
    const store = new ByteStore(10);
    const a = bytesOf(6, 1);
    const b = bytesOf(4, 2);
    const c = bytesOf(5, 3);
    const empty = bytesOf(0, 0);
    const d = bytesOf(3, 4);
    const [ra, rb, rc, re, rd] = [a, b, c, empty, d].map((x) => store.keep(x));
    expect(ra!()).toBe(a);
    expect(rb!()).toBe(b);
    expect(re!()).toBe(empty);
    expect(store.usage).toEqual({ inMemory: 10, onDisk: 8 });
    for (const [read, original] of [[rc, c], [rd, d]] as const) {
      const back = read!();
      expect(back).not.toBe(original);
      expect([...back]).toEqual([...original]);
    }
    // Read again: still the same bytes.
    expect([...rc!()]).toEqual([...c]);
  });
});
