import { css } from 'lit';

/**
 * The chart area has its height before the data arrives (no layout shift): a share of the
 * widget's width, within bounds, unless the host sets `--ansinh-chart-height`.
 */
export const chartStyles = css`
  .chart {
    height: var(--ansinh-chart-height, clamp(240px, 60cqw, 420px));
    margin-top: 0.5em;
  }
`;
