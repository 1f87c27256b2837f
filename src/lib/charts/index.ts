/** Build-time SVG charts: time series (the layout the widget shares) and the district map (d3-geo). */
export { timeSeriesSvg, CHART_WIDTHS, type TimeSeriesOptions } from './time-series.ts';
export { chartLayout, type ChartLayout, type LayoutOptions, type Mark, type YearGroup } from './layout.ts';
export { renderChart, type SvgNode } from './render.ts';
export { CHART_TEXT } from './text.ts';
export { choroplethSvg, colourClasses, MAP_SIZE, type ChoroplethOptions, type DistrictValue } from './choropleth.ts';
export {
  projectDistrictPaths,
  type DistrictCollection,
  type DistrictFeature,
  type DistrictGeometry,
  type DistrictPath,
  type DistrictProperties,
} from './geo.ts';
export { COLORS, SEQUENTIAL, contrast } from './palette.ts';
export type { SvgLabelOptions } from './svg.ts';
