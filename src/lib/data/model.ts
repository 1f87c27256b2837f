import type { Period } from './period.ts';
import type { Comparator, Flag, Measure } from './schema.ts';

/** Text in both site languages. */
export interface Localized {
  vi: string;
  en: string;
}

export type AreaLevel = 'city' | 'district';
export type AreaType = 'city' | 'quan' | 'huyen' | 'thi-xa';

/** A city or district, keyed on its GSO code and valid for a period. */
export interface Area {
  code: string;
  level: AreaLevel;
  type: AreaType;
  nameVi: string;
  nameFullVi: string;
  /** ASCII name used on English pages. */
  nameEn: string;
  slug: string;
  /** ISO date. */
  validFrom: string;
  /** ISO date; undefined while the area still exists. */
  validTo?: string;
  /** Commune-level units on 1 March 2025 (districts only). */
  communes?: number;
}

/** A commune-level unit of the geography in force from 1 July 2025. */
export interface Commune {
  code: string;
  type: 'phuong' | 'xa';
  nameVi: string;
  nameEn: string;
  slug: string;
  validFrom: string;
}

/** A new unit covering (part of) an abolished district's territory. */
export interface Successor {
  districtCode: string;
  communeCode: string;
  coverage: 'full' | 'partial';
  oldUnitsWhole: number;
  oldUnitsPartial: number;
}

export interface Reform {
  effective: string;
  resolution: string;
  resolutionDate: string;
  communeLevelUnits: number;
  phuong: number;
  xa: number;
  communeLevelUnitsBefore: number;
  sources: string[];
  summary: Localized;
}

export type SourceKind = 'primary' | 'secondary' | 'translation' | 'dataset';

export interface Source {
  id: string;
  publisher: string;
  /** Empty when the page's title is not known. */
  title: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when unknown. */
  date: string;
  url: string;
  language: string;
  kind: SourceKind;
  note: string;
}

export const TOPICS = ['labour', 'poverty', 'merit', 'welfare', 'insurance', 'geography'] as const;
export type Topic = (typeof TOPICS)[number];
export const INDICATOR_KINDS = ['count', 'percent', 'money', 'area', 'year'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
/**
 * How values relate to time: `flow` an amount over a period (jobs in a year: bars),
 * `stock` a count or rate at a point in time (a line), `level` a value in force from the
 * row's date until the next row (a standard level: steps).
 */
export const TEMPORALS = ['flow', 'stock', 'level'] as const;
export type Temporal = (typeof TEMPORALS)[number];

export interface SeriesBreak {
  /** ISO date from which the new definition or geography applies. */
  date: string;
  /** Levels the break concerns; all when absent (the 2025 reform breaks district series only). */
  geographies?: AreaLevel[] | undefined;
  title: Localized;
  explanation: Localized;
}

export interface Unit {
  id: string;
  vi: string;
  en: string;
}

export interface Observation {
  area: string;
  period: Period;
  measure: Measure;
  value: number;
  comparator: Comparator;
  /** Upper bound, only with comparator `range`. */
  upper?: number;
  flag: Flag;
  source: string;
  formula?: string;
  note?: Localized;
  /** Line in observations.csv, for messages. */
  line: number;
}

export interface VersionFile {
  /** Path relative to the data folder, with `/` separators. */
  path: string;
  sha256: string;
  bytes: number;
}

export interface Version {
  /** Release date, `YYYY-MM-DD`; also the folder name. */
  id: string;
  /** False for a draft: not yet in releases.lock.json, not published. */
  released: boolean;
  /** The indicator's metadata as this version publishes it (locked with the version). */
  meta: IndicatorMeta;
  notes: Localized;
  files: VersionFile[];
  observations: Observation[];
}

/** An indicator's metadata as one version publishes it (`<version>/indicator.json`). */
export interface IndicatorMeta {
  id: string;
  topic: Topic;
  title: Localized;
  description: Localized;
  definition: Localized;
  unit: Unit;
  kind: IndicatorKind;
  decimals: number;
  higherIsBetter: boolean | null;
  geographies: AreaLevel[];
  breaks: SeriesBreak[];
  notes: Localized;
  licence: string;
  /** Absent in metadata released before the field existed: read as `stock`. */
  temporal?: Temporal | undefined;
}

/**
 * One indicator: the metadata of its newest released version (of its newest draft while
 * none is released), and every version, each with the metadata it was released with.
 */
export interface Indicator extends IndicatorMeta {
  /** Oldest first. */
  versions: Version[];
}

/** Everything in a data folder, validated. */
export interface Dataset {
  areas: Area[];
  communes: Commune[];
  successors: Successor[];
  reform: Reform | undefined;
  sources: Map<string, Source>;
  indicators: Indicator[];
}

/** The city's area code (Hà Nội): its figures are the city-wide series, every other code a district's. */
export const CITY_CODE = '01';

export const areaByCode = (data: Dataset, code: string): Area | undefined => data.areas.find((a) => a.code === code);

/** The released versions of an indicator, oldest first. */
export const releasedVersions = (ind: Indicator): Version[] => ind.versions.filter((v) => v.released);

export const latestReleased = (ind: Indicator): Version | undefined => releasedVersions(ind).at(-1);
