/**
 * The published CSV files: the observations of one indicator version, and the registries.
 * Canonical files are UTF-8 without BOM, LF line endings, RFC 4180 quoting (only fields
 * that need it, where papaparse's `unparse` quoted them) and a final line break, like the files
 * in data/. The Excel-friendly variant is the same text with a BOM and CRLF.
 */
import { type Dataset, type Indicator, type Version } from '../data/model.ts';
import { canonicalNumber } from './number.ts';

/** Columns of the published observations CSV, in order (documented in datapackage.json). */
export const PUBLISHED_COLUMNS = [
  'indicator', 'area', 'area_name_vi', 'area_name_en', 'period', 'period_start', 'period_end', 'measure', 'value',
  'comparator', 'upper', 'unit', 'flag', 'source_id', 'source_url', 'formula', 'note_vi', 'note_en',
] as const;
export type PublishedColumn = (typeof PUBLISHED_COLUMNS)[number];

/** One published row: every cell as text, empty for "none". */
export type PublishedRow = Record<PublishedColumn, string>;

/** Unit of a `pct_of_plan` or `pct_change` value, whatever the indicator's unit. */
export const PCT_OF_PLAN_UNIT = 'percent';

/**
 * The rows of one version, in the order of its observations.csv: the observation joined
 * with its area names, the period's first and last day, its unit and its source's URL.
 * Throws if an area or source is missing, which the loader rules out for valid data.
 */
export function observationRows(data: Dataset, indicator: Indicator, version: Version): PublishedRow[] {
  const areas = new Map(data.areas.map((a) => [a.code, a]));
  return version.observations.map((o) => {
    const area = areas.get(o.area);
    const source = data.sources.get(o.source);
    if (!area || !source) throw new Error(`${indicator.id} ${version.id} line ${o.line}: unknown area or source`);
    return {
      indicator: indicator.id,
      area: o.area,
      area_name_vi: area.nameVi,
      area_name_en: area.nameEn,
      period: o.period.id,
      period_start: o.period.start,
      period_end: o.period.end,
      measure: o.measure,
      value: canonicalNumber(o.value),
      comparator: o.comparator,
      upper: o.upper === undefined ? '' : canonicalNumber(o.upper),
      unit: o.measure === 'pct_of_plan' || o.measure === 'pct_change' ? PCT_OF_PLAN_UNIT : version.meta.unit.id,
      flag: o.flag,
      source_id: o.source,
      source_url: source.url,
      formula: o.formula ?? '',
      note_vi: o.note?.vi ?? '',
      note_en: o.note?.en ?? '',
    };
  });
}

/** Which of the two CSV flavours to write. */
export type CsvFlavour = 'canonical' | 'excel';

/**
 * Writes a table as CSV text with a header row and a final record separator. Every cell
 * is text, so numbers keep exactly the digits given. `canonical`: LF, no BOM. `excel`: a
 * UTF-8 BOM, so Excel on Windows reads Vietnamese correctly, and CRLF between records
 * (line breaks inside quoted cells are left as they are, as Excel writes them).
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[], flavour: CsvFlavour = 'canonical'): string {
  const newline = flavour === 'excel' ? '\r\n' : '\n';
  const lines: string[] = [columns.map(csvCell).join(',')];
  for (const r of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) line += (i ? ',' : '') + csvCell(r[columns[i]!] ?? '');
    lines.push(line);
  }
  // unparse wrote one empty record for a table without rows; kept, so no file changes here.
  if (rows.length === 0) lines.push('');
  return `${flavour === 'excel' ? '\uFEFF' : ''}${lines.join(newline)}${newline}`;
}

/** What makes a cell quoted: a comma, a quote, a line break or a BOM in it, or a space at either end. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/**
 * One cell, quoted exactly where papaparse's `unparse` (quotes: false) quoted it, so the
 * published bytes are those it wrote (tests/lib/outputs/csv-writer.test.ts), at a fraction
 * of its cost: unparse was an eighth of the full-size synthetic build's CPU.
 */
export const csvCell = (s: string): string => (NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The observations CSV of one indicator version, in either flavour; `rows`, its published rows when the caller has them. */
export const observationsCsv = (
  data: Dataset, indicator: Indicator, version: Version, flavour: CsvFlavour = 'canonical', rows: readonly PublishedRow[] = observationRows(data, indicator, version),
): string => toCsv(PUBLISHED_COLUMNS, rows, flavour);

// ---- registries ----------------------------------------------------------------------

/** Columns of /data/areas.csv: those of data/areas/areas.csv. */
export const AREA_COLUMNS = ['code', 'level', 'type', 'name_vi', 'name_full_vi', 'name_en', 'slug', 'valid_from', 'valid_to', 'communes_2025_03_01'] as const;

/** The area registry (city and districts, with their validity), ordered by code. */
export function areasCsv(data: Dataset): string {
  const rows = [...data.areas].sort((a, b) => (a.code < b.code ? -1 : 1)).map((a) => ({
    code: a.code, level: a.level, type: a.type, name_vi: a.nameVi, name_full_vi: a.nameFullVi, name_en: a.nameEn,
    slug: a.slug, valid_from: a.validFrom, valid_to: a.validTo ?? '',
    communes_2025_03_01: a.communes === undefined ? '' : String(a.communes),
  }));
  return toCsv(AREA_COLUMNS, rows);
}

export const COMMUNE_COLUMNS = ['code', 'type', 'name_vi', 'name_en', 'slug', 'valid_from'] as const;

/** The commune-level units in force from 2025-07-01, ordered by code. */
export function communesCsv(data: Dataset): string {
  const rows = [...data.communes].sort((a, b) => (a.code < b.code ? -1 : 1)).map((c) => ({
    code: c.code, type: c.type, name_vi: c.nameVi, name_en: c.nameEn, slug: c.slug, valid_from: c.validFrom,
  }));
  return toCsv(COMMUNE_COLUMNS, rows);
}

export const SUCCESSOR_COLUMNS = ['district_code', 'commune_code', 'coverage', 'old_units_whole', 'old_units_partial'] as const;

/** Old district → new unit pairs, ordered by district then commune code. */
export function successorsCsv(data: Dataset): string {
  const key = (s: { districtCode: string; communeCode: string }) => `${s.districtCode}|${s.communeCode}`;
  const rows = [...data.successors].sort((a, b) => (key(a) < key(b) ? -1 : 1)).map((s) => ({
    district_code: s.districtCode, commune_code: s.communeCode, coverage: s.coverage,
    old_units_whole: String(s.oldUnitsWhole), old_units_partial: String(s.oldUnitsPartial),
  }));
  return toCsv(SUCCESSOR_COLUMNS, rows);
}

/** Columns of /data/sources.csv: those of data/sources/*.csv. */
export const SOURCE_COLUMNS = ['id', 'publisher', 'title', 'date', 'url', 'language', 'kind', 'note'] as const;

/** The sources registry, all files merged (or only the sources `only` names), ordered by id. */
export function sourcesCsv(data: Dataset, only?: ReadonlySet<string>): string {
  const rows = [...data.sources.values()].filter((s) => !only || only.has(s.id)).sort((a, b) => (a.id < b.id ? -1 : 1)).map((s) => ({
    id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url, language: s.language, kind: s.kind, note: s.note,
  }));
  return toCsv(SOURCE_COLUMNS, rows);
}
