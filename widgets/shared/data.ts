/**
 * The published files a widget reads, validated once at the boundary (STYLE habit 1): the
 * catalog (`/data/catalog.json`), one version's JSON (`/data/<id>/<version>/<id>.json`,
 * see src/lib/outputs/json.ts) and the projected district outlines. Raw JSON is `unknown`
 * until a reader below accepts it, field by field; what comes out is what src/lib/prepare
 * reads of the site's model (`IndicatorInput`, `VersionInput`, `AreaInput`), so the widgets
 * reuse it unchanged.
 */
import { TEMPORALS, type AreaLevel, type IndicatorKind, type Localized } from '../../src/lib/data/model.ts';
import { parsePeriod, type Period } from '../../src/lib/data/period.ts';
import { COMPARATORS, FLAGS, MEASURES } from '../../src/lib/data/vocabulary.ts';
import type { AreaInput, BreakInput, IndicatorInput, ObservationInput } from '../../src/lib/prepare/types.ts';
import { catalogPath, dataDir, districtPathsJsonPath } from '../../src/lib/routes.ts';
import type { WidgetConfig } from './attributes.ts';
import { jsonFiles } from './fetch.ts';
import { WidgetError } from './i18n.ts';
import type { DistrictPath, DistrictPathsJson } from './types.ts';

/** What a widget needs of one catalog indicator. */
export interface CatalogEntry {
  id: string;
  /** Released version ids (`YYYY-MM-DD`), oldest first. */
  versions: string[];
  /** Id of the newest version. */
  latest: string;
  /** Root-relative URLs of the indicator page in each language. */
  pages: Localized;
}

export interface CatalogData {
  indicators: Map<string, CatalogEntry>;
  areas: Map<string, AreaInput>;
}

/** One version of an indicator: its id and observations. */
export interface VersionRead {
  id: string;
  observations: ObservationInput[];
}

/** One version of one indicator, as src/lib/prepare reads the site's model. */
export interface VersionData {
  indicator: IndicatorInput;
  version: VersionRead;
}

/** Everything the elements share once the files are in. */
export interface Loaded {
  /** The data base URL the files came from; page links resolve against it too. */
  base: string;
  entry: CatalogEntry;
  area: AreaInput;
  indicator: IndicatorInput;
  version: VersionRead;
  /** The version was chosen by `version` or `as-of` rather than being the newest. */
  pinned: boolean;
  /** Id of a newer released version when the widget is pinned to an older one. */
  newer?: string;
}

/** A value of a file that does not fit: the JSON path and what was expected there. */
class Mismatch extends Error {}

/**
 * Reads one JSON value at `path` (`observations[3].measure`) as a `T`, or throws a
 * {@link Mismatch} naming the path. Objects keep only the fields read: the files may grow,
 * additively.
 */
type Read<T> = (value: unknown, path: string) => T;

const mismatch = (detail: string): never => {
  throw new Mismatch(detail);
};
const expected = (path: string, what: string) => mismatch(`${path}: expected ${what}`);

const str: Read<string> = (v, p) => (typeof v === 'string' ? v : expected(p, 'string'));
const num: Read<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : expected(p, 'number'));
const nullable = <T>(read: Read<T>): Read<T | null> => (v, p) => (v === null ? null : read(v, p));
const optional = <T>(read: Read<T>): Read<T | undefined> => (v, p) => (v === undefined ? undefined : read(v, p));
/** One of a list of values (===). */
const oneOf = <T>(values: readonly T[]): Read<T> => (v, p) => {
  for (const x of values) if (x === v) return x;
  return expected(p, values.join(' | '));
};
const list = <T>(read: Read<T>): Read<T[]> => (v, p) => (Array.isArray(v) ? v.map((x, i) => read(x, `${p}[${i}]`)) : expected(p, '[]'));
/** An object, read by `fields`, which calls `field(key, read)` for each field it keeps. */
const obj = <T>(fields: (field: <F>(key: string, read: Read<F>) => F) => T): Read<T> => (v, p) =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? fields((key, read) => read(Reflect.get(v, key), p ? `${p}.${key}` : key))
    : expected(p, '{}');

