/** /sitemap.xml: every page in both languages, with hreflang alternates. */
import type { APIRoute } from 'astro';
import { textResponse } from '../lib/outputs/build.ts';
import { sitemapXml } from '../lib/outputs/sitemap.ts';
import { getDataset } from '../lib/site/dataset.ts';

export const GET: APIRoute = () => {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('the sitemap lists absolute URLs: set ANSINH_SITE (astro.config.mjs reads it)');
  return textResponse(sitemapXml(getDataset(), site), 'application/xml; charset=utf-8');
};
