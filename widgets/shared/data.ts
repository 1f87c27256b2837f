/**
 * The published files a widget reads, validated once at the boundary (STYLE habit 1): the
 * catalog (`/data/catalog.json`), one version's JSON (`/data/<id>/<version>/<id>.json`,
 * see src/lib/outputs/json.ts) and the projected district outlines. Raw JSON is `unknown`
 * until it passes here; what comes out is the site's own model (`Indicator`, `Version`,
 * `Area`), so the widgets reuse src/lib/prepare unchanged.
 */
import type { Area, AreaLevel, Indicator, IndicatorKind, Localized, Observation, Version } from '../../src/lib/data/model.ts';
import { parsePeriod } from '../../src/lib/data/period.ts';
import { COMPARATORS, FLAGS, MEASURES } from '../../src/lib/data/schema.ts';
import { catalogPath, dataDir, districtPathsJsonPath } from '../../src/lib/routes.ts';
import type { WidgetConfig } from './attributes.ts';
import { getJson } from './fetch.ts';
import { WidgetError } from './i18n.ts';
import type { DistrictPathsJson } from './types.ts';

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
  areas: Map<string, Area>;
}

/** One version of one indicator, as the site's model. */
export interface VersionData {
  indicator: Indicator;
  version: Version;
}

/** Everything the elements share once the files are in. */
export interface Loaded {
  /** The data base URL the files came from; page links resolve against it too. */
  base: string;
  entry: CatalogEntry;
  area: Area;
  indicator: Indicator;
  version: Version;
  /** The version was chosen by `version` or `as-of` rather than being the newest. */
  pinned: boolean;
  /** Id of a newer released version when the widget is pinned to an older one. */
  newer?: string;
}

type Obj = Record<string, any>;

/**
 * The expected shape of a JSON value: `s` string, `n` number, `n?` number or null, `l`
 * `{vi, en}` text, a list of allowed values, `[shape]` an array of that shape, or an object
 * of shapes (other keys are ignored: the files may grow, additively).
 */
type Shape = 's' | 'n' | 'n?' | 'l' | readonly unknown[] | { readonly [key: string]: Shape };

const KIND_NAME = { s: 'string', n: 'number', 'n?': 'number | null', l: '{vi, en}' };

