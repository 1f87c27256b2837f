/**
 * The time-series chart of one indicator for one area as an SVG string, rendered at build
 * time into the page (no JavaScript needed): the shared layout (layout.ts) and renderer
 * (render.ts), serialised. The widget draws the same tree as DOM (widgets/chart/draw.ts).
 */
import type { ChartData } from '../prepare/types.ts';
import { chartLayout, type LayoutOptions } from './layout.ts';
import { renderChart } from './render.ts';
import { svgString, type SvgLabelOptions } from './svg.ts';

/** Options of {@link timeSeriesSvg}: the layout's, and the accessible name and description. */
export type TimeSeriesOptions = LayoutOptions & SvgLabelOptions;

/**
 * The chart's natural widths on the site: `narrow` fills a 390 px phone's column (page
 * padding 16 px each side) at 1:1, so its 12 px text stays 12 px; `wide` is drawn for the
 * desktop column and scaled to fill it.
 */
export const CHART_WIDTHS = { narrow: 358, wide: 880 } as const;

/** The chart of {@link ChartData} as an `<svg>` string (see renderChart for its structure). */
export function timeSeriesSvg(data: ChartData, opts: TimeSeriesOptions): string {
  return svgString(renderChart(chartLayout(data, opts), opts));
}
