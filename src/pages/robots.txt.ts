/** /robots.txt: everything may be crawled; points to the sitemap. */
import type { APIRoute } from 'astro';
import { textResponse } from '../lib/outputs/build.ts';
import { robotsTxt } from '../lib/outputs/sitemap.ts';

export const GET: APIRoute = () => textResponse(robotsTxt(import.meta.env.SITE), 'text/plain; charset=utf-8');
