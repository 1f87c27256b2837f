/** Licences of the data and third-party notices, copied from the data folder (routes.dataLicencePath). */
import type { APIRoute } from 'astro';
import { serveOptionalPath } from '../../lib/outputs/build.ts';
import { dataLicencePath } from '../../lib/routes.ts';

export const GET: APIRoute = () => serveOptionalPath(import.meta.env.SITE, dataLicencePath);