const localized = obj((f): Localized => ({ vi: f('vi', str), en: f('en', str) }));
const period: Read<Period> = (v, p) => {
  const parsed = parsePeriod(str(v, p));
  return typeof parsed === 'string' ? mismatch(`${p}: ${parsed}`) : parsed;
};

const AREA_LEVELS: readonly AreaLevel[] = ['city', 'district'];
const KINDS: readonly IndicatorKind[] = ['count', 'percent', 'money', 'area', 'year'];

const CATALOG = obj((f): CatalogData => ({
  indicators: new Map(f('indicators', list(obj((g): [string, CatalogEntry] => {
    const id = g('id', str);
    return [id, { id, versions: g('versions', list(obj((h) => h('id', str)))), latest: g('latest', obj((h) => h('version', str))), pages: g('pages', localized) }];
  })))),
  areas: new Map(f('areas', list(obj((g): [string, AreaInput] => {
    const code = g('code', str);
    const level = g('level', oneOf(AREA_LEVELS));
    const name = g('name', localized);
    return [code, { code, level, nameVi: name.vi, nameEn: name.en }];
  })))),
}));

const SERIES_BREAK = obj((f): BreakInput => {
  const geographies = f('geographies', optional(list(oneOf(AREA_LEVELS))));
  return { date: f('date', str), title: f('title', localized), ...(geographies ? { geographies } : {}) };
});

const OBSERVATION = obj((f): ObservationInput => {
  const o: ObservationInput = {
    area: f('area', str),
    period: f('period', period),
    measure: f('measure', oneOf(MEASURES)),
    value: f('value', num),
    comparator: f('comparator', oneOf([...COMPARATORS, null])) ?? '',
    flag: f('flag', oneOf(FLAGS)),
    source: f('source', str),
  };
  const upper = f('upper', nullable(num));
  if (upper !== null) o.upper = upper;
  return o;
});

const VERSION = obj((f): VersionData => ({
  indicator: f('indicator', obj((g): IndicatorInput => ({
    id: g('id', str), title: g('title', localized), unit: g('unit', obj((h) => ({ id: h('id', str), vi: h('vi', str), en: h('en', str) }))),
    kind: g('kind', oneOf(KINDS)), decimals: g('decimals', num), breaks: g('breaks', list(SERIES_BREAK)),
    // Files written before the field existed read as stocks, as the site reads their metadata.
    temporal: g('temporal', optional(oneOf(TEMPORALS))),
  }))),
  version: { id: f('version', obj((g) => g('id', str))), observations: f('observations', list(OBSERVATION)) },
}));

const DISTRICT_PATHS = obj((f): DistrictPathsJson => ({
  schemaVersion: 1,
  width: f('width', num),
  height: f('height', num),
  paths: f('paths', list(obj((g): DistrictPath => ({ code: g('code', str), d: g('d', str), name_vi: g('name_vi', str), name_ascii: g('name_ascii', str) })))),
}));

/** Reads a file once its `schemaVersion` is 1; throws a {@link WidgetError} naming the first value that does not fit. */
function validate<T>(raw: unknown, read: Read<T>, url: string): T {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new WidgetError({ kind: 'shape', url, detail: 'root: expected an object' });
  const schemaVersion: unknown = Reflect.get(raw, 'schemaVersion');
  if (schemaVersion !== 1) throw new WidgetError({ kind: 'schema', url, detail: `schemaVersion ${JSON.stringify(schemaVersion ?? null)}` });
  try {
    return read(raw, '');
  } catch (e) {
    throw e instanceof Mismatch ? new WidgetError({ kind: 'shape', url, detail: e.message }) : e;
  }
}

