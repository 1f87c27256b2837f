/**
 * /data/<indicator>/<version|latest>/<file>: the six files of each released version
 * (canonical CSV, Excel CSV, XLSX, JSON, datapackage.json, SHA256SUMS) and the `latest` alias.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, siteOutputs } from '../../../../lib/outputs/build.ts';
import type { IndicatorFile } from '../../../../lib/outputs/files.ts';

export const getStaticPaths = (async () =>
  [...(await siteOutputs(import.meta.env.SITE)).files.values()]
    .filter((f): f is IndicatorFile => f.kind === 'indicator')
    .map((f) => ({ params: { indicator: f.indicator, version: f.version, file: f.name }, props: { path: f.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = (await siteOutputs(import.meta.env.SITE)).files.get((props as { path: string }).path);
  if (!file) throw new Error(`no published file for ${JSON.stringify(props)}`);
  return fileResponse(file);
};
