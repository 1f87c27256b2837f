import { css } from '../shared/css.ts';

/** Fixed boxes: the figure line, the bar and the detail line keep their height while loading. */
export const progressStyles = css`
  .of {
    font-size: 0.45em;
  }
  .bar {
    height: 44px;
  }
  .track {
    fill: none;
    stroke: var(--muted);
  }
  .detail {
    min-height: 2.8em;
  }
`;
