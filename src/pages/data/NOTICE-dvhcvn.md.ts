/** MIT notice of the commune crosswalk, copied from the data folder (routes.communesNoticePath). */
import type { APIRoute } from 'astro';
import { serveOptionalPath } from '../../lib/outputs/build.ts';
import { communesNoticePath } from '../../lib/routes.ts';

export const GET: APIRoute = () => serveOptionalPath(import.meta.env.SITE, communesNoticePath);
