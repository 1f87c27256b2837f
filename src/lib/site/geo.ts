import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DistrictCollection } from '../charts/geo.ts';

let cached: DistrictCollection | undefined;

/** The 30 district boundaries (data/geo), read once per build. */
export function districtBoundaries(): DistrictCollection {
  if (!cached) {
    const dir = process.env.ANSINH_DATA ?? 'data';
    cached = JSON.parse(readFileSync(join(dir, 'geo/districts-pre2025.geojson'), 'utf8')) as DistrictCollection;
  }
  return cached;
}
