/** /data/catalog.json: the index of everything published (PRODUCT §4). */
import type { APIRoute } from 'astro';
import { siteOutputs, textResponse } from '../../lib/outputs/build.ts';
import { catalogJson } from '../../lib/outputs/catalog.ts';

export const GET: APIRoute = async () => textResponse(catalogJson((await siteOutputs(import.meta.env.SITE)).catalog), 'application/json; charset=utf-8');