/** Validates `/data/catalog.json` and keeps what widgets use. */
export const parseCatalog = (raw: unknown, url: string): CatalogData => validate(raw, CATALOG, url);

/** Validates one version's JSON download into what src/lib/prepare reads of an indicator and a version. */
export const parseVersion = (raw: unknown, url: string): VersionData => validate(raw, VERSION, url);

/** Validates `/data/geo/district-paths.json`. */
export const parseDistrictPaths = (raw: unknown, url: string): DistrictPathsJson => validate(raw, DISTRICT_PATHS, url);

/** Absolute URL of a root-relative site path under the data base URL. */
export const under = (base: string, path: string): string => `${base}${path}`;

const unknownVersion = (attribute: string, entry: CatalogEntry) => {
  const known = entry.versions.join(', ');
  return new WidgetError({
    kind: 'unknown-version',
    what: { vi: `Không có phiên bản nào ứng với ${attribute}; các phiên bản: ${known}.`, en: `No version matches ${attribute}; versions: ${known}.` },
  });
};

/**
 * Which version a widget shows: the pinned `version` (which must exist), the newest
 * released on or before `asOf`, or the newest. Version ids are release dates, so they
 * compare as strings.
 */
export function resolveVersion(entry: CatalogEntry, cfg: Pick<WidgetConfig, 'version' | 'asOf'>): { id: string; pinned: boolean } {
  if (cfg.version) {
    if (!entry.versions.includes(cfg.version)) throw unknownVersion(`version="${cfg.version}"`, entry);
    return { id: cfg.version, pinned: true };
  }
  if (cfg.asOf) {
    const asOf = cfg.asOf;
    const id = entry.versions.filter((v) => v <= asOf).sort().at(-1);
    if (!id) throw unknownVersion(`as-of="${asOf}"`, entry);
    return { id, pinned: true };
  }
  return { id: entry.latest, pinned: false };
}

const catalogs = jsonFiles(parseCatalog);
const versions = jsonFiles(parseVersion);
const outlines = jsonFiles(parseDistrictPaths);

/** The district outlines for the map. */
export const districtPaths = (base: string): Promise<DistrictPathsJson> => outlines(under(base, districtPathsJsonPath));

/**
 * Loads the catalog and the version a widget shows, checking the indicator, the area and
 * the version against the catalog. Without `as-of` the version file is requested alongside
 * the catalog, not after it: the first chart is one round trip away.
 */
export async function loadIndicator(cfg: WidgetConfig): Promise<Loaded> {
  // routes.dataFilePath(id, ref, 'json') — its other formats are not needed here.
  const dataFile = (ref: string) => versions(under(cfg.base, `${dataDir(cfg.indicator, ref)}${cfg.indicator}.json`));
  const early = cfg.asOf ? undefined : dataFile(cfg.version ?? 'latest');
  // Reported after the catalog's verdict: an unknown indicator reads better than its 404.
  early?.catch(() => undefined);
  const catalog = await catalogs(under(cfg.base, catalogPath));
  const entry = catalog.indicators.get(cfg.indicator);
  if (!entry) throw new WidgetError({ kind: 'unknown-indicator', what: { vi: `Không có chỉ tiêu "${cfg.indicator}" trong danh mục số liệu.`, en: `There is no indicator "${cfg.indicator}" in the data catalog.` } });
  const area = catalog.areas.get(cfg.area);
  if (!area) throw new WidgetError({ kind: 'unknown-area', what: { vi: `Không có địa bàn mã "${cfg.area}" trong danh mục số liệu.`, en: `There is no area "${cfg.area}" in the data catalog.` } });
  const chosen = resolveVersion(entry, cfg);
  const { indicator, version } = await (early ?? dataFile(chosen.id));
  const loaded: Loaded = { base: cfg.base, entry, area, indicator, version, pinned: chosen.pinned };
  if (chosen.pinned && version.id !== entry.latest) loaded.newer = entry.latest;
  return loaded;
}
