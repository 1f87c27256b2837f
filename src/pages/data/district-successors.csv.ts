/** /data/district-successors.csv: old district → new units covering its territory. */
import type { APIRoute } from 'astro';
import { servePath } from '../../lib/outputs/build.ts';
import { successorsCsvPath } from '../../lib/routes.ts';

export const GET: APIRoute = () => servePath(import.meta.env.SITE, successorsCsvPath);
