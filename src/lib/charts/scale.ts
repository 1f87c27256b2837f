/**
 * Round axis values for the chart layout (site and widget): a tick step of 1, 2 or 5 times
 * a power of ten, about `count` ticks over a domain widened to whole steps. d3-array's
 * `ticks`/`nice` do the same with more cases (reversed domains, huge counts); d3-array ships
 * as one module whose top-level calls a bundler cannot drop (3.4 KB in the widget for these
 * few lines), so the widget budget takes these instead. Fractional ticks are integers
 * divided by a whole number, as d3 does, so 0.1 × 3 reads 0.3, not 0.30000000000000004.
 */

/** The step between about `count` round ticks over [lo, hi] (lo < hi). */
export function tickStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / count;
  const exp = Math.floor(Math.log10(raw));
  const e = raw / 10 ** exp;
  const k = e >= Math.sqrt(50) ? 10 : e >= Math.sqrt(10) ? 5 : e >= Math.sqrt(2) ? 2 : 1;
  // Below 1, a division: 5 / 1e6 is exactly 0.000005, 5 × 1e-6 is not.
  return exp < 0 ? k / 10 ** -exp : k * 10 ** exp;
}

/** The domain widened to whole steps, and its ticks (lo < hi). */
export function niceTicks(lo: number, hi: number, count: number): { domain: [number, number]; ticks: number[]; step: number } {
  const step = tickStep(lo, hi, count);
  // Whole numbers of steps, or of its inverse for steps below 1.
  const inverse = step < 1 ? Math.round(1 / step) : 0;
  const at = (i: number) => (inverse ? i / inverse : i * step);
  const [i0, i1] = [Math.floor(lo / step + 1e-9), Math.ceil(hi / step - 1e-9)];
  return { domain: [at(i0), at(i1)], ticks: Array.from({ length: i1 - i0 + 1 }, (_, i) => at(i0 + i)), step };
}

/** Decimals that tell apart ticks `step` apart: 0 for 1, 2, 5, 10 …; 1 for 0.1, 0.2, 0.5. */
export const precisionFixed = (step: number): number => Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
