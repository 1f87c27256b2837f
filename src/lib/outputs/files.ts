/**
 * Every data file the site publishes, produced once per build. The build writes these
 * bytes into dist/ (build.ts, after the pages), and the catalog, the feed and SHA256SUMS
 * take their digests and sizes from the same objects, so a listed sha256 is always the
 * digest of the bytes served.
 *
 * Only released versions are published. Each indicator's newest released version is
 * served a second time under `latest`, from the same bytes: the files hold no reference
 * to `latest`, only to their own version. Likewise each release's zip of the whole dataset
 * (release.ts), and the newest under `/data/releases/latest/`.
 *
 * Producing them is asynchronous (the XLSX writer is), so `publishedFiles` returns a
 * promise, memoised like the files themselves.
 */
import { MAP_SIZE } from '../charts/choropleth.ts';
import { projectDistrictPaths, type DistrictCollection } from '../charts/geo.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyJson } from '../data/datapackage.ts';
import { releasedVersions, type Dataset } from '../data/model.ts';
import {
  areasCsvPath, boundariesPath, districtPathsJsonPath, boundariesSourcePath, communesCsvPath, communesNoticePath, DATA_FORMATS, dataFileName,
  dataFilePath, dataLicencePath, RELEASES_SEGMENT, releaseZipName, releaseZipPath, SHA256SUMS_FORMATS, sourcesCsvPath, successorsCsvPath,
  type DataFormat, type VersionRef,
} from '../routes.ts';
import { folderSink, memorySink, type FileSink } from './file-sink.ts';
import { sha256Hex, sha256sums } from './checksums.ts';
import { areasCsv, communesCsv, observationRows, observationsCsv, sourcesCsv, successorsCsv } from './csv.ts';
import { publishedDatapackage } from './datapackage.ts';
import { versionJson, versionJsonV2 } from './json.ts';
import { inMemorySource, RELEASE_PATHS, releaseBundle, releaseDates, type ReleaseFileSource, type ReleaseMember } from './release.ts';
import { versionXlsx, XLSX_CONTENT_TYPE } from './xlsx.ts';

/** Files published beside the indicators, keyed by a stable name. */
export type RegistryName =
  | 'areas' | 'communes' | 'successors' | 'sources' | 'boundaries' | 'boundaries-source' | 'licence' | 'communes-notice'
  | 'district-paths';

interface FileBase {
  /** Root-relative URL path, from routes.ts; also the path under dist/. */
  path: string;
  /** Value of the Content-Type header. */
  contentType: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** `bytes.byteLength`, known without reading the bytes (they may be on disk: file-sink.ts). */
  size: number;
  /** Hex sha256 of `bytes`. */
  sha256: string;
}

/** One file of one indicator version (or of its `latest` alias). */
export interface IndicatorFile extends FileBase {
  kind: 'indicator';
  indicator: string;
  /** The version id, or `latest`. */
  version: VersionRef;
  /** For `latest`, the version it serves; otherwise the same as `version`. */
  resolvedVersion: string;
  format: DataFormat;
  /** File name within the version folder. */
  name: string;
}

/** The zip of one release's whole dataset (or of its `latest` alias). */
export interface ReleaseFile extends FileBase {
  kind: 'release';
  /** The release date, or `latest`. */
  release: VersionRef;
  /** For `latest`, the release it serves; otherwise the same as `release`. */
  resolvedRelease: string;
  /** File name within the release folder. */
  name: string;
  /** Each indicator's version in the release, in the dataset's order. */
  members: { indicator: string; version: string }[];
  /** Number of files in the zip. */
  entries: number;
}

/** A registry or third-party file. */
export interface RegistryFile extends FileBase {
  kind: 'registry';
  name: RegistryName;
  /** Path of the file in the data folder it is copied from, for files published unchanged. */
  copiedFrom?: string;
}

export type PublishedFile = IndicatorFile | ReleaseFile | RegistryFile;

/** What the outputs depend on besides the dataset. */
export interface OutputOptions {
  /** Absolute site URL (Astro's `site`), e.g. `https://ansinh.example.org`. */
  site: string;
  /** The data folder, for the files published as they are (boundaries, notices). */
  dataDir: string;
}

/** Media types of the indicator files; the text ones say their charset. */
export const CONTENT_TYPES: Record<DataFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  'excel-csv': 'text/csv; charset=utf-8; header=present',
  xlsx: XLSX_CONTENT_TYPE,
  json: 'application/json; charset=utf-8',
  'json-v2': 'application/json; charset=utf-8',
  datapackage: 'application/json; charset=utf-8',
  sha256sums: 'text/plain; charset=utf-8',
};

const encoder = new TextEncoder();

const memo = new WeakMap<Dataset, Map<string, Promise<ReadonlyMap<string, PublishedFile>>>>();

