/**
 * Just enough of the TrueType (sfnt) format to join two subsets of one font into a single
 * file. Fontsource splits Noto Sans into script subsets (`latin`: a–z, à, á, â…;
 * `vietnamese`: ă, đ, ơ, ư, ệ, ộ…), and resvg's per-text font fallback cannot combine them:
 * it re-shapes the whole text with the fallback face and keeps the result only if both
 * shapings have the same number of glyphs. A letter one file has precomposed can come out
 * of the other as base + combining mark, so in "Tỷ lệ" or "Số liệu an sinh xã hội Hà Nội"
 * the counts differ and "ệ", "ộ" render as boxes (tests/lib/og/render.test.ts).
 * One merged face per weight needs no fallback.
 *
 * Merging: glyphs of the second font are appended after the first font's (composite glyph
 * references renumbered), metrics and the character map are joined, and the first font's
 * layout tables (kerning, marks) are kept: they refer only to its glyph ids, which do not
 * change. The second font's precomposed letters lose kerning, which is invisible at the
 * share image's sizes.
 */
import { byCodeUnits } from '../compare.ts';

export type Tables = Map<string, Uint8Array>;

const tagOf = (dv: DataView, at: number) =>
  String.fromCharCode(dv.getUint8(at), dv.getUint8(at + 1), dv.getUint8(at + 2), dv.getUint8(at + 3));
const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const pad4 = (n: number) => (n + 3) & ~3;

/** The tables of a TrueType font, by tag. */
export function readTables(sfnt: Uint8Array): Tables {
  const dv = view(sfnt);
  if (dv.getUint32(0) !== 0x00010000) throw new Error('expected a TrueType font (sfnt version 1.0)');
  const tables: Tables = new Map();
  const count = dv.getUint16(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + 16 * i;
    const offset = dv.getUint32(rec + 8);
    const length = dv.getUint32(rec + 12);
    if (offset + length > sfnt.byteLength) throw new Error(`table ${tagOf(dv, rec)} runs past the end of the font`);
    tables.set(tagOf(dv, rec), sfnt.subarray(offset, offset + length));
  }
  return tables;
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(pad4(data.byteLength));
  padded.set(data);
  const dv = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  return sum;
}

/** A TrueType font file from its tables (directory sorted by tag, tables 4-byte aligned). */
export function writeSfnt(tables: Tables, flavor = 0x00010000): Uint8Array {
  const entries = [...tables.entries()].sort(([a], [b]) => byCodeUnits(a, b));
  const count = entries.length;
  const headerSize = 12 + 16 * count;
  const out = new Uint8Array(entries.reduce((sum, [, d]) => sum + pad4(d.byteLength), headerSize));
  const dv = view(out);
  const entrySelector = count > 0 ? Math.floor(Math.log2(count)) : 0;
  const searchRange = 16 * 2 ** entrySelector;
  dv.setUint32(0, flavor);
  dv.setUint16(4, count);
  dv.setUint16(6, searchRange);
  dv.setUint16(8, entrySelector);
  dv.setUint16(10, count * 16 - searchRange);
  let offset = headerSize;
  entries.forEach(([tag, data], i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) dv.setUint8(rec + k, tag.charCodeAt(k));
    dv.setUint32(rec + 4, checksum(data));
    dv.setUint32(rec + 8, offset);
    dv.setUint32(rec + 12, data.byteLength);
    out.set(data, offset);
    offset += pad4(data.byteLength);
  });
  return out;
}

const need = (t: Tables, tag: string): Uint8Array => {
  const d = t.get(tag);
  if (!d) throw new Error(`font has no "${tag}" table`);
  return d;
};

