/**
 * /data/geo/district-paths.json: the 30 district outlines projected at build time, so the
 * map widget draws them without shipping d3-geo.
 */
import type { APIRoute } from 'astro';
import { projectDistrictPaths } from '../../../lib/charts/geo.ts';
import { MAP_SIZE } from '../../../lib/charts/choropleth.ts';
import { districtBoundaries } from '../../../lib/site/geo.ts';

export const GET: APIRoute = () => {
  const { width, height } = MAP_SIZE;
  const body = { schemaVersion: 1, width, height, paths: projectDistrictPaths(districtBoundaries(), width, height) };
  return new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
