/**
 * The published files a widget reads, validated once at the boundary (STYLE habit 1): one
 * version's complete JSON (`/data/<id>/<version>/<id>.v2.json`, schemaVersion 2, see
 * src/lib/outputs/json.ts) and the projected district outlines. The v2 file carries what
 * the catalog used to give a widget (versions, page paths, areas), so a live widget makes
 * one request per indicator. Raw JSON is `unknown` until a reader below accepts it, field
 * by field; what comes out is what src/lib/prepare reads of the site's model
 * (`IndicatorInput`, `VersionInput`, `AreaInput`), so the widgets reuse it unchanged.
 */
import { TEMPORALS, type AreaLevel, type IndicatorKind, type Localized, type Temporal } from '../../src/lib/data/model.ts';
import { parsePeriod, type Period } from '../../src/lib/data/period.ts';
import { COMPARATORS, FLAGS, MEASURES } from '../../src/lib/data/vocabulary.ts';
import type { AreaInput, BreakInput, IndicatorInput, ObservationInput } from '../../src/lib/prepare/types.ts';
import { dataDir, districtPathsJsonPath } from '../../src/lib/routes.ts';
import { readConfig, type WidgetConfig } from './attributes.ts';
import { jsonFiles } from './fetch.ts';
import { WidgetError } from './i18n.ts';
import type { DistrictPath, DistrictPathsJson } from './types.ts';

/** What a widget needs to know of an indicator besides one version's values (from its newest file). */
export interface CatalogEntry {
  id: string;
  /** Released version ids (`YYYY-MM-DD`), oldest first. */
  versions: string[];
  /** Id of the newest version. */
  latest: string;
  /** Root-relative URLs of the indicator page in each language. */
  pages: Localized;
}

/** One version of an indicator: its id and observations. */
export interface VersionRead {
  id: string;
  observations: ObservationInput[];
}

/** An indicator as the elements read it: `temporal` words a level "from 1 January 2026" (src/lib/prepare/summary.ts). */
export type IndicatorRead = IndicatorInput & { temporal?: Temporal | undefined };

/** One version's file: the indicator and version as src/lib/prepare reads them, and what the catalog would tell. */
export interface VersionData {
  indicator: IndicatorRead;
  version: VersionRead;
  /** Released version ids up to this one, oldest first. */
  versions: string[];
  /** Root-relative indicator page paths. */
  paths: Localized;
  areas: Map<string, AreaInput>;
}

/** Everything the elements share once the files are in. */
export interface Loaded {
  /** The data base URL the files came from; page links resolve against it too. */
  base: string;
  entry: CatalogEntry;
  area: AreaInput;
  indicator: IndicatorRead;
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
  indicator: f('indicator', obj((g): IndicatorRead => ({
    id: g('id', str), title: g('title', localized), unit: g('unit', obj((h) => ({ id: h('id', str), vi: h('vi', str), en: h('en', str) }))),
    kind: g('kind', oneOf(KINDS)), decimals: g('decimals', num), breaks: g('breaks', list(SERIES_BREAK)),
    // Files written before the field existed read as stocks, as the site reads their metadata.
    temporal: g('temporal', optional(oneOf(TEMPORALS))),
  }))),
  version: { id: f('version', obj((g) => g('id', str))), observations: f('observations', list(OBSERVATION)) },
  versions: f('versions', list(str)),
  paths: f('indicator', obj((g) => g('paths', localized))),
  areas: new Map(f('areas', list(obj((g): [string, AreaInput] => {
    const code = g('code', str);
    const name = g('name', localized);
    return [code, { code, level: g('level', oneOf(AREA_LEVELS)), nameVi: name.vi, nameEn: name.en }];
  })))),
}));

const DISTRICT_PATHS = obj((f): DistrictPathsJson => ({
  schemaVersion: 1,
  width: f('width', num),
  height: f('height', num),
  paths: f('paths', list(obj((g): DistrictPath => ({ code: g('code', str), d: g('d', str), name_vi: g('name_vi', str), name_ascii: g('name_ascii', str) })))),
}));

