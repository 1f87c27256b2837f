/** /data/areas.csv: the city and the 30 districts of 2014–2025, with their validity. */
import type { APIRoute } from 'astro';
import { servePath } from '../../lib/outputs/build.ts';
import { areasCsvPath } from '../../lib/routes.ts';

export const GET: APIRoute = () => servePath(import.meta.env.SITE, areasCsvPath);
