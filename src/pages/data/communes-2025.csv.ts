/** /data/communes-2025.csv: the 126 commune-level units from 2025-07-01. */
import type { APIRoute } from 'astro';
import { servePath } from '../../lib/outputs/build.ts';
import { communesCsvPath } from '../../lib/routes.ts';

export const GET: APIRoute = () => servePath(import.meta.env.SITE, communesCsvPath);
