/**
 * /data/releases/<YYYY-MM-DD|latest>/ansinh-<date|latest>.zip: the whole dataset of each
 * release in one zip (src/lib/outputs/release.ts), and the newest under `latest`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, siteOutputs } from '../../../../lib/outputs/build.ts';
import { releaseFiles } from '../../../../lib/outputs/files.ts';

export const getStaticPaths = (async () =>
  releaseFiles((await siteOutputs(import.meta.env.SITE)).files)
    .map((f) => ({ params: { release: f.release, file: f.name }, props: { path: f.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = (await siteOutputs(import.meta.env.SITE)).files.get((props as { path: string }).path);
  if (!file) throw new Error(`no published file for ${JSON.stringify(props)}`);
  return fileResponse(file);
};
