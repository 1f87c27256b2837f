/**
 * The files the site publishes beside its pages: every data file (files.ts), the catalog and
 * the two feeds. No Astro route produces them — routes cost the build several milliseconds
 * each, and these are most of the site's files: `astro build` writes the pages, then the
 * integration in astro.config.mjs calls writeSiteFiles, which writes each file into the
 * output folder as it is produced. `astro dev` serves them from memory (devSiteFile, through
 * the same integration's middleware). No page needs their bytes.
 */
import type { Dataset } from '../data/model.ts';
import { LANGS, catalogPath, feedPath } from '../routes.ts';
import { getDataset } from '../site/dataset.ts';
import { widgetScripts } from '../site/widget-bundle.ts';
import { WIDGET_ELEMENTS } from '../widgets-contract.ts';
import { buildCatalog, catalogJson, catalogWidgets } from './catalog.ts';
import { releasesFeed } from './feed.ts';
import { folderSink } from './file-sink.ts';
import { publishedFiles, writePublishedFiles, type PublishedFile } from './files.ts';

const encoder = new TextEncoder();

/** The data folder the build reads: `ANSINH_DATA` or `data` (as getDataset). */
const dataDir = (): string => process.env.ANSINH_DATA ?? 'data';

/** A file made from the records of the others: the catalog and the feeds. */
interface IndexFile {
  path: string;
  contentType: string;
  text: string;
}

/** The catalog and the feeds, from the published files' records (their digests and sizes). */
function indexFiles(data: Dataset, files: ReadonlyMap<string, PublishedFile>, site: string): IndexFile[] {
  const catalog = buildCatalog(data, files, site, catalogWidgets(widgetScripts(), WIDGET_ELEMENTS));
  return [
    { path: catalogPath, contentType: 'application/json; charset=utf-8', text: catalogJson(catalog) },
    ...LANGS.map((lang) => ({ path: feedPath(lang), contentType: 'application/atom+xml; charset=utf-8', text: releasesFeed(data, files, site, lang) })),
  ];
}

/**
 * Writes every published file, the catalog and the feeds under `outDir` (Astro's output
 * folder), for the site URL of astro.config.mjs (siteSetting: ANSINH_SITE or the
 * placeholder). Returns how many files and bytes it wrote.
 */
export async function writeSiteFiles(origin: string, outDir: string): Promise<{ files: number; bytes: number }> {
  const data = getDataset();
  const files = await writePublishedFiles(data, { site: origin, dataDir: dataDir() }, outDir);
  let bytes = 0;
  for (const f of files.values()) bytes += f.size;
  const index = indexFiles(data, files, origin);
  const sink = folderSink(outDir);
  for (const f of index) {
    const b = encoder.encode(f.text);
    sink.put(f.path, b);
    bytes += b.byteLength;
  }
  return { files: files.size + index.length, bytes };
}

/** A file as `astro dev` serves it. */
export interface ServedFile {
  contentType: string;
  bytes: Uint8Array;
}

const devIndex = new WeakMap<ReadonlyMap<string, PublishedFile>, Map<string, ServedFile>>();

/** Whether a URL path can be one of these files (the rest, the chart images under /data/ among them, are Astro's). */
export const isSiteFilePath = (path: string): boolean =>
  (path.startsWith('/data/') && !/\/chart-[^/]*$/.test(path)) || LANGS.some((lang) => path === feedPath(lang));

/**
 * For `astro dev`: the published file, catalog or feed at a URL path, or undefined when the
 * path is none of them. The files are produced on the first request (memoised).
 */
export async function devSiteFile(origin: string, path: string): Promise<ServedFile | undefined> {
  if (!isSiteFilePath(path)) return undefined;
  const data = getDataset();
  const files = await publishedFiles(data, { site: origin, dataDir: dataDir() });
  const file = files.get(path);
  if (file) return { contentType: file.contentType, bytes: file.bytes };
  let index = devIndex.get(files);
  if (!index) {
    index = new Map(indexFiles(data, files, origin).map((f) => [f.path, { contentType: f.contentType, bytes: encoder.encode(f.text) }]));
    devIndex.set(files, index);
  }
  return index.get(path);
}

/** A Response with a text body. */
export const textResponse = (body: string, contentType: string): Response =>
  new Response(body, { headers: { 'Content-Type': contentType } });
