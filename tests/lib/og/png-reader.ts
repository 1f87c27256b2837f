import { inflateSync } from 'node:zlib';

/**
 * A minimal PNG reader for the tests: 8-bit RGB, RGBA and palette images, all five row
 * filters, no interlacing; returns RGBA. Independent of the encoder it checks.
 */
export function readPng(png: Uint8Array): { width: number; height: number; colorType: number; rgba: Uint8Array } {
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  let palette: Uint8Array = new Uint8Array(0);
  const idat: Uint8Array[] = [];
  while (at < png.byteLength) {
    const length = dv.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = dv.getUint32(at + 8);
      height = dv.getUint32(at + 12);
      colorType = data[9]!;
      if (data[8] !== 8 || data[12] !== 0) throw new Error('test reader: 8-bit, non-interlaced only');
    } else if (type === 'PLTE') palette = data;
    else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const bpp = colorType === 2 ? 3 : colorType === 6 ? 4 : 1;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= bpp ? rows[y * stride + i - bpp]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + i]! : 0;
      const c = i >= bpp && y > 0 ? rows[(y - 1) * stride + i - bpp]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      rows[y * stride + i] = (x + predictor) & 255;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    if (colorType === 3) {
      rgba.set(palette.subarray(rows[p]! * 3, rows[p]! * 3 + 3), p * 4);
      rgba[p * 4 + 3] = 255;
    } else {
      rgba.set(rows.subarray(p * bpp, p * bpp + 3), p * 4);
      rgba[p * 4 + 3] = bpp === 4 ? rows[p * bpp + 3]! : 255;
    }
  }
  return { width, height, colorType, rgba };
}