/**
 * Every published file by path, in a stable order: per indicator, each released version's
 * files (csv, excel-csv, xlsx, json, json-v2, datapackage, sha256sums), then its `latest` alias;
 * then each release's zip, then the `latest` release; then the registries. Memoised per
 * dataset and options: each file is produced once per build.
 */
export function publishedFiles(data: Dataset, options: OutputOptions): Promise<ReadonlyMap<string, PublishedFile>> {
  let bySettings = memo.get(data);
  if (!bySettings) memo.set(data, (bySettings = new Map()));
  const key = `${options.site}\n${options.dataDir}`;
  let files = bySettings.get(key);
  if (!files) {
    files = produceFiles(data, options);
    bySettings.set(key, files);
    files.catch(() => bySettings.delete(key));
  }
  return files;
}

/**
 * Produces every published file, as publishedFiles does, and writes each into `outDir` (the
 * build's output folder) as soon as it is made: the bytes are not kept in memory, and read
 * back from there when asked for (a release zip takes its versions' files from the folder).
 */
export const writePublishedFiles = (data: Dataset, options: OutputOptions, outDir: string): Promise<ReadonlyMap<string, PublishedFile>> =>
  produceFiles(data, options, folderSink(outDir));

/**
 * Produces every published file into `sink` (file-sink.ts): the build writes each into its
 * output folder as soon as it is made (writePublishedFiles); tests and `astro dev` keep them
 * in memory (publishedFiles). The map returned reads the bytes back from the sink.
 */
