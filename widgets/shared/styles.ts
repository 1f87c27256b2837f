/**
 * Styles every element shares. Only Lit `static styles` (adopted stylesheets): no `style`
 * attribute or element anywhere, so the widgets work under `style-src 'self'`.
 */
import { css } from './css.ts';
import { themeCss } from './theme.ts';

export const sharedStyles =
  themeCss +
  css`
    :host {
      display: block;
      container-type: inline-size;
      line-height: 1.4;
    }
    .w {
      background: var(--bg);
      color: var(--fg);
      padding: 0.75em;
    }
    p {
      margin: 0;
    }
    a,
    summary {
      color: var(--link);
    }
    .title {
      font-weight: 700;
      min-height: 1.4em;
    }
    .sub,
    .foot,
    .loading {
      color: var(--muted);
      font-size: 0.85em;
    }
    .foot,
    .summary,
    details,
    .tbl {
      margin-top: 0.5em;
    }
    .foot,
    .sub,
    .tbl {
      min-height: 1.4em;
    }
    .pin {
      min-height: 2.15em;
    }
    .newer,
    .problem {
      margin-bottom: 0.5em;
      padding: 0.3em 0.6em;
      font-size: 0.9em;
      border-inline-start: 3px solid var(--plan);
      overflow-wrap: anywhere;
    }
    .summary {
      min-height: 2.8em;
    }
    .note {
      color: var(--muted);
    }
    /* A phone's lines wrap: the title, the summary and the footer reserve more of them (no shift when they arrive). */
    @container (max-width: 480px) {
      .title,
      .foot {
        min-height: 2.8em;
      }
      .summary {
        min-height: 5.6em;
      }
    }
    .h-title [part=title],
    .h-summary [part=summary],
    .h-table [part=table],
    .h-table .tbl,
    .h-footer [part=footer] {
      display: none;
    }
    .figure {
      margin-top: 0.25em;
      min-height: 1.3em;
      font-size: 2.25em;
      font-weight: 700;
      line-height: 1.2;
    }
    svg {
      display: block;
      overflow: visible;
    }
    svg text {
      fill: currentColor;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 0.2em 0.5em 0.2em 0;
      border-bottom: 1px solid var(--muted);
    }
    .n {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .af {
      fill: var(--actual);
    }
    .as {
      stroke: var(--actual);
    }
    .ps {
      stroke: var(--plan);
    }
    @media print {
      :host {
        break-inside: avoid;
      }
      summary {
        display: none;
      }
    }
  `;
