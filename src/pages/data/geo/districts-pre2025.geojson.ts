/** Boundaries of the 30 districts of 2014–2025, copied from the data folder (routes.boundariesPath). */
import type { APIRoute } from 'astro';
import { serveOptionalPath } from '../../../lib/outputs/build.ts';
import { boundariesPath } from '../../../lib/routes.ts';

export const GET: APIRoute = () => serveOptionalPath(import.meta.env.SITE, boundariesPath);
