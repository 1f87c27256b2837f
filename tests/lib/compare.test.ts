/** byCodeUnits (src/lib/compare.ts): the order of ids, codes and dates, the same on every runtime. */
import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../src/lib/compare.ts';
import { MEASURES } from '../../src/lib/data/schema.ts';

describe('byCodeUnits', () => {
  it('orders by code units: digits before capitals before "_" before small letters', () => {
    expect(['b', 'a_b', 'B', '10', '2', 'ab', 'a'].sort(byCodeUnits)).toEqual(['10', '2', 'B', 'a', 'a_b', 'ab', 'b']);
    expect(byCodeUnits('2024-06-30', '2024-06-30')).toBe(0);
    expect(byCodeUnits('2024-06-30', '2024-07-01')).toBeLessThan(0);
  });

  it('orders the measures as the collator did, so charts and tables keep their order', () => {
    const ids = [...MEASURES];
    expect([...ids].sort(byCodeUnits)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });
});
