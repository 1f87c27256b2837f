import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/lib/og/png.ts';
import { readPng } from './png-reader.ts';

/** Seeded pseudo-random bytes (xorshift), for images with more than 256 colours. */
function noise(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    out[i] = s & 255;
  }
  return out;
}

function image(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(pixel(x, y), (y * width + x) * 4);
  return rgba;
}

describe('encodePng', () => {
  it('writes few-colour opaque images as palette PNGs that decode to the same pixels', () => {
    const rgba = image(37, 11, (x, y) => [(x % 8) * 30, (y % 4) * 60, (x + y) % 3 === 0 ? 255 : 0, 255]);
    const png = readPng(encodePng(rgba, 37, 11));
    expect(png.colorType).toBe(3);
    expect([png.width, png.height]).toEqual([37, 11]);
    expect(Buffer.from(png.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('writes many-colour opaque images as RGB with row filters, losslessly', () => {
    const rgba = noise(64 * 9 * 4);
    for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
    // A smooth gradient in the lower rows gives the Sub, Up, Average and Paeth filters work.
    for (let y = 5; y < 9; y++) for (let x = 0; x < 64; x++) rgba.set([x * 4, y * 10, x + y, 255], (y * 64 + x) * 4);
    const png = readPng(encodePng(rgba, 64, 9));
    expect(png.colorType).toBe(2);
    expect(Buffer.from(png.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('keeps transparency as RGBA', () => {
    const rgba = noise(20 * 20 * 4, 3);
    const png = readPng(encodePng(rgba, 20, 20));
    expect(png.colorType).toBe(6);
    expect(Buffer.from(png.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('accepts pixels at an unaligned offset', () => {
    const backing = new Uint8Array(1 + 4 * 4);
    const rgba = backing.subarray(1);
    rgba.set([1, 2, 3, 255, 4, 5, 6, 255, 1, 2, 3, 255, 9, 9, 9, 255]);
    expect(Buffer.from(readPng(encodePng(rgba, 2, 2)).rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('refuses a buffer of the wrong size', () => {
    expect(() => encodePng(new Uint8Array(15), 2, 2)).toThrow('expected 16 bytes of RGBA, got 15');
  });
});
