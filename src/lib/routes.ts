/**
 * Every URL the site, its data files and the widgets use, built in one place. Pages exist
 * in Vietnamese (at the root, the default) and English (under /en/); data files are
 * language-neutral. All paths are absolute from the site root and end in `/` for pages.
 */
import type { Lang } from './format.ts';

export const LANGS: readonly Lang[] = ['vi', 'en'];

/** The site's other language: where the language switch leads. */
export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

const prefix = (lang: Lang) => (lang === 'vi' ? '' : '/en');

/** Page slugs are the indicator ids with hyphens: readable, and stable as ids are. */
export const indicatorSlug = (id: string): string => id.replaceAll('_', '-');
export const indicatorIdFromSlug = (slug: string): string => slug.replaceAll('-', '_');

const SECTION = {
  indicators: { vi: 'chi-tieu', en: 'indicators' },
  districts: { vi: 'quan-huyen', en: 'districts' },
  about: { vi: 'gioi-thieu', en: 'about' },
  search: { vi: 'tim-kiem', en: 'search' },
  // The embed builder. In English it shares `/en/embed/` with the chrome-less embed pages
  // below it (`/en/embed/<kind>/<slug>/`), which are not localised sections: see alternatePath.
  builder: { vi: 'nhung', en: 'embed' },
} as const;

export const homePath = (lang: Lang): string => `${prefix(lang)}/`;
export const indicatorsIndexPath = (lang: Lang): string => `${prefix(lang)}/${SECTION.indicators[lang]}/`;
export const indicatorPath = (lang: Lang, id: string): string => `${indicatorsIndexPath(lang)}${indicatorSlug(id)}/`;
export const districtsIndexPath = (lang: Lang): string => `${prefix(lang)}/${SECTION.districts[lang]}/`;
export const districtPath = (lang: Lang, slug: string): string => `${districtsIndexPath(lang)}${slug}/`;
export const aboutPath = (lang: Lang): string => `${prefix(lang)}/${SECTION.about[lang]}/`;
export const searchPath = (lang: Lang): string => `${prefix(lang)}/${SECTION.search[lang]}/`;
/** The embed builder: `/nhung/`, `/en/embed/`. */
export const embedBuilderPath = (lang: Lang): string => `${prefix(lang)}/${SECTION.builder[lang]}/`;

/** The route segment of each section, for Astro's file-based routes. */
export const sectionSegment = (section: keyof typeof SECTION, lang: Lang): string => SECTION[section][lang];

/**
 * The same page in the other language. Pages are mirrored one to one, so the switch is a
 * pure mapping of the path; unknown paths fall back to the other language's home page.
 */
export function alternatePath(path: string, to: Lang): string {
  const from: Lang = path === '/en/' || path.startsWith('/en/') ? 'en' : 'vi';
  if (from === to) return path;
  const rest = from === 'en' ? path.slice(3) : path; // "/chi-tieu/x/" or "/indicators/x/"
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 0) return homePath(to);
  // Embed pages (`/embed/<kind>/<slug>/`, `/en/embed/…`) keep their segment in both languages.
  if (parts[0] === 'embed' && parts.length > 1) return `${prefix(to)}/${parts.join('/')}/`;
  const section = (Object.keys(SECTION) as (keyof typeof SECTION)[]).find((k) => SECTION[k][from] === parts[0]);
  if (!section) return homePath(to);
  return `${prefix(to)}/${[SECTION[section][to], ...parts.slice(1)].join('/')}/`;
}

// ---- data files (language-neutral public contract) ------------------------------------

/**
 * `json` is the schemaVersion 1 JSON, which widget 1.0.x reads: from the 2026-11-29 release
 * on it leaves out the rows that schema cannot express and counts them (json.ts); `json-v2`
 * is the complete schemaVersion 2 JSON, published for every version.
 */
export type DataFormat = 'csv' | 'excel-csv' | 'xlsx' | 'json' | 'json-v2' | 'datapackage' | 'sha256sums';
/** The files of every version folder, in the order pages and the catalog list them. */
export const DATA_FORMATS: readonly DataFormat[] = ['csv', 'excel-csv', 'xlsx', 'json', 'json-v2', 'datapackage', 'sha256sums'];
/**
 * The files a version's SHA256SUMS lists: the four it was first published with. Files
 * under a version's URL never change, so the XLSX and the schema 2 JSON added later are listed (with its digest)
 * in the catalog and in the release zip's SHA256SUMS, not in the version's own.
 */
export const SHA256SUMS_FORMATS: readonly DataFormat[] = ['csv', 'excel-csv', 'json', 'datapackage'];

/** `latest` is the alias that always serves the newest release. */
export type VersionRef = string | 'latest';

export const dataDir = (id: string, version: VersionRef): string => `/data/${id}/${version}/`;

