/** /sitemap.xml: every page in both languages, with hreflang alternates. */
import type { APIRoute } from 'astro';
import { siteOutputs, textResponse } from '../lib/outputs/build.ts';
import { sitemapXml } from '../lib/outputs/sitemap.ts';

export const GET: APIRoute = async () => {
  const { data, site } = await siteOutputs(import.meta.env.SITE);
  return textResponse(sitemapXml(data, site), 'application/xml; charset=utf-8');
};
