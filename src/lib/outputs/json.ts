/**
 * The JSON downloads of one released version: typed observations with their area names and
 * source reference, the indicator's metadata, the cited sources, licence and citation.
 * `schemaVersion` versions each shape: changes are additive, or a new schemaVersion.
 *
 * Two files, because widget 1.0.0 is locked and refuses a whole file for one row it does
 * not know (a measure, comparator or period form added with the 2026-11-29 Table Schema):
 * - `<id>.json` (schemaVersion 1): only the rows the first Table Schema allows, which 1.0.x
 *   reads; when rows are left out, `omitted` counts them and names the complete file (1.0.x
 *   ignores fields it does not read). Versions of the first schema leave nothing out, so
 *   their files keep the bytes they were released with.
 * - `<id>.v2.json` (schemaVersion 2): every row, plus what a widget would otherwise read in
 *   the catalog (root-relative page paths, the released versions, the areas), so a live
 *   widget needs this one file.
 */
import { LICENCES } from '../data/datapackage.ts';
import { areaByCode, releasedVersions, type AreaLevel, type Dataset, type Indicator, type IndicatorKind, type Localized, type SeriesBreak, type Source, type Temporal, type Topic, type Unit, type Version } from '../data/model.ts';
import type { PeriodKind } from '../data/period.ts';
import { checkCell, OBSERVATION_SCHEMA_V1, type Comparator, type Flag, type Measure } from '../data/schema.ts';
import { dataFilePath, indicatorPath } from '../routes.ts';
import { citation, type Citation } from './citation.ts';
import { PCT_OF_PLAN_UNIT } from './csv.ts';
import { citedSources } from './datapackage.ts';
import { absoluteUrl } from './url.ts';

/** One value, as the JSON download writes it. Absent optional values are `null`. */
export interface ObservationJson {
  /** GSO code: `01` city, 3 digits a district. */
  area: string;
  areaName: Localized;
  /** Period id as in the CSV. */
  period: string;
  periodKind: PeriodKind;
  /** First and last day covered, ISO dates. */
  periodStart: string;
  periodEnd: string;
  measure: Measure;
  value: number;
  /** `null` for an exact value. */
  comparator: Exclude<Comparator, ''> | null;
  upper: number | null;
  /** Unit id of `value`: the indicator's, or `percent` for `pct_of_plan`. */
  unit: string;
  flag: Flag;
  /** Id of an entry in `sources`. */
  source: string;
  formula: string | null;
  note: Localized | null;
}

/** The whole JSON download of one version (schemaVersion 1). */
export interface VersionJson {
  schemaVersion: 1;
  indicator: {
    id: string;
    topic: Topic;
    title: Localized;
    description: Localized;
    definition: Localized;
    unit: Unit;
    kind: IndicatorKind;
    /** Decimals shown on pages (0–6). */
    decimals: number;
    higherIsBetter: boolean | null;
    geographies: AreaLevel[];
    breaks: SeriesBreak[];
    notes: Localized;
    /** How values relate to time: flow (bars), stock (a line), level (steps). */
    temporal: Temporal;
    /** Absolute URLs of the indicator page in each language. */
    pages: Localized;
  };
  version: {
    id: string;
    /** Release date, ISO. */
    released: string;
    notes: Localized;
  };
  observations: ObservationJson[];
  /**
   * Only when rows were left out (versions from 2026-11-29 on): how many, and the absolute
   * URL of the complete schemaVersion 2 file of the same version.
   */
  omitted?: { observations: number; complete: string };
  sources: Source[];
  licence: { id: string; title: string | null; url: string | null };
  citation: Citation;
}

/** An area of the registry, as the schema 2 file lists it. */
export interface AreaJson {
  code: string;
  level: AreaLevel;
  name: Localized;
}

/** The complete JSON of one version (schemaVersion 2): every row, and what a widget needs besides. */
export interface VersionJsonV2 extends Omit<VersionJson, 'schemaVersion' | 'indicator' | 'omitted'> {
  schemaVersion: 2;
  indicator: VersionJson['indicator'] & {
    /** Root-relative paths of the indicator page in each language (as the catalog gives them). */
    paths: Localized;
  };
  /** Ids of the indicator's versions released up to and including this one, oldest first. */
  versions: string[];
  /** Every area of the registry (the catalog's), whether or not it has a value here. */
  areas: AreaJson[];
}

