/** /data/sources.csv: the sources registry, every cited source once. */
import type { APIRoute } from 'astro';
import { servePath } from '../../lib/outputs/build.ts';
import { sourcesCsvPath } from '../../lib/routes.ts';

export const GET: APIRoute = () => servePath(import.meta.env.SITE, sourcesCsvPath);
