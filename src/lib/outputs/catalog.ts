/**
 * dist/data/catalog.json (PRODUCT §4): the machine-readable index of everything published.
 * URLs are root-relative, as routes.ts builds them; `site` is the base to resolve them
 * against. Digests and sizes come from the published files themselves.
 */
import { releasedVersions, type AreaLevel, type AreaType, type Dataset, type IndicatorKind, type Localized, type Topic, type Unit } from '../data/model.ts';
import type { Lang } from '../format.ts';
import { nextExpectedUpdate, type NextUpdate } from '../prepare/next-update.ts';
import { districtPath, feedPath, homePath, indicatorPath, LANGS, sitemapPath, widgetAliasPath, type DataFormat } from '../routes.ts';
import { indicatorFiles, releaseFiles, type PublishedFile, type RegistryName } from './files.ts';

/** One downloadable file. */
export interface CatalogFile {
  format: DataFormat;
  /** Root-relative URL. */
  url: string;
  /** Hex sha256 of the bytes served at `url`. */
  sha256: string;
  /** Size in bytes. */
  bytes: number;
  mediaType: string;
}

export interface CatalogVersion {
  /** Version id: its release date, `YYYY-MM-DD`. */
  id: string;
  /** Release date, ISO. */
  date: string;
  /** Always true: drafts are not published. */
  released: true;
  notes: Localized;
  files: CatalogFile[];
}

export interface CatalogIndicator {
  id: string;
  title: Localized;
  description: Localized;
  unit: Unit;
  topic: Topic;
  kind: IndicatorKind;
  decimals: number;
  geographies: AreaLevel[];
  licence: string;
  /** Root-relative URLs of the indicator page. */
  pages: Record<Lang, string>;
  /** The `latest` alias: the newest version's files under their `latest` URLs. */
  latest: { version: string; files: CatalogFile[] };
  /** Released versions, oldest first. */
  versions: CatalogVersion[];
  /**
   * When the next figure is expected, where the source's reporting cycle is known (the
   * January year-end report); null otherwise. Added after schemaVersion 1's first shape.
   */
  nextUpdate: NextUpdate | null;
}

/** The zip of one release's whole dataset. */
export interface CatalogRelease {
  /** The release date, `YYYY-MM-DD`, or `latest` for the alias. */
  id: string;
  /** The release date it holds. */
  date: string;
  /** Root-relative URL of the zip. */
  url: string;
  sha256: string;
  bytes: number;
  mediaType: string;
  /** Each indicator's version in the release. */
  indicators: { id: string; version: string }[];
}

export interface CatalogArea {
  /** GSO code: `01` city, 3 digits a district. */
  code: string;
  level: AreaLevel;
  type: AreaType;
  name: Localized;
  nameFullVi: string;
  slug: string;
  /** ISO date. */
  validFrom: string;
  /** ISO date; null while the area exists. */
  validTo: string | null;
  /** Commune-level units on 2025-03-01 (districts), else null. */
  communes: number | null;
  /** Root-relative URLs of the area's page (the home page for the city). */
  pages: Record<Lang, string>;
}

/** A registry or third-party file. */
export interface CatalogRegistryFile {
  name: RegistryName;
  url: string;
  sha256: string;
  bytes: number;
  mediaType: string;
}

/** One exact version of the widget script. */
export interface CatalogWidgetVersion {
  /** Exact version, `x.y.z`. */
  version: string;
  /** Root-relative URL of its script: `/widgets/<x.y.z>/ansinh.js`. */
  script: string;
  /** Subresource Integrity hash of the bytes served at `script` (`sha384-…`). */
  integrity: string;
  /** Hex sha256 of those bytes. */
  sha256: string;
  /** Size in bytes. */
  bytes: number;
  /**
   * True once released (widgets/releases.lock.json): the bytes never change and stay served.
   * False for a draft the site's own pages use while it is developed.
   */
  released: boolean;
}

/** A major-version alias and the exact version it serves now. */
export interface CatalogWidgetAlias {
  /** Root-relative URL: `/widgets/v<major>/ansinh.js`. */
  script: string;
  /** The newest released version of that major. */
  version: string;
}

/** The embeddable widgets; filled in once the widget bundle is published. */
export interface CatalogWidgets {
  /** Root-relative URL of the exact-version widget script (immutable) the site's snippets use. */
  script: string | null;
  /** Root-relative URL of the major-version alias (receives compatible updates). */
  alias?: string | null;
  /** Its Subresource Integrity hash (`sha384-…`). */
  integrity: string | null;
  /** Custom element names, all prefixed `ansinh-`. */
  elements: string[];
  /** The exact version of `script`. */
  version: string | null;
  /** Every exact version served, oldest first: each one ever released, and a draft the site uses. */
  versions: CatalogWidgetVersion[];
  /** One alias per major with a release, to the newest release of that major. */
  aliases: CatalogWidgetAlias[];
}

/** No widget bundle published (the catalog of a data folder alone). */
export const NO_WIDGETS: CatalogWidgets = { script: null, integrity: null, elements: [], version: null, versions: [], aliases: [] };

/** What the catalog needs of the widget releases (src/lib/site/widget-releases.ts). */
export interface WidgetScriptsInput {
  current: string;
  versions: readonly { version: string; path: string; integrity: string; sha256: string; bytes: number; released: boolean }[];
  aliases: readonly { path: string; version: string }[];
}