/** Checks `v` against `shape`; returns the JSON path and what was expected at the first mismatch. */
function mismatch(v: any, shape: Shape, path: string): string | undefined {
  if (typeof shape === 'string') {
    const ok = shape === 's' ? typeof v === 'string'
      : shape === 'l' ? typeof v?.vi === 'string' && typeof v?.en === 'string'
        : (shape === 'n?' && v === null) || (typeof v === 'number' && Number.isFinite(v));
    return ok ? undefined : `${path}: expected ${KIND_NAME[shape]}`;
  }
  if (Array.isArray(shape)) {
    if (shape.length === 1 && typeof shape[0] === 'object' && shape[0] !== null) {
      if (!Array.isArray(v)) return `${path}: expected []`;
      for (let i = 0; i < v.length; i++) {
        const m = mismatch(v[i], shape[0] as Shape, `${path}[${i}]`);
        if (m) return m;
      }
      return undefined;
    }
    return shape.includes(v) ? undefined : `${path}: expected ${shape.join(' | ')}`;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${path}: expected {}`;
  for (const key of Object.keys(shape)) {
    const m = mismatch(v[key], (shape as Record<string, Shape>)[key] as Shape, path ? `${path}.${key}` : key);
    if (m) return m;
  }
  return undefined;
}

/** The root object once `schemaVersion` is 1 and the shape matches; throws a {@link WidgetError} otherwise. */
function validate(raw: unknown, shape: Shape, url: string): Obj {
  const top = raw as Obj;
  if (typeof top !== 'object' || top === null || Array.isArray(top)) throw new WidgetError({ kind: 'shape', url, detail: 'root: expected an object' });
  if (top['schemaVersion'] !== 1) throw new WidgetError({ kind: 'schema', url, detail: `schemaVersion ${JSON.stringify(top['schemaVersion'] ?? null)}` });
  const m = mismatch(top, shape, '');
  if (m) throw new WidgetError({ kind: 'shape', url, detail: m });
  return top;
}

const AREA_LEVELS: readonly AreaLevel[] = ['city', 'district'];
const KINDS: readonly IndicatorKind[] = ['count', 'percent', 'money', 'area', 'year'];

const CATALOG_SHAPE: Shape = {
  indicators: [{ id: 's', versions: [{ id: 's' }], latest: { version: 's' }, pages: 'l' }],
  areas: [{ code: 's', level: AREA_LEVELS, name: 'l' }],
};

const VERSION_SHAPE: Shape = {
  indicator: { id: 's', title: 'l', unit: { id: 's', vi: 's', en: 's' }, kind: KINDS, decimals: 'n', breaks: [{ date: 's', title: 'l' }] },
  version: { id: 's' },
  observations: [{ area: 's', period: 's', measure: MEASURES, value: 'n', comparator: [...COMPARATORS, null], upper: 'n?', flag: FLAGS, source: 's' }],
};

const PATHS_SHAPE: Shape = { width: 'n', height: 'n', paths: [{ code: 's', d: 's', name_vi: 's', name_ascii: 's' }] };

/** Validates `/data/catalog.json` and keeps what widgets use. */
export function parseCatalog(raw: unknown, url: string): CatalogData {
  const top = validate(raw, CATALOG_SHAPE, url);
  return {
    indicators: new Map((top['indicators'] as Obj[]).map((o) => [o['id'], { ...o, versions: o['versions'].map((v: Obj) => v['id']), latest: o['latest'].version } as CatalogEntry])),
    areas: new Map((top['areas'] as Obj[]).map((o) => [o['code'], { ...o, nameVi: o['name'].vi, nameEn: o['name'].en } as Area])),
  };
}

/**
 * Validates one version's JSON download and turns it into the site's model: the JSON
 * carries the model's fields under the same names (src/lib/outputs/json.ts), so the
 * checked objects are used as they are, with periods parsed and `null`s made absent.
 */
export function parseVersion(raw: unknown, url: string): VersionData {
  const top = validate(raw, VERSION_SHAPE, url);
  const observations = (top['observations'] as Obj[]).map((o, i): Observation => {
    const period = parsePeriod(o['period']);
    if (typeof period === 'string') throw new WidgetError({ kind: 'shape', url, detail: `observations[${i}].period: ${period}` });
    const { upper, formula, note, ...rest } = o;
    return { ...rest, period, comparator: o['comparator'] ?? '', line: i + 2, ...(typeof upper === 'number' ? { upper } : {}) } as Observation;
  });
  const version = { ...top['version'], released: true, files: [], observations } as Version;
  return { indicator: { ...top['indicator'], versions: [version] } as Indicator, version };
}

/** Validates `/data/geo/district-paths.json`. */
export function parseDistrictPaths(raw: unknown, url: string): DistrictPathsJson {
  return validate(raw, PATHS_SHAPE, url) as DistrictPathsJson;
}

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

const catalogOf = (base: string) => getJson(under(base, catalogPath), parseCatalog);

/** The district outlines for the map. */
export const districtPaths = (base: string): Promise<DistrictPathsJson> =>
  getJson(under(base, districtPathsJsonPath), parseDistrictPaths);

/**
 * Loads the catalog and the version a widget shows, checking the indicator, the area and
 * the version against the catalog. Without `as-of` the version file is requested alongside
 * the catalog, not after it: the first chart is one round trip away.
 */
export async function loadIndicator(cfg: WidgetConfig): Promise<Loaded> {
  // routes.dataFilePath(id, ref, 'json') — its other formats are not needed here.
  const dataFile = (ref: string) => getJson(under(cfg.base, `${dataDir(cfg.indicator, ref)}${cfg.indicator}.json`), parseVersion);
  const early = cfg.asOf ? undefined : dataFile(cfg.version ?? 'latest');
  // Reported after the catalog's verdict: an unknown indicator reads better than its 404.
  early?.catch(() => undefined);
  const catalog = await catalogOf(cfg.base);
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