/** Glyph outlines by glyph id, from `glyf` and `loca`. */
function glyphs(t: Tables): Uint8Array[] {
  const numGlyphs = view(need(t, 'maxp')).getUint16(4);
  const longLoca = view(need(t, 'head')).getInt16(50) === 1;
  const loca = view(need(t, 'loca'));
  const glyf = need(t, 'glyf');
  const at = (i: number) => (longLoca ? loca.getUint32(i * 4) : loca.getUint16(i * 2) * 2);
  return Array.from({ length: numGlyphs }, (_, i) => glyf.subarray(at(i), at(i + 1)));
}

/** A copy of a glyph with every component reference of a composite glyph shifted by `shift`. */
function renumberComposite(glyph: Uint8Array, shift: number): Uint8Array {
  const copy = glyph.slice();
  if (copy.byteLength === 0 || view(copy).getInt16(0) >= 0) return copy;
  const dv = view(copy);
  let p = 10;
  for (;;) {
    const flags = dv.getUint16(p);
    dv.setUint16(p + 2, dv.getUint16(p + 2) + shift);
    p += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) p += 2;
    else if (flags & 0x0040) p += 4;
    else if (flags & 0x0080) p += 8;
    if (!(flags & 0x0020)) return copy;
  }
}

/** Advance width and left side bearing of every glyph. */
function metrics(t: Tables): [number, number][] {
  const numGlyphs = view(need(t, 'maxp')).getUint16(4);
  const longCount = view(need(t, 'hhea')).getUint16(34);
  const hmtx = view(need(t, 'hmtx'));
  const out: [number, number][] = [];
  for (let i = 0; i < numGlyphs; i++) {
    const advance = hmtx.getUint16(4 * Math.min(i, longCount - 1));
    const lsb = i < longCount ? hmtx.getInt16(4 * i + 2) : hmtx.getInt16(4 * longCount + 2 * (i - longCount));
    out.push([advance, lsb]);
  }
  return out;
}

/** Code point → glyph id from the best Unicode subtable (format 12, else format 4). */
function charMap(t: Tables): Map<number, number> {
  const cmap = view(need(t, 'cmap'));
  const subtables: { format: number; offset: number }[] = [];
  for (let i = 0; i < cmap.getUint16(2); i++) {
    const rec = 4 + 8 * i;
    const platform = cmap.getUint16(rec);
    const encoding = cmap.getUint16(rec + 2);
    const offset = cmap.getUint32(rec + 4);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) {
      subtables.push({ format: cmap.getUint16(offset), offset });
    }
  }
  const map = new Map<number, number>();
  const f12 = subtables.find((s) => s.format === 12);
  if (f12) {
    const groups = cmap.getUint32(f12.offset + 12);
    for (let g = 0; g < groups; g++) {
      const at = f12.offset + 16 + 12 * g;
      const [start, end, gid] = [cmap.getUint32(at), cmap.getUint32(at + 4), cmap.getUint32(at + 8)];
      for (let cp = start; cp <= end; cp++) map.set(cp, gid + cp - start);
    }
    return map;
  }
  const f4 = subtables.find((s) => s.format === 4);
  if (!f4) throw new Error('font has no Unicode character map of format 4 or 12');
  const o = f4.offset;
  const segs = cmap.getUint16(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const rangeOffsets = deltas + 2 * segs;
  for (let s = 0; s < segs; s++) {
    const end = cmap.getUint16(ends + 2 * s);
    const start = cmap.getUint16(starts + 2 * s);
    const delta = cmap.getInt16(deltas + 2 * s);
    const rangeOffset = cmap.getUint16(rangeOffsets + 2 * s);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let gid: number;
      if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
      else {
        const raw = cmap.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (cp - start));
        gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (gid !== 0) map.set(cp, gid);
    }
  }
  return map;
}

/** The code points a TrueType font maps to a glyph. */
export const codePoints = (sfnt: Uint8Array): Set<number> => new Set(charMap(readTables(sfnt)).keys());

