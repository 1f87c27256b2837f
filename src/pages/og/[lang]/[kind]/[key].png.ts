import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImageSpecs } from '../../../../lib/og/cards.ts';
import { cachedShareImagePng } from '../../../../lib/og/cache.ts';
import type { ShareCard } from '../../../../lib/og/render.ts';
import { getDataset } from '../../../../lib/site/dataset.ts';

/**
 * `/og/<lang>/<kind>/<key>.png`, the path `shareImagePath` builds: one PNG per page.
 * `ANSINH_OG=0` skips them (about 35 ms each): for the benchmark's build-scale runs only,
 * since pages then name images that do not exist. Each image is rendered once per content:
 * an unchanged card is read back from the cache (src/lib/og/cache.ts, `.cache/og/`).
 */
export const getStaticPaths = (() =>
  process.env.ANSINH_OG === '0' ? [] : shareImageSpecs(getDataset()).map(({ lang, kind, key, card }) => ({ params: { lang, kind, key }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = ({ props }) =>
  new Response(cachedShareImagePng(props.card).png, { headers: { 'Content-Type': 'image/png' } });
