/**
 * Shapes the widgets share with the site. The site builds these files; the widgets read
 * them (see data.ts for the checks).
 */
import type { DistrictPath } from '../../src/lib/charts/geo.ts';

export type { DistrictPath };

/**
 * `/data/geo/district-paths.json` (routes.districtPathsJsonPath): the 30 pre-2025 district
 * outlines projected at build time by `projectDistrictPaths(features, width, height)`, so
 * the map widget needs no d3-geo. Paths are in px of the `width × height` box, which
 * becomes the map's viewBox (the widget adds its legend below).
 */
export interface DistrictPathsJson {
  /** Version of this shape; the widgets refuse anything but 1. */
  schemaVersion: 1;
  /** Width of the projection box in px (the site uses 480). */
  width: number;
  /** Height of the projection box in px (the site uses 520). */
  height: number;
  /** One entry per district: `{ code, d, name_vi, name_ascii }`. */
  paths: DistrictPath[];
}

/** The states of a widget's data, as `@lit/task` names them and the `state` property reports. */
export type WidgetState = 'initial' | 'pending' | 'complete' | 'error';
