import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_SUBSETS, FONT_WEIGHTS, fontFiles, missingGlyphs } from '../../../src/lib/og/fonts.ts';
import { readTables } from '../../../src/lib/og/sfnt.ts';
import { woffToSfnt } from '../../../src/lib/og/woff.ts';

describe('woffToSfnt', () => {
  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(new TextEncoder().encode('wOF2 and some more bytes to pass 44 bytes....'))).toThrow('not a WOFF 1.0 font');
  });
});

describe('the share image font', () => {
  it('is one TrueType file per weight with the glyphs of both subsets', () => {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
    const glyphCount = (sfnt: Uint8Array) => {
      const maxp = readTables(sfnt).get('maxp')!;
      return new DataView(maxp.buffer, maxp.byteOffset).getUint16(4);
    };
    const files = fontFiles();
    expect(files).toHaveLength(FONT_WEIGHTS.length);
    FONT_WEIGHTS.forEach((weight, i) => {
      const subsets = FONT_SUBSETS.map((s) => glyphCount(woffToSfnt(readFileSync(join(dir, `noto-sans-${s}-${weight}-normal.woff`)))));
      expect(glyphCount(readFileSync(files[i]!))).toBe(subsets.reduce((a, b) => a + b));
    });
  });

  it('covers Vietnamese, and says which characters it cannot draw', () => {
    expect(missingGlyphs('Tỷ lệ hộ nghèo ở Ứng Hòa, Đống Đa, Mỹ Đức: 0,03% — km²')).toEqual([]);
    expect(missingGlyphs('≈ 19 ≈ 一')).toEqual(['≈', '一']);
  });
});
