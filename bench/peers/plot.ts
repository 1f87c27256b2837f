/** Peer: the jobs-vs-plan chart with Observable Plot: a line with dots for jobs created, dashed ticks for the plan. */
import * as Plot from '@observablehq/plot';
import { HEIGHT, loadBars, TITLE, WIDTH } from './prepare.ts';

const bars = (await loadBars()).map((b) => ({ ...b, x: Number(b.year) }));
const actual = bars.filter((b) => b.measure === 'actual');
const chart = Plot.plot({
  width: WIDTH,
  height: HEIGHT,
  marginLeft: 64,
  ariaLabel: TITLE,
  x: { label: null, tickFormat: 'd', inset: 20 },
  y: { grid: true, label: 'persons', zero: true },
  marks: [
    Plot.lineY(actual, { x: 'x', y: 'value', stroke: '#2874c8', strokeWidth: 2 }),
    Plot.dot(actual, { x: 'x', y: 'value', fill: '#2874c8', r: 3.5, title: (b: { value: number }) => b.value.toLocaleString('en') }),
    Plot.link(bars.filter((b) => b.measure === 'plan'), { x1: (b: { x: number }) => b.x - 0.3, x2: (b: { x: number }) => b.x + 0.3, y1: 'value', y2: 'value', stroke: '#c4511f', strokeWidth: 2, strokeDasharray: '4,2' }),
  ],
});
document.getElementById('chart')!.append(chart);
