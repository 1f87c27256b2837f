import { describe, expect, it } from 'vitest';
import { AREA_TYPE_LABEL, TOPIC_LABEL, UI, formatDate } from '../../src/lib/i18n.ts';
import { FLAG_EXPLANATION, FLAG_LABEL, MEASURE_LABEL } from '../../src/lib/prepare/labels.ts';

describe('interface text', () => {
  it('has every label in both languages, and the two differ where words are involved', () => {
    for (const table of [UI, TOPIC_LABEL, AREA_TYPE_LABEL, FLAG_LABEL, FLAG_EXPLANATION, MEASURE_LABEL]) {
      for (const [key, l] of Object.entries(table)) {
        expect(l.vi.trim(), key).not.toBe('');
        expect(l.en.trim(), key).not.toBe('');
        if (key !== 'siteName' && key !== 'json') expect(l.vi, key).not.toBe(l.en);
      }
    }
  });
  it('writes dates the Vietnamese and the English way', () => {
    expect(formatDate('2025-07-01', 'vi')).toBe('1/7/2025');
    expect(formatDate('2025-07-01', 'en')).toBe('1 July 2025');
  });
});
