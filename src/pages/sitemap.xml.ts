/** /sitemap.xml: every page in both languages, with hreflang alternates. */
import type { APIRoute } from 'astro';
import { textResponse } from '../lib/outputs/build.ts';
import { sitemapXml } from '../lib/outputs/sitemap.ts';
import { getDataset } from '../lib/site/dataset.ts';
import { requireSite } from '../lib/site/lookup.ts';

export const GET: APIRoute = ({ site }) => textResponse(sitemapXml(getDataset(), requireSite(site).origin), 'application/xml; charset=utf-8');
