/**
 * The JSON download of one released version: typed observations with their area names and
 * source reference, the indicator's metadata, the cited sources, licence and citation.
 * `schemaVersion` versions this shape: changes are additive, or a new schemaVersion.
 */
import { LICENCES } from '../data/datapackage.ts';
import { areaByCode, type AreaLevel, type Dataset, type Indicator, type IndicatorKind, type Localized, type SeriesBreak, type Source, type Temporal, type Topic, type Unit, type Version } from '../data/model.ts';
import type { PeriodKind } from '../data/period.ts';
import type { Comparator, Flag, Measure } from '../data/schema.ts';
import { indicatorPath } from '../routes.ts';
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
  sources: Source[];
  licence: { id: string; title: string | null; url: string | null };
  citation: Citation;
}

/** The JSON download of one released version. */
export function versionJson(data: Dataset, indicator: Indicator, version: Version, site: string): VersionJson {
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