/** A `cmap` with one format 12 subtable, for both Unicode platform records. */
function writeCharMap(map: Map<number, number>): Uint8Array {
  const groups: [number, number, number][] = [];
  for (const cp of [...map.keys()].sort((a, b) => a - b)) {
    const gid = map.get(cp)!;
    const last = groups.at(-1);
    if (last && cp === last[1] + 1 && gid === last[2] + cp - last[0]) last[1] = cp;
    else groups.push([cp, cp, gid]);
  }
  const subLength = 16 + 12 * groups.length;
  const out = new Uint8Array(4 + 8 * 2 + subLength);
  const dv = view(out);
  dv.setUint16(2, 2);
  const sub = 4 + 8 * 2;
  dv.setUint16(4, 0); dv.setUint16(6, 4); dv.setUint32(8, sub); // Unicode full repertoire
  dv.setUint16(12, 3); dv.setUint16(14, 10); dv.setUint32(16, sub); // Windows UCS-4
  dv.setUint16(sub, 12);
  dv.setUint32(sub + 4, subLength);
  dv.setUint32(sub + 12, groups.length);
  groups.forEach(([start, end, gid], g) => {
    const at = sub + 16 + 12 * g;
    dv.setUint32(at, start);
    dv.setUint32(at + 4, end);
    dv.setUint32(at + 8, gid);
  });
  return out;
}

/**
 * One TrueType font with the glyphs of both, `first` winning where both map a character.
 * Both must be subsets of the same design (same units per em, same vertical metrics).
 */
export function mergeFonts(first: Uint8Array, second: Uint8Array): Uint8Array {
  const a = readTables(first);
  const b = readTables(second);
  const unitsA = view(need(a, 'head')).getUint16(18);
  const unitsB = view(need(b, 'head')).getUint16(18);
  if (unitsA !== unitsB) throw new Error(`cannot merge fonts with ${unitsA} and ${unitsB} units per em`);

  const glyphsA = glyphs(a);
  const shift = glyphsA.length;
  const all = [...glyphsA.map((g) => g.slice()), ...glyphs(b).map((g) => renumberComposite(g, shift))];
  if (all.length > 0xffff) throw new Error('merged font would have more than 65535 glyphs');

  const hm = [...metrics(a), ...metrics(b)];
  const map = charMap(b);
  for (const [cp, gid] of map) map.set(cp, gid + shift);
  for (const [cp, gid] of charMap(a)) map.set(cp, gid);

  const maxp = need(a, 'maxp').slice();
  const maxpB = view(need(b, 'maxp'));
  for (let at = 6; at + 2 <= Math.min(maxp.byteLength, maxpB.byteLength); at += 2) {
    view(maxp).setUint16(at, Math.max(view(maxp).getUint16(at), maxpB.getUint16(at)));
  }
  return assemble(a, all, hm, map, maxp);
}

/**
 * A font from `a`'s tables with new glyphs, metrics and character map: `a`'s layout tables
 * are kept (they refer only to glyph ids that do not change), `maxp` is `maxp` with the new
 * glyph count.
 */
function assemble(a: Tables, all: Uint8Array[], hm: [number, number][], map: Map<number, number>, maxp: Uint8Array): Uint8Array {
  const glyf = new Uint8Array(all.reduce((sum, g) => sum + pad4(g.byteLength), 0));
  const loca = new Uint8Array(4 * (all.length + 1));
  let offset = 0;
  all.forEach((g, i) => {
    view(loca).setUint32(4 * i, offset);
    glyf.set(g, offset);
    offset += pad4(g.byteLength);
  });
  view(loca).setUint32(4 * all.length, offset);

  const hmtx = new Uint8Array(4 * hm.length);
  hm.forEach(([adv, lsb], i) => {
    view(hmtx).setUint16(4 * i, adv);
    view(hmtx).setInt16(4 * i + 2, lsb);
  });

  const head = need(a, 'head').slice();
  view(head).setUint32(8, 0); // checkSumAdjustment: not checked by renderers
  view(head).setInt16(50, 1); // long loca offsets

  const hhea = need(a, 'hhea').slice();
  view(hhea).setUint16(10, Math.max(...hm.map(([adv]) => adv)));
  view(hhea).setUint16(34, hm.length);

  view(maxp).setUint16(4, all.length);

  // Glyph names would need merging too; format 3 says "no names", which renderers accept.
  const post = need(a, 'post').slice(0, 32);
  view(post).setUint32(0, 0x00030000);

  const out: Tables = new Map(a);
  out.set('glyf', glyf);
  out.set('loca', loca);
  out.set('hmtx', hmtx);
  out.set('cmap', writeCharMap(map));
  out.set('head', head);
  out.set('hhea', hhea);
  out.set('maxp', maxp);
  out.set('post', post);
  return writeSfnt(out);
}

