/**
 * /data/geo/district-paths.json: the 30 district outlines projected at build time, so the
 * map widget draws them without shipping d3-geo (produced with the other published files).
 */
import type { APIRoute } from 'astro';
import { servePath } from '../../../lib/outputs/build.ts';
import { districtPathsJsonPath } from '../../../lib/routes.ts';

export const GET: APIRoute = () => servePath(import.meta.env.SITE, districtPathsJsonPath);
