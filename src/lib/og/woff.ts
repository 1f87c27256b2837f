import { inflateSync } from 'node:zlib';
import { type Tables, writeSfnt } from './sfnt.ts';

/**
 * Unwraps a WOFF 1.0 font into the TrueType/OpenType (sfnt) file it was made from.
 * resvg's font database reads sfnt only, and @fontsource ships WOFF and WOFF2; WOFF 1.0 is
 * the sfnt tables, each zlib-compressed when that made it smaller
 * (https://www.w3.org/TR/WOFF/), so its table directory and `inflate` rebuild the font.
 * The optional metadata and private blocks are dropped: rendering does not use them.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const dv = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || dv.getUint32(0) !== 0x774f4646 /* wOFF */) {
    throw new Error('not a WOFF 1.0 font (expected the signature "wOFF")');
  }
  const flavor = dv.getUint32(4);
  const numTables = dv.getUint16(12);
  const tables: Tables = new Map();
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = String.fromCharCode(...woff.subarray(at, at + 4));
    const offset = dv.getUint32(at + 4);
    const compLength = dv.getUint32(at + 8);
    const origLength = dv.getUint32(at + 12);
    if (offset + compLength > woff.byteLength) throw new Error(`WOFF table ${tag} runs past the end of the file`);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.byteLength !== origLength) throw new Error(`WOFF table ${tag}: expected ${origLength} bytes, got ${data.byteLength}`);
    tables.set(tag, data);
  }
  return writeSfnt(tables, flavor);
}