/** The fields of the first Table Schema whose values later schemas extended. */
const FIRST = new Map(OBSERVATION_SCHEMA_V1.fields.map((f) => [f.name, f]));

/** Whether the first Table Schema (the one widget 1.0.x reads) allows the row. */
export const firstSchemaRow = (o: { period: { id: string }; measure: string; comparator: string }): boolean =>
  checkCell(FIRST.get('period')!, o.period.id) === undefined
  && checkCell(FIRST.get('measure')!, o.measure) === undefined
  && checkCell(FIRST.get('comparator')!, o.comparator) === undefined;

/** The schemaVersion 1 JSON of one released version: the rows the first Table Schema allows. */
export function versionJson(data: Dataset, indicator: Indicator, version: Version, site: string): VersionJson {
  const { observations, sources, licence, citation, ...rest } = completeJson(data, indicator, version, site);
  const kept = observations.filter((_, i) => firstSchemaRow(version.observations[i]!));
  const left = observations.length - kept.length;
  return {
    ...rest,
    observations: kept,
    // Key order is part of the bytes: released files have no `omitted`, and keep theirs.
    ...(left > 0 ? { omitted: { observations: left, complete: absoluteUrl(site, dataFilePath(indicator.id, version.id, 'json-v2')) } } : {}),
    sources,
    licence,
    citation,
  };
}

/** The schemaVersion 2 JSON of one released version: every row, the versions up to it, the areas. */
export function versionJsonV2(data: Dataset, indicator: Indicator, version: Version, site: string): VersionJsonV2 {
  const { schemaVersion: _, indicator: ind, version: v, observations, ...rest } = completeJson(data, indicator, version, site);
  return {
    schemaVersion: 2,
    indicator: { ...ind, paths: { vi: indicatorPath('vi', indicator.id), en: indicatorPath('en', indicator.id) } },
    version: v,
    // Ids are release dates: those up to this one are fixed once it is released.
    versions: releasedVersions(indicator).map((x) => x.id).filter((id) => id <= version.id),
    areas: data.areas.map((a) => ({ code: a.code, level: a.level, name: { vi: a.nameVi, en: a.nameEn } })),
    observations,
    ...rest,
  };
}

/** Every row of a version, in the schema 1 shape. */
function completeJson(data: Dataset, indicator: Indicator, version: Version, site: string): VersionJson {
  const meta = version.meta;
  const licence = LICENCES[meta.licence];
  return {
    schemaVersion: 1,
    indicator: {
      id: indicator.id,
      topic: meta.topic,
      title: meta.title,
      description: meta.description,
      definition: meta.definition,
      unit: meta.unit,
      kind: meta.kind,
      decimals: meta.decimals,
      higherIsBetter: meta.higherIsBetter,
      geographies: meta.geographies,
      breaks: meta.breaks,
      notes: meta.notes,
      temporal: meta.temporal ?? 'stock',
      pages: { vi: absoluteUrl(site, indicatorPath('vi', indicator.id)), en: absoluteUrl(site, indicatorPath('en', indicator.id)) },
    },
    version: { id: version.id, released: version.id, notes: version.notes },
    observations: version.observations.map((o) => {
      const area = areaByCode(data, o.area);
      if (!area) throw new Error(`${indicator.id} ${version.id} line ${o.line}: unknown area "${o.area}"`);
      return {
        area: o.area,
        areaName: { vi: area.nameVi, en: area.nameEn },
        period: o.period.id,
        periodKind: o.period.kind,
        periodStart: o.period.start,
        periodEnd: o.period.end,
        measure: o.measure,
        value: o.value,
        comparator: o.comparator === '' ? null : o.comparator,
        upper: o.upper ?? null,
        unit: o.measure === 'pct_of_plan' || o.measure === 'pct_change' ? PCT_OF_PLAN_UNIT : meta.unit.id,
        flag: o.flag,
        source: o.source,
        formula: o.formula ?? null,
        note: o.note ?? null,
      };
    }),
    sources: citedSources(data, version).map((s) => ({
      id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url, language: s.language, kind: s.kind, note: s.note,
    })),
    licence: { id: meta.licence, title: licence?.title ?? null, url: licence?.path ?? null },
    citation: citation({ indicator, version, site }),
  };
}
