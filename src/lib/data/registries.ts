/**
 * The registries every version relies on: sources, areas (the city and the 30 districts of
 * 2014–2025), the 126 commune-level units of 1 July 2025, which of them cover each old
 * district, and the reform itself.
 */
import type { LoadContext } from './context.ts';
import { reformSchema } from './json-schemas.ts';
import type { Area, AreaLevel, Commune, SourceKind, Successor } from './model.ts';
import { parseCanonicalNumber } from './number.ts';
import { parsePeriod } from './period.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SOURCE_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SOURCE_KINDS: readonly string[] = ['primary', 'secondary', 'translation', 'dataset'] satisfies SourceKind[];
const isSourceKind = (k: string): k is SourceKind => SOURCE_KINDS.includes(k);
const AREA_TYPES: readonly string[] = ['city', 'quan', 'huyen', 'thi-xa'] satisfies Area['type'][];
const isAreaType = (t: string): t is Area['type'] => AREA_TYPES.includes(t);
const isLevel = (l: string): l is AreaLevel => l === 'city' || l === 'district';
const isIsoDate = (s: string) => ISO_DATE.test(s) && typeof parsePeriod(s) !== 'string';

/**
 * A correction of a released source row is a new row, `<id>-r2` (then `-r3`, …): it may
 * repeat the URL of the row it revises, so old versions keep citing the row they were
 * released with and new versions cite the revision.
 */
export const sourceBaseId = (id: string): string => id.replace(/-r\d+$/, '');

export const SOURCE_HEADER = ['id', 'publisher', 'title', 'date', 'url', 'language', 'kind', 'note'] as const;
const AREA_HEADER = ['code', 'level', 'type', 'name_vi', 'name_full_vi', 'name_en', 'slug', 'valid_from', 'valid_to', 'communes_2025_03_01'] as const;
const COMMUNE_HEADER = ['code', 'type', 'name_vi', 'name_en', 'slug', 'valid_from'] as const;
const SUCCESSOR_HEADER = ['district_code', 'commune_code', 'coverage', 'old_units_whole', 'old_units_partial'] as const;
export const COMMUNES_FILE = 'areas/communes-2025.csv';

export function loadSources(ctx: LoadContext, files: readonly string[]): void {
  const lines = new Map<string, string>();
  const urls = new Map<string, string>();
  if (files.length === 0) ctx.problem('sources', 'no sources registry (sources/*.csv) found');
  for (const f of files) {
    const rel = `sources/${f}`;
    for (const row of ctx.readCsv(rel, SOURCE_HEADER)?.rows ?? []) {
      const v = row.values;
      const at = (col: string, msg: string) => ctx.problem(rel, msg, row.line, col);
      const id = v.id!.trim();
      if (!/^[a-z0-9-]+$/.test(id)) { at('id', `expected lowercase letters, digits and "-", got "${id}"`); continue; }
      if (lines.has(id)) { at('id', `duplicate source id "${id}" (first at ${lines.get(id)})`); continue; }
      lines.set(id, `${ctx.display(rel)}:${row.line}`);
      ctx.recordRow('sources', id, rel, row, SOURCE_HEADER);
      if (!v.publisher!.trim()) at('publisher', 'required value is empty');
      if (v.date && !SOURCE_DATE.test(v.date)) at('date', `expected YYYY, YYYY-MM or YYYY-MM-DD, got "${v.date}"`);
      const url = v.url!;
      const sameUrl = urls.get(url);
      if (!/^https?:\/\/\S+$/.test(url)) at('url', `expected an absolute http(s) URL, got "${url}"`);
      else if (sameUrl !== undefined && sourceBaseId(sameUrl) !== sourceBaseId(id)) at('url', `URL already registered as source "${sameUrl}"`);
      else urls.set(url, id);
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(v.language!)) at('language', `expected a language code such as vi or en, got "${v.language}"`);
      const kind = v.kind!;
      if (!isSourceKind(kind)) { at('kind', `expected one of ${SOURCE_KINDS.join(', ')}, got "${kind}"`); continue; }
      ctx.data.sources.set(id, { id, publisher: v.publisher!, title: v.title!, date: v.date!, url, language: v.language!, kind, note: v.note! });
    }
  }
}

