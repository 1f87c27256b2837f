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