async function produceFiles(data: Dataset, { site, dataDir }: OutputOptions, sink: FileSink = memorySink): Promise<ReadonlyMap<string, PublishedFile>> {
  const out = new Map<string, PublishedFile>();
  /** A file put in the sink, its bytes read back from there when asked for. */
  const put = <F extends PublishedFile>(file: Omit<F, 'bytes'>, bytes: Uint8Array<ArrayBuffer>): void => {
    // Checked before the sink writes over a file already there.
    if (out.has(file.path)) throw new Error(`two published files at ${file.path}`);
    out.set(file.path, sunkFile(file, sink.put(file.path, bytes)));
  };
  if (data.indicators.some((i) => i.id === RELEASES_SEGMENT)) {
    throw new Error(`"${RELEASES_SEGMENT}" cannot be an indicator id: /data/${RELEASES_SEGMENT}/ holds the release zips`);
  }

  for (const indicator of data.indicators) {
    const released = releasedVersions(indicator);
    for (const version of released) {
      // Joined once for the three files made of them.
      const rows = observationRows(data, indicator, version);
      const bytes: Record<Exclude<DataFormat, 'sha256sums'>, Uint8Array<ArrayBuffer>> = {
        csv: encoder.encode(observationsCsv(data, indicator, version, 'canonical', rows)),
        'excel-csv': encoder.encode(observationsCsv(data, indicator, version, 'excel', rows)),
        // One at a time: writing a workbook is synchronous work, and thousands of them in
        // flight at once would hold all their sheets in memory together.
        xlsx: await versionXlsx(data, indicator, version, site, undefined, rows),
        json: encoder.encode(`${JSON.stringify(versionJson(data, indicator, version, site))}\n`),
        'json-v2': encoder.encode(`${JSON.stringify(versionJsonV2(data, indicator, version, site))}\n`),
        datapackage: encoder.encode(stringifyJson(publishedDatapackage(data, indicator, version, site))),
      };
      const sums = encoder.encode(sha256sums(
        SHA256SUMS_FORMATS.map((format) => ({ name: dataFileName(indicator.id, format), bytes: bytes[format as keyof typeof bytes] })),
      ));
      const all: Record<DataFormat, Uint8Array<ArrayBuffer>> = { ...bytes, sha256sums: sums };
      const refs: VersionRef[] = version === released.at(-1) ? [version.id, 'latest'] : [version.id];
      const sha256 = Object.fromEntries(DATA_FORMATS.map((format) => [format, sha256Hex(all[format])])) as Record<DataFormat, string>;
      for (const ref of refs) {
        for (const format of DATA_FORMATS) {
          put<IndicatorFile>({
            kind: 'indicator', indicator: indicator.id, version: ref, resolvedVersion: version.id, format,
            name: dataFileName(indicator.id, format), path: dataFilePath(indicator.id, ref, format),
            contentType: CONTENT_TYPES[format], size: all[format].byteLength, sha256: sha256[format],
          }, all[format]);
        }
      }
    }
  }

  // One zip per release date, then the newest again under `latest` (same bytes).
  const releaseCopies = new Map<string, ReleaseFileSource>();
  for (const [rel, zipPath] of [
    ['LICENSE.md', RELEASE_PATHS.licence], ['geo/SOURCE.md', RELEASE_PATHS.boundariesSource],
    ['areas/NOTICE-dvhcvn.md', RELEASE_PATHS.communesNotice], ['geo/districts-pre2025.geojson', RELEASE_PATHS.boundaries],
  ] as const) {
    const full = join(dataDir, rel);
    if (existsSync(full)) releaseCopies.set(zipPath, inMemorySource(new Uint8Array(readFileSync(full))));
  }
  // Read from the sink only if the zip is not in the output cache.
  const versionFile = (id: string, version: string, format: DataFormat): ReleaseFileSource => {
    const f = publishedFile(out, dataFilePath(id, version, format));
    return { size: f.size, sha256: f.sha256, read: () => f.bytes };
  };
  const dates = releaseDates(data);
  for (const date of dates) {
    const bundle = releaseBundle({ data, date, site, versionFile, copies: releaseCopies });
    const members = bundle.members.map((m: ReleaseMember) => ({ indicator: m.indicator.id, version: m.version.id }));
    const sha256 = sha256Hex(bundle.bytes);
    for (const ref of date === dates.at(-1) ? [date, 'latest'] : [date]) {
      put<ReleaseFile>({
        kind: 'release', release: ref, resolvedRelease: date, name: releaseZipName(ref), path: releaseZipPath(ref), members,
        entries: bundle.files.size, contentType: 'application/zip', size: bundle.bytes.byteLength, sha256,
      }, bundle.bytes);
    }
  }

  const registry = (name: RegistryName, path: string, contentType: string, bytes: Uint8Array<ArrayBuffer>, copiedFrom?: string) =>
    put<RegistryFile>({ kind: 'registry', name, path, contentType, size: bytes.byteLength, sha256: sha256Hex(bytes), ...(copiedFrom ? { copiedFrom } : {}) }, bytes);
  const csv = 'text/csv; charset=utf-8; header=present';
  registry('areas', areasCsvPath, csv, encoder.encode(areasCsv(data)));
  registry('communes', communesCsvPath, csv, encoder.encode(communesCsv(data)));
  registry('successors', successorsCsvPath, csv, encoder.encode(successorsCsv(data)));
  registry('sources', sourcesCsvPath, csv, encoder.encode(sourcesCsv(data)));
  // Published byte for byte: the boundaries are locked in releases.lock.json, and the
  // notices are licence texts. A data folder without them (a test fixture, the benchmark's
  // synthetic data) publishes without them.
  const copies: [RegistryName, string, string, string][] = [
    ['boundaries', boundariesPath, 'application/geo+json', 'geo/districts-pre2025.geojson'],
    ['boundaries-source', boundariesSourcePath, 'text/markdown; charset=utf-8', 'geo/SOURCE.md'],
    ['licence', dataLicencePath, 'text/markdown; charset=utf-8', 'LICENSE.md'],
    ['communes-notice', communesNoticePath, 'text/markdown; charset=utf-8', 'areas/NOTICE-dvhcvn.md'],
  ];
  for (const [name, path, type, rel] of copies) {
    const full = join(dataDir, rel);
    if (existsSync(full)) registry(name, path, type, new Uint8Array(readFileSync(full)), rel);
  }
  // The outlines projected once here, so the map widget ships no projection code.
  const boundaries = join(dataDir, 'geo/districts-pre2025.geojson');
  if (existsSync(boundaries)) {
    const features = JSON.parse(readFileSync(boundaries, 'utf8')) as DistrictCollection;
    const { width, height } = MAP_SIZE;
    const json = { schemaVersion: 1, width, height, paths: projectDistrictPaths(features, width, height) };
    registry('district-paths', districtPathsJsonPath, 'application/json; charset=utf-8', encoder.encode(`${JSON.stringify(json)}\n`));
  }
  return out;
}

/**
 * A published file whose bytes are read from the sink each time they are asked for. Its own
 * function: a getter made in produceFiles' loop would keep that loop's scope, and with it
 * every file's bytes, alive.
 */
function sunkFile(file: Omit<PublishedFile, 'bytes'>, read: () => Uint8Array<ArrayBuffer>): PublishedFile {
  return { ...file, get bytes() { return read(); } } as PublishedFile;
}

/** The file at a path, or an error naming the path. */
export function publishedFile(files: ReadonlyMap<string, PublishedFile>, path: string): PublishedFile {
  const f = files.get(path);
  if (!f) throw new Error(`no published file at ${path}`);
  return f;
}

/** The files of one indicator and version ref, in DATA_FORMATS order. */
export function indicatorFiles(files: ReadonlyMap<string, PublishedFile>, indicator: string, version: VersionRef): IndicatorFile[] {
  return DATA_FORMATS.flatMap((format) => {
    const f = files.get(dataFilePath(indicator, version, format));
    return f?.kind === 'indicator' ? [f] : [];
  });
}

/** The release zips: each release date's, then `latest`, oldest first. */
export const releaseFiles = (files: ReadonlyMap<string, PublishedFile>): ReleaseFile[] =>
  [...files.values()].filter((f): f is ReleaseFile => f.kind === 'release');