export function dataFileName(id: string, format: DataFormat): string {
  switch (format) {
    case 'csv': return `${id}.csv`;
    case 'excel-csv': return `${id}-excel.csv`;
    case 'xlsx': return `${id}.xlsx`;
    case 'json': return `${id}.json`;
    case 'json-v2': return `${id}.v2.json`;
    case 'datapackage': return 'datapackage.json';
    case 'sha256sums': return 'SHA256SUMS';
  }
}

export const dataFilePath = (id: string, version: VersionRef, format: DataFormat): string =>
  `${dataDir(id, version)}${dataFileName(id, format)}`;

/**
 * The whole dataset of one release in one zip: `/data/releases/<YYYY-MM-DD>/ansinh-<date>.zip`,
 * and the newest under `/data/releases/latest/ansinh-latest.zip`. `releases` is therefore
 * not an indicator id (files.ts refuses it).
 */
export const RELEASES_SEGMENT = 'releases';
export const releaseZipName = (release: VersionRef): string => `ansinh-${release}.zip`;
export const releaseZipPath = (release: VersionRef): string => `/data/${RELEASES_SEGMENT}/${release}/${releaseZipName(release)}`;

export const catalogPath = '/data/catalog.json';
export const areasCsvPath = '/data/areas.csv';
export const sourcesCsvPath = '/data/sources.csv';
export const boundariesPath = '/data/geo/districts-pre2025.geojson';
/** Origin, licence and attribution of the boundaries, published beside them. */
export const boundariesSourcePath = '/data/geo/SOURCE.md';
/** The 126 commune-level units in force from 2025-07-01. */
export const communesCsvPath = '/data/communes-2025.csv';
/** Old district → new units covering its territory. */
export const successorsCsvPath = '/data/district-successors.csv';
/** Licences of the compilation and third-party notices. */
export const dataLicencePath = '/data/LICENSE.md';
/** MIT notice the communes and successors files must travel with. */
export const communesNoticePath = '/data/NOTICE-dvhcvn.md';
export const robotsPath = '/robots.txt';
export const feedPath = (lang: Lang): string => `${prefix(lang)}/feed.xml`;
export const sitemapPath = '/sitemap.xml';

/** Formats of a chart image. */
export type ChartImageExt = 'svg' | 'png';
/**
 * The chart of one version of an indicator as a standalone image, in one language:
 * `/data/<indicator>/<version|latest>/chart-<lang>.<svg|png>`. Beside the version's data
 * files (whose names start with the indicator id, or are `datapackage.json` and
 * `SHA256SUMS`), so no name clashes; cached like them (a version's for a year, `latest`
 * briefly). Only indicators with a city chart have images (chart-images.ts).
 */
export const chartImagePath = (indicator: string, version: VersionRef, lang: Lang, ext: ChartImageExt): string =>
  `${dataDir(indicator, version)}chart-${lang}.${ext}`;

/**
 * Static oEmbed response of a page: `/oembed/<lang>/<kind>/<indicator>.json`, where `kind`
 * is `indicator` for the indicator page or an embed kind (`chart`, `headline`, …) for an
 * embed page.
 */
export const oembedPath = (lang: Lang, kind: string, indicator: string): string => `/oembed/${lang}/${kind}/${indicator}.json`;

/** Share image of a page: `/og/<lang>/<kind>/<key>.png`. */
export const shareImagePath = (lang: Lang, kind: 'indicator' | 'district' | 'home', key = 'index'): string => `/og/${lang}/${kind}/${key}.png`;

// ---- widgets ---------------------------------------------------------------------------

/**
 * The widget bundle's exact version (`major.minor.patch`), declared here only. Bump it with
 * every change to the bundle: a version in widgets/releases.lock.json is released and its
 * bytes never change; a version not in it is a draft until `npm run release:widgets`.
 */
export const WIDGET_VERSION = '1.1.3';
/** The alias segment of a version's major: `1.4.2` → `v1`. */
export const widgetMajor = (version: string): string => `v${version.split('.')[0]}`;
/** Immutable script path of one exact widget version. */
export const widgetScriptPath = (version: string = WIDGET_VERSION): string => `/widgets/${version}/ansinh.js`;
/** Major-version alias newsrooms embed (of `version`'s major): serves the newest release of that major, cached briefly. */
export const widgetAliasPath = (version: string = WIDGET_VERSION): string => `/widgets/${widgetMajor(version)}/ansinh.js`;
/** Projected district outlines for the map widget (so the widget needs no d3-geo). */
export const districtPathsJsonPath = '/data/geo/district-paths.json';
/** Chrome-less page embedding one widget, for CMSs that strip scripts. */
export const embedPath = (lang: Lang, element: string, indicatorId: string): string => `${prefix(lang)}/embed/${element}/${indicatorSlug(indicatorId)}/`;
