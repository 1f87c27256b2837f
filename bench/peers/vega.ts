/** Peer: the jobs-vs-plan chart with vega-embed + vega-lite (SVG renderer, like ours): a line with dots, dashed plan ticks. */
import embed from 'vega-embed';
import { HEIGHT, loadBars, TITLE, WIDTH } from './prepare.ts';

const bars = await loadBars();
await embed('#chart', {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  description: TITLE,
  width: WIDTH - 80,
  height: HEIGHT - 50,
  data: { values: bars },
  encoding: {
    x: { field: 'year', type: 'ordinal', title: null },
    y: { field: 'value', type: 'quantitative', title: 'persons' },
  },
  layer: [
    { transform: [{ filter: "datum.measure === 'actual'" }], mark: { type: 'line', color: '#2874c8', strokeWidth: 2, point: { filled: true, size: 40 }, tooltip: true } },
    { transform: [{ filter: "datum.measure === 'plan'" }], mark: { type: 'tick', color: '#c4511f', thickness: 2, strokeDash: [4, 2] } },
  ],
}, { renderer: 'svg', actions: false });
