/**
 * /data/<indicator>/<version|latest>/chart-<lang>.<svg|png>: the chart of each version with
 * one (chart-images.ts), the path `chartImagePath` builds. A static endpoint per file, like
 * the data files beside it; PNGs come from the content-addressed cache when unchanged.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IMAGE_EXTS, chartImageSpecs, type ChartImageSpec } from '../../../../lib/outputs/chart-images.ts';
import { cachedChartImagePng, chartImageSvg, chartImageText } from '../../../../lib/og/chart-image.ts';
import type { ChartImageExt } from '../../../../lib/routes.ts';
import { getDataset } from '../../../../lib/site/dataset.ts';

// `ANSINH_OG=0` skips these images as it skips the share images (src/pages/og): for the
// benchmark's build-scale runs only, which time page building apart from image rendering
// (images are timed in their own part, with and without the cache).
export const getStaticPaths = (() =>
  process.env.ANSINH_OG === '0'
    ? []
    : chartImageSpecs(getDataset()).flatMap((spec) =>
        CHART_IMAGE_EXTS.map((ext) => ({ params: { indicator: spec.indicator.id, version: spec.ref, lang: spec.lang, ext }, props: { spec, ext } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ChartImageSpec; ext: ChartImageExt }> = ({ props: { spec, ext } }) => {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('chart images name the site: set ANSINH_SITE (astro.config.mjs reads it)');
  const text = chartImageText(spec.version, spec.lang, getDataset().sources, site);
  return ext === 'svg'
    ? new Response(chartImageSvg(spec.version, text), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } })
    : new Response(cachedChartImagePng(spec.version, text).png, { headers: { 'Content-Type': 'image/png' } });
};
