/** Origin, licence and attribution of the boundaries, copied from the data folder (routes.boundariesSourcePath). */
import type { APIRoute } from 'astro';
import { serveOptionalPath } from '../../../lib/outputs/build.ts';
import { boundariesSourcePath } from '../../../lib/routes.ts';

export const GET: APIRoute = () => serveOptionalPath(import.meta.env.SITE, boundariesSourcePath);
