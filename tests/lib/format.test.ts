import { describe, expect, it } from 'vitest';
import { formatNumber, plainNumber } from '../../src/lib/format.ts';

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

describe('plainNumber (the widgets\' formatNumber) writes what Intl.NumberFormat writes', () => {
  const formatters = new Map<string, Intl.NumberFormat>();
  const intl = (value: number, lang: 'vi' | 'en', decimals: number) => {
    const key = `${lang}${decimals}`;
    if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: decimals }));
    return formatters.get(key)!.format(value);
  };
  /** mulberry32: a seeded generator, so a failure names a value that fails again. */
  const seeded = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  it('on halves that floating point hides, and on the edges of the plain form', () => {
    const cases: [number, number][] = [
      [108.74999999999999, 1], [1.005, 2], [0.125, 2], [-0.125, 2], [2.5, 0], [-2.5, 0], [0.5, 0], [-0.04, 1], [-0, 0],
      [999.95, 1], [999999.5, 0], [9.995, 2], [0.0000015, 6], [0.0000005, 6], [4e-7, 6], [1e21, 0], [123456789012345680000, 0],
      [NaN, 0], [Infinity, 0], [-Infinity, 1], [1000, 0], [1234.5, 3], [0.1 + 0.2, 1], [126.894, 1], [72.23, 2], [2 ** 53 + 2, 0],
    ];
    for (const [value, decimals] of cases) {
      for (const lang of ['vi', 'en'] as const) expect(plainNumber(value, lang, decimals), `${value} to ${decimals} decimals, ${lang}`).toBe(intl(value, lang, decimals));
    }
  });

  it('on 100,000 seeded values of every size a figure has, at 0 to 6 decimals', () => {
    const random = seeded(20261130);
    for (let i = 0; i < 100_000; i++) {
      const magnitude = 10 ** Math.floor(random() * 16 - 3);
      const decimals = Math.floor(random() * 7);
      // Half the values sit on a written half (…5 at the first digit dropped), where rounding can go wrong.
      const raw = random() * magnitude * (random() < 0.2 ? -1 : 1);
      const cut = raw.toFixed(decimals);
      const value = random() < 0.5 ? +(decimals ? `${cut}5` : `${cut}.5`) : raw;
      const lang = i % 2 ? 'vi' : 'en';
      const got = plainNumber(value, lang, decimals);
      if (got !== intl(value, lang, decimals)) expect(got, `${value} to ${decimals} decimals, ${lang}`).toBe(intl(value, lang, decimals));
    }
  });

  it('on every % of plan of two whole numbers up to 1,500, to 1 decimal', () => {
    for (let plan = 1; plan <= 1500; plan += 7) {
      for (let actual = 0; actual <= 1500; actual++) {
        const value = (actual / plan) * 100;
        const got = plainNumber(value, 'vi', 1);
        if (got !== intl(value, 'vi', 1)) expect(got, `${actual} / ${plan}`).toBe(intl(value, 'vi', 1));
      }
    }
  });
});
