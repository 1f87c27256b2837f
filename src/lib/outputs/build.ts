/**
 * What the Astro endpoints call: the build's dataset, its published files and catalog,
 * each produced once per build (the dataset is cached by getDataset, the files and the
 * catalog are memoised on it), and Response helpers.
 */
import type { Dataset } from '../data/model.ts';
import { getDataset } from '../site/dataset.ts';
import { widgetScripts } from '../site/widget-bundle.ts';
import { WIDGET_ELEMENTS } from '../widgets-contract.ts';
import { buildCatalog, catalogWidgets, type Catalog } from './catalog.ts';
import { publishedFile, publishedFiles, type PublishedFile } from './files.ts';

/** The dataset, files and catalog of this build. */
export interface SiteOutputs {
  data: Dataset;
  site: string;
  files: ReadonlyMap<string, PublishedFile>;
  catalog: Catalog;
}

const catalogs = new WeakMap<ReadonlyMap<string, PublishedFile>, Catalog>();

/**
 * The outputs of this build, for the site URL of astro.config.mjs (`import.meta.env.SITE`
 * in an endpoint, from ANSINH_SITE). The data folder is the one getDataset reads:
 * `ANSINH_DATA` or `data`.
 */
export async function siteOutputs(site: string | undefined): Promise<SiteOutputs> {
  if (!site) throw new Error('the data outputs need an absolute site URL: set ANSINH_SITE (astro.config.mjs reads it)');
  const data = getDataset();
  const files = await publishedFiles(data, { site, dataDir: process.env.ANSINH_DATA ?? 'data' });
  let catalog = catalogs.get(files);
  if (!catalog) {
    catalogs.set(files, (catalog = buildCatalog(data, files, site, catalogWidgets(widgetScripts(), WIDGET_ELEMENTS))));
  }
  return { data, site, files, catalog };
}

/** A Response serving a published file's bytes as they are. */
export function fileResponse(file: PublishedFile): Response {
  return new Response(file.bytes, { headers: { 'Content-Type': file.contentType } });
}

/** A Response serving the published file at a path (from routes.ts). */
export const servePath = async (site: string | undefined, path: string): Promise<Response> => fileResponse(publishedFile((await siteOutputs(site)).files, path));

/**
 * A Response for an optional file (the boundaries and notices, absent from some data
 * folders): no body when it is missing, so Astro writes no file.
 */
export async function serveOptionalPath(site: string | undefined, path: string): Promise<Response> {
  const file = (await siteOutputs(site)).files.get(path);
  return file ? fileResponse(file) : new Response(null, { status: 404 });
}

/** A Response with a text body. */
export const textResponse = (body: string, contentType: string): Response =>
  new Response(body, { headers: { 'Content-Type': contentType } });
