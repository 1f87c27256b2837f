/**
 * The few scale functions the charts need, written out so that the bundle carries no d3:
 * a linear map, d3's "nice" domains and tick values (same algorithm as d3-array `ticks` /
 * d3-scale `nice`, so widget axes match the site's build-time charts; a test compares them
 * with d3), and helpers for SVG numbers and text widths.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** d3-array's tick specification: tick i is `(i1 + i) * inc`, or `(i1 + i) / -inc` when inc < 0. */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && count >= 0.5 && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round tick values in [start, stop] (start ≤ stop), as d3's `ticks`. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const [i1, i2, inc] = tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const out: number[] = [];
  for (let i = 0; i <= i2 - i1; i++) out.push(inc < 0 ? (i1 + i) / -inc : (i1 + i) * inc);
  return out;
}

const tickIncrement = (start: number, stop: number, count: number): number => tickSpec(start, stop, count)[2];

/** The distance between ticks, as d3's `tickStep` (start ≤ stop). */
export function tickStep(start: number, stop: number, count: number): number {
  const inc = tickIncrement(start, stop, count);
  return inc < 0 ? 1 / -inc : inc;
}

/** The domain widened to round values, as d3-scale's `linear().nice(count)` (lo ≤ hi). */
export function nice(lo: number, hi: number, count: number): [number, number] {
  let start = lo;
  let stop = hi;
  let prestep: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) return [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return [lo, hi];
}

/** Decimals needed to tell ticks `step` apart, as d3-format's `precisionFixed`. */
export function precisionFixed(step: number): number {
  const exponent = Number(Math.abs(step).toExponential().split('e')[1]);
  return Math.max(0, -exponent);
}

/** A linear map from `domain` to `range`; a zero-width domain maps to the range's middle. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** A coordinate rounded to 0.1 px (`12`, `-3.5`, never `-0`), as the site's SVG writes them. */
export function num(n: number): number {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r;
}

/**
 * Estimated width of a line of text in px, erring wide (0.6 em per character) as the
 * site's charts do: layout must not depend on the host page's font having loaded.
 */
export const textWidth = (text: string, fontSize: number): number => [...text].length * fontSize * 0.6;
