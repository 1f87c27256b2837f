import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPOSITE_CHARS, FONT_SUBSETS, FONT_WEIGHTS, fontFiles, missingGlyphs } from '../../../src/lib/og/fonts.ts';
import { readTables } from '../../../src/lib/og/sfnt.ts';
import { woffToSfnt } from '../../../src/lib/og/woff.ts';

describe('woffToSfnt', () => {
  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(new TextEncoder().encode('wOF2 and some more bytes to pass 44 bytes....'))).toThrow('not a WOFF 1.0 font');
  });
});

describe('the share image font', () => {
  it('is one TrueType file per weight with the glyphs of both subsets, and the composed characters', () => {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
    const glyphCount = (sfnt: Uint8Array) => {
      const maxp = readTables(sfnt).get('maxp')!;
      return new DataView(maxp.buffer, maxp.byteOffset).getUint16(4);
    };
    const files = fontFiles();
    expect(files).toHaveLength(FONT_WEIGHTS.length);
    FONT_WEIGHTS.forEach((weight, i) => {
      const subsets = FONT_SUBSETS.map((s) => glyphCount(woffToSfnt(readFileSync(join(dir, `noto-sans-${s}-${weight}-normal.woff`)))));
      expect(glyphCount(readFileSync(files[i]!))).toBe(subsets.reduce((a, b) => a + b) + COMPOSITE_CHARS.length);
    });
  });

  it('covers Vietnamese, and says which characters it cannot draw', () => {
    expect(missingGlyphs('Tỷ lệ hộ nghèo ở Ứng Hòa, Đống Đa, Mỹ Đức: 0,03% — km²')).toEqual([]);
    // ≈, ≥ and ↑ are composed from glyphs the subsets have (COMPOSITE_CHARS); a CJK
    // character and the ballot box ☐ have no glyph at all.
    expect(missingGlyphs('≈ 19 ≥ 3 ↑ người ☐ 一')).toEqual(['☐', '一']);
  });
});

describe('composed characters', () => {
  it('draw ink where the character is, in the PNG renderer', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    // One character drawn alone at 40 px; a missing glyph draws the font's empty box.
    const draw = (ch: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><text x="5" y="45" font-size="40" font-family="Noto Sans">${ch}</text></svg>`;
      return Buffer.from(new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'Noto Sans' } }).render().pixels);
    };
    const box = draw('☐');
    const ink = (pixels: Buffer) => pixels.filter((_, i) => i % 4 === 3 && pixels[i]! > 128).length;
    for (const c of COMPOSITE_CHARS) {
      const ch = String.fromCodePoint(c.codePoint);
      expect(ink(draw(ch)), ch).toBeGreaterThan(30);
      expect(draw(ch).equals(box), ch).toBe(false);
    }
  });
});
