import { css } from '../shared/css.ts';

/** Every line has its box before the data arrives, so nothing below the widget moves. */
export const headlineStyles = css`
  .unit {
    font-size: 0.5em;
  }
  .period {
    min-height: 1.4em;
  }
  .lines {
    margin-top: 0.35em;
    min-height: 4.2em;
  }
`;
