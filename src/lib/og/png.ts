import { crc32, deflateSync } from 'node:zlib';

/**
 * Encodes pixels as a PNG, smaller than resvg's own encoder makes them: opaque images drop
 * the alpha channel, images of at most 256 colours (flat fills and little anti-aliasing)
 * become palette images, and other images filter each row with the filter that leaves the
 * smallest residuals.
 * Deflate runs at level 6: level 9 is ten times slower here for 9% fewer bytes.
 * Deterministic: same pixels, same bytes.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array<ArrayBuffer> {
  if (rgba.byteLength !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.byteLength}`);
  // One 32-bit word per pixel (bytes R, G, B, A in memory, whatever the word's byte order).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  let opaque = true;
  for (let i = 3; i < aligned.byteLength; i += 4) if (aligned[i] !== 255) { opaque = false; break; }

  const indexed = opaque ? toPalette(aligned, words) : undefined;
  let colorType: number;
  let channels: number;
  let pixels: Uint8Array;
  if (indexed) {
    colorType = 3;
    channels = 1;
    pixels = indexed.pixels;
  } else if (opaque) {
    colorType = 2;
    channels = 3;
    pixels = new Uint8Array(width * height * 3);
    for (let p = 0, q = 0; p < aligned.byteLength; p += 4, q += 3) {
      pixels[q] = aligned[p]!;
      pixels[q + 1] = aligned[p + 1]!;
      pixels[q + 2] = aligned[p + 2]!;
    }
  } else {
    colorType = 6;
    channels = 4;
    pixels = aligned;
  }

  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, width);
  dv.setUint32(4, height);
  ihdr.set([8, colorType, 0, 0, 0], 8);

  const chunks = [chunk('IHDR', ihdr)];
  if (indexed) chunks.push(chunk('PLTE', indexed.plte));
  // Palette images compress best unfiltered; filters work on byte values, not colours.
  chunks.push(chunk('IDAT', deflateSync(indexed ? unfiltered(pixels, width, height) : filtered(pixels, width * channels, height, channels), { level: 6 })));
  chunks.push(chunk('IEND', new Uint8Array(0)));

  const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  const out = new Uint8Array(signature.byteLength + chunks.reduce((sum, c) => sum + c.byteLength, 0));
  out.set(signature);
  let at = signature.byteLength;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Palette indices and the palette (colours in order of first appearance), or undefined past 256 colours. */
function toPalette(rgba: Uint8Array, words: Uint32Array): { pixels: Uint8Array; plte: Uint8Array } | undefined {
  const index = new Map<number, number>();
  const pixels = new Uint8Array(words.length);
  const plte = new Uint8Array(256 * 3);
  let last = -1;
  let lastIndex = 0;
  for (let p = 0; p < words.length; p++) {
    const word = words[p]!;
    if (word !== last) {
      let n = index.get(word);
      if (n === undefined) {
        if (index.size === 256) return undefined;
        n = index.size;
        index.set(word, n);
        plte.set(rgba.subarray(p * 4, p * 4 + 3), n * 3);
      }
      last = word;
      lastIndex = n;
    }
    pixels[p] = lastIndex;
  }
  return { pixels, plte: plte.slice(0, index.size * 3) };
}

function unfiltered(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) out.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return out;
}

/** Each row with the PNG filter whose output has the smallest sum of absolute values. */
function filtered(pixels: Uint8Array, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(height * (stride + 1));
  const candidate = new Uint8Array(stride);
  const best = new Uint8Array(stride);
  const zero = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : zero;
    let bestType = 0;
    let bestScore = Infinity;
    for (let type = 0; type < 5; type++) {
      let score = 0;
      for (let i = 0; i < stride; i++) {
        const a = i >= bpp ? row[i - bpp]! : 0;
        const b = prev[i]!;
        const c = i >= bpp ? prev[i - bpp]! : 0;
        const predictor = type === 0 ? 0 : type === 1 ? a : type === 2 ? b : type === 3 ? (a + b) >> 1 : paeth(a, b, c);
        const v = (row[i]! - predictor) & 255;
        candidate[i] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) {
        bestScore = score;
        bestType = type;
        best.set(candidate);
      }
    }
    out[y * (stride + 1)] = bestType;
    out.set(best, y * (stride + 1) + 1);
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.byteLength);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, data.byteLength);
  for (let k = 0; k < 4; k++) out[4 + k] = type.charCodeAt(k);
  out.set(data, 8);
  dv.setUint32(8 + data.byteLength, crc32(out.subarray(4, 8 + data.byteLength)));
  return out;
}
