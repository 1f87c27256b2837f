import { css } from '../shared/css.ts';

/**
 * The map keeps the aspect of the projected outlines plus the legend (480 × 576 px); the
 * ranking has a row for each of the 30 districts: both are sized before the data arrives.
 * Side by side from 640 px, stacked below.
 */
export const compareStyles = css`
  .grid {
    display: grid;
    gap: 0.75em;
    margin-top: 0.5em;
    align-items: start;
  }
  @container (min-width: 640px) {
    .grid {
      grid-template-columns: 1fr 1fr;
    }
  }
  .map {
    aspect-ratio: 480 / 576;
  }
  .ranking {
    /* 30 districts and the header: a row is its line and 1 px of border. */
    min-height: calc(31 * (1.6em + 1px));
    font-size: 0.85em;
  }
  tr {
    white-space: nowrap;
  }
  th,
  td {
    padding-block: 0.1em;
  }
  .bar {
    width: 35%;
  }
  .districts path {
    stroke: var(--fg);
    stroke-width: 0.5;
    stroke-linejoin: round;
  }
  .hatch,
  .swatch,
  .highlight {
    stroke: var(--fg);
  }
  .hatch {
    stroke-opacity: 0.45;
  }
  .highlight {
    fill: none;
    stroke-width: 2.5;
  }
  .stop {
    stop-color: var(--actual);
  }
  .hl {
    font-weight: 700;
  }
`;
