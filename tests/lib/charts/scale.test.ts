import { precisionFixed as d3PrecisionFixed, tickStep as d3TickStep, ticks as d3Ticks } from 'd3';
import { describe, expect, it } from 'vitest';
import { niceTicks, precisionFixed, tickStep } from '../../../src/lib/charts/scale.ts';

/** Deterministic pseudo-random numbers (mulberry32), so the cases are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the chart scale: d3’s round ticks, in fewer bytes', () => {
  const random = seeded(20261126);
  const domains: [number, number, number][] = [
    [0, 1, 5], [0, 203027, 7], [152021, 225858, 5], [0.63, 4.5, 4], [-3, 17, 6], [0, 0.001, 3], [1e6, 1e6 + 7, 4], [0, 171000, 3], [0, 650000, 4],
  ];
  for (let i = 0; i < 200; i++) {
    const scale = 10 ** Math.floor(random() * 12 - 4);
    const a = (random() - 0.3) * scale;
    domains.push([a, a + (0.01 + random()) * scale, 2 + Math.floor(random() * 9)]);
  }

  it('steps as d3 does, widens the domain to whole steps, and writes ticks as d3 would', () => {
    for (const [lo, hi, count] of domains) {
      const at = `${lo} ${hi} ${count}`;
      const { domain, ticks, step } = niceTicks(lo, hi, count);
      expect(step, at).toBe(d3TickStep(lo, hi, count));
      expect(tickStep(lo, hi, count), at).toBe(step);
      expect(domain[0], at).toBeLessThanOrEqual(lo);
      expect(domain[1], at).toBeGreaterThanOrEqual(hi);
      expect(domain[0], at).toBeGreaterThan(lo - step);
      expect(domain[1], at).toBeLessThan(hi + step);
      const zero = (v: number) => v || 0;
      expect([ticks[0]!, ticks.at(-1)!].map(zero), at).toEqual(domain.map(zero));
      // The same numbers d3 writes for these ticks (0.3, not 0.30000000000000004).
      expect(ticks.map(zero), at).toEqual(d3Ticks(domain[0], domain[1], Math.round((domain[1] - domain[0]) / step)).map(zero));
      expect(precisionFixed(step), at).toBe(d3PrecisionFixed(step));
    }
  });
});