/**
 * The catalog's `widgets`: the current version for snippets (its alias when its major has
 * a release), every version served with its SRI hash, and the aliases.
 */
export function catalogWidgets(scripts: WidgetScriptsInput, elements: readonly string[]): CatalogWidgets {
  const current = scripts.versions.find((v) => v.version === scripts.current);
  if (!current) return NO_WIDGETS;
  const alias = scripts.aliases.find((a) => a.path === widgetAliasPath(current.version));
  return {
    script: current.path,
    alias: alias?.path ?? null,
    integrity: current.integrity,
    elements: [...elements],
    version: current.version,
    versions: scripts.versions.map((v) => ({ version: v.version, script: v.path, integrity: v.integrity, sha256: v.sha256, bytes: v.bytes, released: v.released })),
    aliases: scripts.aliases.map((a) => ({ script: a.path, version: a.version })),
  };
}

export interface Catalog {
  schemaVersion: 1;
  /** Absolute base URL the root-relative URLs resolve against. */
  site: string;
  indicators: CatalogIndicator[];
  areas: CatalogArea[];
  files: CatalogRegistryFile[];
  feeds: Record<Lang, string>;
  sitemap: string;
  widgets: CatalogWidgets;
  /** The whole dataset per release, oldest first (added after schemaVersion 1's first shape). */
  releases: CatalogRelease[];
  /** The newest release under its `latest` URL; null before the first release. */
  latestRelease: CatalogRelease | null;
}

const mediaType = (contentType: string) => contentType.split(';')[0]!.trim();

const catalogFile = (f: PublishedFile & { kind: 'indicator' }): CatalogFile => ({
  format: f.format, url: f.path, sha256: f.sha256, bytes: f.size, mediaType: mediaType(f.contentType),
});

const pages = (path: (lang: Lang) => string): Record<Lang, string> =>
  Object.fromEntries(LANGS.map((l) => [l, path(l)])) as Record<Lang, string>;

/**
 * The catalog of a dataset's published files. Indicators without a released version are
 * left out: nothing of theirs is published.
 */
export function buildCatalog(
  data: Dataset,
  files: ReadonlyMap<string, PublishedFile>,
  site: string,
  widgets: CatalogWidgets = NO_WIDGETS,
): Catalog {
  const indicators: CatalogIndicator[] = [];
  for (const ind of data.indicators) {
    const released = releasedVersions(ind);
    const newest = released.at(-1);
    if (!newest) continue;
    indicators.push({
      id: ind.id,
      title: ind.title,
      description: ind.description,
      unit: ind.unit,
      topic: ind.topic,
      kind: ind.kind,
      decimals: ind.decimals,
      geographies: ind.geographies,
      licence: ind.licence,
      pages: pages((l) => indicatorPath(l, ind.id)),
      latest: { version: newest.id, files: indicatorFiles(files, ind.id, 'latest').map(catalogFile) },
      versions: released.map((v) => ({
        id: v.id, date: v.id, released: true, notes: v.notes, files: indicatorFiles(files, ind.id, v.id).map(catalogFile),
      })),
      nextUpdate: nextExpectedUpdate(data, newest) ?? null,
    });
  }
  const zips: CatalogRelease[] = releaseFiles(files).map((f) => ({
    id: f.release, date: f.resolvedRelease, url: f.path, sha256: f.sha256, bytes: f.size, mediaType: mediaType(f.contentType),
    indicators: f.members.map((m) => ({ id: m.indicator, version: m.version })),
  }));
  const areas: CatalogArea[] = data.areas.map((a) => ({
    code: a.code,
    level: a.level,
    type: a.type,
    name: { vi: a.nameVi, en: a.nameEn },
    nameFullVi: a.nameFullVi,
    slug: a.slug,
    validFrom: a.validFrom,
    validTo: a.validTo ?? null,
    communes: a.communes ?? null,
    pages: pages((l) => (a.level === 'city' ? homePath(l) : districtPath(l, a.slug))),
  }));
  const registry: CatalogRegistryFile[] = [...files.values()].flatMap((f) =>
    f.kind === 'registry' ? [{ name: f.name, url: f.path, sha256: f.sha256, bytes: f.size, mediaType: mediaType(f.contentType) }] : []);
  return {
    schemaVersion: 1,
    site: site.replace(/\/+$/, ''),
    indicators,
    areas,
    files: registry,
    feeds: pages(feedPath),
    sitemap: sitemapPath,
    widgets,
    releases: zips.filter((r) => r.id !== 'latest'),
    latestRelease: zips.find((r) => r.id === 'latest') ?? null,
  };
}

/** Every file the catalog lists, with its digest: what a mirror or the dist check verifies. */
export function catalogFiles(catalog: Catalog): { url: string; sha256: string; bytes: number }[] {
  return [
    ...catalog.indicators.flatMap((i) => [...i.versions.flatMap((v) => v.files), ...i.latest.files]),
    ...catalog.releases,
    ...(catalog.latestRelease ? [catalog.latestRelease] : []),
    ...catalog.files,
  ].map(({ url, sha256, bytes }) => ({ url, sha256, bytes }));
}

/** The text of catalog.json: compact (widgets fetch it), with a final line break. */
export const catalogJson = (catalog: Catalog): string => `${JSON.stringify(catalog)}\n`;
