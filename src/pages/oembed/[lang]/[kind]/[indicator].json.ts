/**
 * /oembed/<lang>/<kind>/<indicator>.json, the path `oembedPath` builds: the static oEmbed
 * response of an indicator page (`kind` = indicator) or an embed page (its embed kind),
 * which those pages name in their discovery link.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedResponse, oembedSpecs, type OEmbedSpec } from '../../../../lib/outputs/oembed.ts';
import { textResponse } from '../../../../lib/outputs/build.ts';
import { getDataset } from '../../../../lib/site/dataset.ts';
import { requireCity, requireSite } from '../../../../lib/site/lookup.ts';

export const getStaticPaths = (() =>
  oembedSpecs(getDataset()).map((spec) => ({ params: { lang: spec.lang, kind: spec.kind, indicator: spec.indicator.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: OEmbedSpec }> = ({ props: { spec }, site }) => {
  const data = getDataset();
  return textResponse(`${JSON.stringify(oembedResponse(spec, data, requireCity(data.areas), requireSite(site).origin), null, 2)}\n`, 'application/json+oembed; charset=utf-8');
};
