import { css } from '../shared/css.ts';
import chartCss from '../../src/lib/charts/chart.css?raw';

/**
 * The chart area has its height before the data arrives (no layout shift): a share of the
 * widget's width, within bounds, unless the host sets `--ansinh-chart-height`. The drawing's
 * colours and strokes are the site's own (src/lib/charts/chart.css).
 */
export const chartStyles =
  chartCss +
  css`
    .chart {
      position: relative;
      height: var(--ansinh-chart-height, clamp(240px, 60cqw, 420px));
      margin-top: 0.5em;
    }
    /* height="…": the drawing's own height (the skeleton's empty one while loading). */
    .fixed {
      height: auto;
    }
  `;