/** A character drawn from glyphs the font has: each component's glyph, moved right by `dx` and up by `dy` font units. */
export interface CompositeChar {
  codePoint: number;
  /** The character whose advance width the new one takes. */
  advanceOf: number;
  components: { codePoint: number; dx?: number; dy: number }[];
}

/**
 * The font with characters it lacks added as composite glyphs (references to its own
 * glyphs, moved), e.g. U+2248 ≈ as two tildes: Noto Sans' web subsets have no ≈, which the
 * charts write before every approximate value.
 */
export function addCompositeChars(sfnt: Uint8Array, chars: readonly CompositeChar[]): Uint8Array {
  const a = readTables(sfnt);
  const all = glyphs(a).map((g) => g.slice());
  const hm = metrics(a);
  const map = charMap(a);
  const gidOf = (cp: number) => {
    const gid = map.get(cp);
    if (gid === undefined) throw new Error(`font has no glyph for U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    return gid;
  };
  for (const c of chars) {
    if (map.has(c.codePoint)) continue;
    const parts = c.components.map(({ codePoint, dx = 0, dy }) => ({ gid: gidOf(codePoint), dx, dy }));
    // The bounding box: the components' boxes (bytes 2–9 of a glyph), moved.
    const boxes = parts.map(({ gid, dx, dy }) => {
      const g = view(all[gid]!);
      return [g.getInt16(2) + dx, g.getInt16(4) + dy, g.getInt16(6) + dx, g.getInt16(8) + dy];
    });
    const glyph = new Uint8Array(10 + 8 * parts.length);
    const dv = view(glyph);
    dv.setInt16(0, -1);
    dv.setInt16(2, Math.min(...boxes.map((b) => b[0]!)));
    dv.setInt16(4, Math.min(...boxes.map((b) => b[1]!)));
    dv.setInt16(6, Math.max(...boxes.map((b) => b[2]!)));
    dv.setInt16(8, Math.max(...boxes.map((b) => b[3]!)));
    parts.forEach(({ gid, dx, dy }, i) => {
      const at = 10 + 8 * i;
      // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES, and MORE_COMPONENTS but on the last.
      dv.setUint16(at, 0x0001 | 0x0002 | (i < parts.length - 1 ? 0x0020 : 0));
      dv.setUint16(at + 2, gid);
      dv.setInt16(at + 4, dx);
      dv.setInt16(at + 6, dy);
    });
    map.set(c.codePoint, all.length);
    all.push(glyph);
    hm.push([hm[gidOf(c.advanceOf)]![0], boxes.length ? Math.min(...boxes.map((b) => b[0]!)) : 0]);
  }
  const maxp = need(a, 'maxp').slice();
  // maxComponentElements and maxComponentDepth (version 1.0 maxp, bytes 28 and 30).
  if (maxp.byteLength >= 32) {
    view(maxp).setUint16(28, Math.max(view(maxp).getUint16(28), ...chars.map((c) => c.components.length)));
    view(maxp).setUint16(30, Math.max(view(maxp).getUint16(30), 1));
  }
  return assemble(a, all, hm, map, maxp);
}
