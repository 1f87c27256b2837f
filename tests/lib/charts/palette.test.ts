import { describe, expect, it } from 'vitest';
import { COLORS, contrast } from '../../../src/lib/charts/palette.ts';

describe('chart colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('reach 3:1 against a light page and a dark one (WCAG 2.2 AA, non-text contrast)', () => {
    for (const [name, color] of Object.entries(COLORS)) {
      for (const background of ['#ffffff', '#111111', '#111418']) {
        expect(contrast(color, background), `${name} ${color} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
