/** /en/feed.xml: Atom feed of data releases, in English. */
import type { APIRoute } from 'astro';
import { siteOutputs, textResponse } from '../../lib/outputs/build.ts';
import { releasesFeed } from '../../lib/outputs/feed.ts';

export const GET: APIRoute = async () => {
  const { data, files, site } = await siteOutputs(import.meta.env.SITE);
  return textResponse(releasesFeed(data, files, site, 'en'), 'application/atom+xml; charset=utf-8');
};
