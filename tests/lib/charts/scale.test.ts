import { nice as d3Nice, precisionFixed as d3PrecisionFixed, scaleLinear, tickStep as d3TickStep, ticks as d3Ticks } from 'd3';
import { describe, expect, it } from 'vitest';
import { nice, precisionFixed, ticks, tickStep } from '../../../src/lib/charts/scale.ts';

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

describe('the chart scale matches d3', () => {
  const random = seeded(20261126);
  const domains: [number, number, number][] = [
    [0, 1, 5], [0, 203027, 7], [152021, 225858, 5], [0.63, 4.5, 4], [-3, 17, 6], [0, 0.001, 3], [1e6, 1e6 + 7, 4], [0, 171000, 3],
  ];
  for (let i = 0; i < 200; i++) {
    const scale = 10 ** Math.floor(random() * 12 - 4);
    const a = (random() - 0.3) * scale;
    const b = a + random() * scale;
    domains.push([a, b, 2 + Math.floor(random() * 9)]);
  }
  it('ticks, tickStep, nice and precisionFixed over 208 domains', () => {
    for (const [lo, hi, count] of domains) {
      expect(ticks(lo, hi, count), `ticks ${lo} ${hi} ${count}`).toEqual(d3Ticks(lo, hi, count));
      expect(tickStep(lo, hi, count)).toBe(d3TickStep(lo, hi, count));
      expect(nice(lo, hi, count), `nice ${lo} ${hi} ${count}`).toEqual(scaleLinear().domain([lo, hi]).nice(count).domain());
      expect(precisionFixed(tickStep(lo, hi, count))).toBe(d3PrecisionFixed(d3TickStep(lo, hi, count)));
    }
    expect(nice(0, 203027, 7)).toEqual(d3Nice(0, 203027, 7));
  });
});
