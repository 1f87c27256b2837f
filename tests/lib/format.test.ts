import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format.ts';

describe('formatNumber', () => {
  it('writes Vietnamese separators on Vietnamese pages and English ones on English pages', () => {
    expect(formatNumber(203027, 'vi')).toBe('203.027');
    expect(formatNumber(203027, 'en')).toBe('203,027');
    expect(formatNumber(72.23, 'vi', 2)).toBe('72,23');
    expect(formatNumber(72.23, 'en', 2)).toBe('72.23');
  });
  it('rounds to the indicator decimals without padding zeros', () => {
    expect(formatNumber(0.095, 'vi', 3)).toBe('0,095');
    expect(formatNumber(75, 'en', 2)).toBe('75');
    expect(formatNumber(126.894, 'en', 1)).toBe('126.9');
  });
});

describe('formatNumber against Intl.NumberFormat', () => {
  const intl = (value: number, lang: 'vi' | 'en', decimals: number) =>
    new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 0, maximumFractionDigits: decimals }).format(value);

  it('writes what Intl writes at the edges: halves, carries, negative zero, the largest figures', () => {
    const edges = [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 2.675, 0.045, 9.995, 99.95, 999.5, 999.9996, 1234, 12345.678, -0.001, -1234567.891,
      123456789.125, 987_654_321_098.5, 0.000001, 5e-7, -1.4e-14, 72.23 - 72.22999999999999, 0.1 + 0.2];
    for (const v of edges) for (const lang of ['vi', 'en'] as const) for (const d of [0, 1, 2, 3]) expect(formatNumber(v, lang, d), `${v} ${lang} ${d}`).toBe(intl(v, lang, d));
  });

  it('writes what no published figure is as JavaScript does: NaN, ±∞, 10^21 and more, past 2^53 once shifted', () => {
    for (const [v, d] of [[NaN, 0], [Infinity, 1], [-Infinity, 0], [1e21, 0], [9007199254740993, 0], [9_876_543_210_987.5, 4]] as const) {
      expect(formatNumber(v, 'vi', d), `${v} ${d}`).toBe(String(v));
    }
  });

  it('writes what Intl writes for a hundred thousand seeded values of every size', () => {
    let x = 20261130;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 100_000; i++) {
      const magnitude = 10 ** Math.floor(next() * 14 - 4);
      // Values with few decimals, as source figures are, and arbitrary ones, as derived shares are.
      const raw = (next() - 0.2) * magnitude;
      const v = i % 2 ? raw : Math.round(raw * 1000) / 1000;
      const d = i % 4;
      const lang = i % 3 ? 'vi' : 'en';
      if (formatNumber(v, lang, d) !== intl(v, lang, d)) expect(formatNumber(v, lang, d), `${v} ${lang} ${d}`).toBe(intl(v, lang, d));
    }
  });
});
