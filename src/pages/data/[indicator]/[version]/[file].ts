/**
 * /data/<indicator>/<version|latest>/<file>: the five files of each released version
 * (canonical CSV, Excel CSV, JSON, datapackage.json, SHA256SUMS) and the `latest` alias.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, siteOutputs } from '../../../../lib/outputs/build.ts';
import type { IndicatorFile } from '../../../../lib/outputs/files.ts';

export const getStaticPaths = (() =>
  [...siteOutputs(import.meta.env.SITE).files.values()]
    .filter((f): f is IndicatorFile => f.kind === 'indicator')
    .map((f) => ({ params: { indicator: f.indicator, version: f.version, file: f.name }, props: { path: f.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file = siteOutputs(import.meta.env.SITE).files.get((props as { path: string }).path);
  if (!file) throw new Error(`no published file for ${JSON.stringify(props)}`);
  return fileResponse(file);
};