/** Reads a file once its `schemaVersion` is `version`; throws a {@link WidgetError} naming the first value that does not fit. */
function validate<T>(raw: unknown, read: Read<T>, url: string, version: number): T {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new WidgetError({ kind: 'shape', url, detail: 'root: expected an object' });
  const schemaVersion: unknown = Reflect.get(raw, 'schemaVersion');
  if (schemaVersion !== version) throw new WidgetError({ kind: 'schema', url, detail: `schemaVersion ${JSON.stringify(schemaVersion ?? null)}` });
  try {
    return read(raw, '');
  } catch (e) {
    throw e instanceof Mismatch ? new WidgetError({ kind: 'shape', url, detail: e.message }) : e;
  }
}

/** Validates one version's complete JSON (`<id>.v2.json`) into what src/lib/prepare reads of an indicator and a version. */
export const parseVersion = (raw: unknown, url: string): VersionData => validate(raw, VERSION, url, 2);

/** Validates `/data/geo/district-paths.json`. */
export const parseDistrictPaths = (raw: unknown, url: string): DistrictPathsJson => validate(raw, DISTRICT_PATHS, url, 1);

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

const versions = jsonFiles(parseVersion);
const outlines = jsonFiles(parseDistrictPaths);

/** The district outlines for the map. */
export const districtPaths = (base: string): Promise<DistrictPathsJson> => outlines(under(base, districtPathsJsonPath));

/**
 * Loads the version a widget shows, checking the indicator, the area and the version
 * against the indicator's newest file, which every widget reads: live, it is the only
 * request; a pinned `version` is requested alongside it, not after it (with `as-of`, after
 * it: its list of versions resolves the date).
 */
export async function loadIndicator(cfg: WidgetConfig): Promise<Loaded> {
  // routes.dataFilePath(id, ref, 'json-v2') — its other formats are not needed here.
  const file = (ref: string) => versions(under(cfg.base, `${dataDir(cfg.indicator, ref)}${cfg.indicator}.v2.json`));
  const early = cfg.version ? file(cfg.version) : undefined;
  // Reported after the newest file's verdict: an unknown version reads better than its 404.
  early?.catch(() => undefined);
  const newest = await file('latest').catch((e: unknown) => {
    // The site publishes a newest file for every indicator it has: a 404 means there is none
    // (or `base` is not the site's): the message names the file, as every file problem does.
    throw e instanceof WidgetError && e.problem.kind === 'http' && e.problem.detail === 'HTTP 404'
      ? new WidgetError({ kind: 'unknown-indicator', what: { vi: `Không có chỉ tiêu "${cfg.indicator}": ${e.problem.url}`, en: `There is no indicator "${cfg.indicator}": ${e.problem.url}` } })
      : e;
  });
  const area = newest.areas.get(cfg.area);
  if (!area) throw new WidgetError({ kind: 'unknown-area', what: { vi: `Không có địa bàn mã "${cfg.area}" trong danh mục số liệu.`, en: `There is no area "${cfg.area}" in the data catalog.` } });
  const entry: CatalogEntry = { id: cfg.indicator, versions: newest.versions, latest: newest.version.id, pages: newest.paths };
  const chosen = resolveVersion(entry, cfg);
  const { indicator, version } = chosen.id === entry.latest ? newest : await (early ?? file(chosen.id));
  const loaded: Loaded = { base: cfg.base, entry, area, indicator, version, pinned: chosen.pinned };
  if (chosen.pinned && version.id !== entry.latest) loaded.newer = entry.latest;
  return loaded;
}

/** Where the data lives when `base` is not given: the origin the script itself came from (else the page's). */
export const scriptOrigin = (): string => {
  const origin = new URL(import.meta.url).origin;
  return origin === 'null' ? location.origin : origin;
};

/**
 * Starts the requests of the `ansinh-*` elements already in the page when the bundle is
 * evaluated, before the elements are defined and render (index.ts): they then find their
 * files in the same cache. Nothing is reported here; each element reports its own errors.
 */
export function prefetch(defaults: Record<string, string>): void {
  const base = scriptOrigin();
  for (const el of document.querySelectorAll('ansinh-headline,ansinh-chart,ansinh-jobs-progress,ansinh-district-compare')) {
    const a = (name: string) => el.getAttribute(name);
    try {
      // Only what decides the files; the element checks the other attributes itself.
      const cfg = readConfig({ indicator: a('indicator'), version: a('version'), asOf: a('as-of'), base: a('base') }, { base, indicator: defaults[el.localName] });
      loadIndicator(cfg).catch(() => undefined);
      if (el.localName === 'ansinh-district-compare') districtPaths(cfg.base).catch(() => undefined);
    } catch {
      // A malformed attribute: the element says which when it renders.
    }
  }
}
