/** Build-time SVG charts: time series (Observable Plot) and the district map (d3-geo). */
export { timeSeriesSvg, TIME_SERIES_SIZE, CHART_TEXT, type TimeSeriesOptions } from './time-series.ts';
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
