import { describe, expect, it } from 'vitest';
import { HEIGHT, shareImagePng, shareImageSvg, WIDTH, type ShareCard } from '../../../src/lib/og/render.ts';
import { readPng } from './png-reader.ts';

const card: ShareCard = {
  lang: 'vi',
  kicker: 'Chỉ tiêu · Lao động, việc làm',
  title: 'Lao động được giải quyết việc làm',
  figure: '222.000',
  caption: 'người · Năm 2025 · Hà Nội',
};
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const only = (title: string) => shareImagePng({ ...card, kicker: '', title, figure: '', caption: '' });

describe('shareImagePng', () => {
  const png = shareImagePng(card);

  it('is a 1200×630 PNG', () => {
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const dv = new DataView(png.buffer, png.byteOffset);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    expect([dv.getUint32(16), dv.getUint32(20)]).toEqual([1200, 630]);
    expect([WIDTH, HEIGHT]).toEqual([1200, 630]);
  });

  it('stays small with a long three-line title (flat colours, palette PNG)', () => {
    const long = shareImagePng({ ...card, title: 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ — Ứng Hòa, Đống Đa, Thường Tín, Mỹ Đức', figure: '≈ 54,06%' });
    expect(long.byteLength).toBeLessThanOrEqual(60_000);
    expect(readPng(long).colorType).toBe(3);
  });

  it('is deterministic', () => {
    expect(same(png, shareImagePng({ ...card }))).toBe(true);
  });

  it('changes with the title', () => {
    expect(same(png, shareImagePng({ ...card, title: 'Việc làm tạo từ vốn vay ưu đãi' }))).toBe(false);
  });

  it('draws Vietnamese letters from both font subsets in one text, not the missing-glyph box', () => {
    expect(same(only('Hà Nội'), only('Ha Noi'))).toBe(false);
    // U+4E00 is in neither subset, so it renders as the box a missing "ệ" or "ộ" would.
    // With the two subsets as separate files, resvg's fallback drew boxes for these texts
    // (it mixes "ỷ", "ả" from the latin file with "ệ", "ộ" from the vietnamese one).
    for (const text of ['Tỷ lệ hộ nghèo', 'Số liệu an sinh xã hội Hà Nội', 'Ả Nội']) {
      expect(same(only(text), only(text.replace(/[ệộ]/g, '\u4e00')))).toBe(false);
    }
  });

  it('keeps a text that would be markup as text', () => {
    const svg = shareImageSvg({ ...card, title: 'A <b>&</b> "B" \'C\'\u0001' });
    expect(svg).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot; &apos;C&apos;</text>');
    expect(() => shareImagePng({ ...card, title: '<svg onload="x()"> & ]]>' })).not.toThrow();
  });

  it('draws ≈ as a shape and never as a glyph the font lacks', () => {
    const svg = shareImageSvg({ ...card, figure: '≈ 19' });
    expect(svg).not.toContain('≈');
    expect(svg).toContain('>19</text>');
  });
});