export function loadAreas(ctx: LoadContext): void {
  const rel = 'areas/areas.csv';
  const firstLine = new Map<string, number>();
  for (const row of ctx.readCsv(rel, AREA_HEADER)?.rows ?? []) {
    const v = row.values;
    const at = (col: string, msg: string) => ctx.problem(rel, msg, row.line, col);
    const code = v.code!;
    const level = v.level!;
    const type = v.type!;
    let ok = true;
    if (!/^(\d{2}|\d{3})$/.test(code)) { at('code', `expected a 2- or 3-digit GSO code, got "${code}"`); ok = false; }
    else if (firstLine.has(code)) { at('code', `duplicate area code "${code}" (first at line ${firstLine.get(code)})`); ok = false; }
    else ctx.recordRow('areas', code, rel, row, AREA_HEADER);
    if (!isLevel(level)) { at('level', `expected city or district, got "${level}"`); ok = false; }
    if (!isAreaType(type)) { at('type', `expected city, quan, huyen or thi-xa, got "${type}"`); ok = false; }
    for (const col of ['name_vi', 'name_full_vi', 'name_en'] as const) if (!v[col]!.trim()) { at(col, 'required value is empty'); ok = false; }
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.slug!)) { at('slug', `expected a lowercase ASCII slug, got "${v.slug}"`); ok = false; }
    if (!isIsoDate(v.valid_from!)) { at('valid_from', `expected an ISO date, got "${v.valid_from}"`); ok = false; }
    if (v.valid_to && !isIsoDate(v.valid_to)) { at('valid_to', `expected an ISO date or empty, got "${v.valid_to}"`); ok = false; }
    else if (v.valid_to && v.valid_to < v.valid_from!) { at('valid_to', `ends (${v.valid_to}) before it starts (${v.valid_from})`); ok = false; }
    let communes: number | undefined;
    if (v.communes_2025_03_01) {
      const n = parseCanonicalNumber(v.communes_2025_03_01, { integer: true, maxDecimals: 0 });
      if (typeof n === 'string') { at('communes_2025_03_01', n); ok = false; } else communes = n;
    }
    if (!ok || !isLevel(level) || !isAreaType(type)) continue;
    firstLine.set(code, row.line);
    const area: Area = { code, level, type, nameVi: v.name_vi!, nameFullVi: v.name_full_vi!, nameEn: v.name_en!, slug: v.slug!, validFrom: v.valid_from! };
    if (v.valid_to) area.validTo = v.valid_to;
    if (communes !== undefined) area.communes = communes;
    ctx.data.areas.push(area);
  }
}

export function loadCommunes(ctx: LoadContext): void {
  const seen = new Set<string>();
  for (const row of ctx.readCsv(COMMUNES_FILE, COMMUNE_HEADER)?.rows ?? []) {
    const v = row.values;
    const at = (col: string, msg: string) => ctx.problem(COMMUNES_FILE, msg, row.line, col);
    const code = v.code!;
    const type = v.type!;
    if (!/^\d{5}$/.test(code)) { at('code', `expected a 5-digit GSO code, got "${code}"`); continue; }
    if (seen.has(code)) { at('code', `duplicate commune code "${code}"`); continue; }
    ctx.recordRow('communes', code, COMMUNES_FILE, row, COMMUNE_HEADER);
    if (type !== 'phuong' && type !== 'xa') { at('type', `expected phuong or xa, got "${type}"`); continue; }
    if (!ISO_DATE.test(v.valid_from!)) { at('valid_from', `expected an ISO date, got "${v.valid_from}"`); continue; }
    seen.add(code);
    ctx.data.communes.push({ code, type, nameVi: v.name_vi!, nameEn: v.name_en!, slug: v.slug!, validFrom: v.valid_from! } satisfies Commune);
  }
}

export function loadSuccessors(ctx: LoadContext): void {
  const rel = 'areas/district-successors.csv';
  const areas = new Map(ctx.data.areas.map((a) => [a.code, a]));
  const communes = new Set(ctx.data.communes.map((c) => c.code));
  for (const row of ctx.readCsv(rel, SUCCESSOR_HEADER)?.rows ?? []) {
    const v = row.values;
    ctx.recordRow('successors', `${v.district_code}|${v.commune_code}`, rel, row, SUCCESSOR_HEADER);
    const at = (col: string, msg: string) => ctx.problem(rel, msg, row.line, col);
    const district = areas.get(v.district_code!);
    const coverage = v.coverage!;
    if (!district || district.level !== 'district') { at('district_code', `unknown district code "${v.district_code}" (not a district in areas/areas.csv)`); continue; }
    if (!communes.has(v.commune_code!)) { at('commune_code', `unknown commune code "${v.commune_code}" (not in ${COMMUNES_FILE})`); continue; }
    if (coverage !== 'full' && coverage !== 'partial') { at('coverage', `expected full or partial, got "${coverage}"`); continue; }
    const whole = parseCanonicalNumber(v.old_units_whole!, { integer: true, maxDecimals: 0 });
    const partial = parseCanonicalNumber(v.old_units_partial!, { integer: true, maxDecimals: 0 });
    if (typeof whole === 'string') { at('old_units_whole', whole); continue; }
    if (typeof partial === 'string') { at('old_units_partial', partial); continue; }
    if ((coverage === 'full') !== (partial === 0)) { at('coverage', `coverage "${coverage}" contradicts old_units_partial ${partial}`); continue; }
    ctx.data.successors.push({ districtCode: v.district_code!, communeCode: v.commune_code!, coverage, oldUnitsWhole: whole, oldUnitsPartial: partial } satisfies Successor);
  }
}

export function loadReform(ctx: LoadContext): void {
  const rel = 'areas/reform-2025.json';
  const raw = ctx.readJson(rel);
  if (raw === undefined) return;
  const reform = ctx.parseJson(rel, reformSchema, raw);
  if (!reform) return;
  for (const s of reform.sources) if (!ctx.data.sources.has(s)) ctx.problem(rel, `unknown source id "${s}"`, undefined, 'sources');
  if (reform.phuong + reform.xa !== reform.communeLevelUnits) ctx.problem(rel, `phuong ${reform.phuong} + xa ${reform.xa} ≠ communeLevelUnits ${reform.communeLevelUnits}`);
  if (ctx.data.communes.length && ctx.data.communes.length !== reform.communeLevelUnits) {
    ctx.problem(COMMUNES_FILE, `lists ${ctx.data.communes.length} units; reform-2025.json says ${reform.communeLevelUnits}`);
  }
  ctx.data.reform = reform;
}
