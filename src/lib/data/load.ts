import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { decodeUtf8, parseCsv, type CsvRow } from './csv.ts';
import { evaluateFormula } from './formula.ts';
import type {
  Area, AreaLevel, Commune, Dataset, Indicator, IndicatorKind, Localized, Observation, Reform,
  SeriesBreak, SourceKind, Successor, Topic, Unit, Version, VersionFile,
} from './model.ts';
import { decimalsOf, parseCanonicalNumber } from './number.ts';
import { parsePeriod } from './period.ts';
import { ProblemList } from './problems.ts';
import {
  OBSERVATION_COLUMNS, OBSERVATION_SCHEMA, checkCell, schemaDrift, type Comparator, type Flag, type Measure,
} from './schema.ts';

export const LOCK_FILE = 'releases.lock.json';
export const VERSION_FILES = ['datapackage.json', 'observations.csv'] as const;
const VERSION_ID = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SOURCE_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const TOPICS: readonly Topic[] = ['labour', 'poverty', 'merit', 'welfare', 'geography'];
const KINDS: readonly IndicatorKind[] = ['count', 'percent', 'money', 'area', 'year'];
const SOURCE_KINDS: readonly SourceKind[] = ['primary', 'secondary', 'translation', 'dataset'];

export interface LoadResult {
  data: Dataset;
  problems: ProblemList;
  /** Digests of everything a release locks, as found now: what `npm run release` writes. */
  digests: ReleaseLock;
}

/** The registries whose rows released versions depend on, keyed as in the lock. */
export const REGISTRIES = ['sources', 'areas', 'communes', 'successors'] as const;
export type Registry = (typeof REGISTRIES)[number];

/**
 * releases.lock.json. `files`: released files by path. `rows`: registry rows by key. Rows
 * rather than whole registries, so a release can add sources and areas while the ones
 * published versions cite can never change under them.
 */
export interface ReleaseLock {
  schemaVersion: 1;
  files: Record<string, string>;
  /** Per released CSV, a short digest per line: locates the line a change touched. Written by `npm run release`; not filled by loadData. */
  lines: Record<string, string>;
  rows: Record<Registry, Record<string, string>>;
}

/** Space-separated 8-hex digests of each line: small, and enough to find a changed line. */
export function lineDigests(bytes: Uint8Array): string {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      out.push(sha256(bytes.subarray(start, i)).slice(0, 8));
      start = i + 1;
    }
  }
  return out.join(' ');
}

/** 1-based number of the first line that differs from the locked digests. */
function firstChangedLine(locked: string, now: string): number {
  const a = locked.split(' ');
  const b = now.split(' ');
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i + 1;
  return 1;
}

/** Boundaries are published with the maps; later corrections go in a new file. */
const LOCKED_STATIC_FILES = ['geo/districts-pre2025.geojson'];

const emptyRows = (): ReleaseLock['rows'] => ({ sources: {}, areas: {}, communes: {}, successors: {} });

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const posix = (p: string) => p.split(sep).join('/');

/**
 * Reads and validates a whole data folder in one pass. Never throws on bad input: every
 * defect becomes a located problem, and the dataset holds what could be read.
 */
export function loadData(dir: string): LoadResult {
  const problems = new ProblemList();
  const display = (rel: string) => posix(join(dir, rel));
  const data: Dataset = { areas: [], communes: [], successors: [], reform: undefined, sources: new Map(), indicators: [] };
  const digests: ReleaseLock = { schemaVersion: 1, files: {}, lines: {}, rows: emptyRows() };
  /** Where each registry row was read, to locate a changed released row. */
  const rowAt = new Map<string, { file: string; line: number }>();
  const recordRow = (registry: Registry, key: string, rel: string, row: CsvRow, header: readonly string[]) => {
    digests.rows[registry][key] = sha256(new TextEncoder().encode(JSON.stringify(header.map((h) => row.values[h]))));
    rowAt.set(`${registry}|${key}`, { file: display(rel), line: row.line });
  };

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.add(posix(dir), 'data folder not found');
    return { data, problems, digests };
  }

  const readText = (rel: string, required = true): string | undefined => {
    const full = join(dir, rel);
    if (!existsSync(full)) {
      if (required) problems.add(display(rel), 'file not found');
      return undefined;
    }
    return decodeUtf8(readFileSync(full), display(rel), problems);
  };
  const readCsv = (rel: string, header: readonly string[]) => {
    const text = readText(rel);
    return text === undefined ? undefined : parseCsv(text, display(rel), problems, header);
  };
  const readJson = (rel: string): unknown => {
    const text = readText(rel);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      problems.add(display(rel), `invalid JSON: ${(e as Error).message}`);
      return undefined;
    }
  };

  // ---- sources registry -------------------------------------------------------------
  const sourceLines = new Map<string, string>();
  const urls = new Map<string, string>();
  const sourcesDir = join(dir, 'sources');
  const sourceFiles = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((f) => f.endsWith('.csv')).sort() : [];
  if (sourceFiles.length === 0) problems.add(display('sources'), 'no sources registry (sources/*.csv) found');
  const sourceHeader = ['id', 'publisher', 'title', 'date', 'url', 'language', 'kind', 'note'];
  for (const f of sourceFiles) {
    const rel = `sources/${f}`;
    const table = readCsv(rel, sourceHeader);
    for (const row of table?.rows ?? []) {
      const v = row.values;
      const at = (col: string, msg: string) => problems.add(display(rel), msg, row.line, col);
      const id = v.id!.trim();
      if (!/^[a-z0-9-]+$/.test(id)) { at('id', `expected lowercase letters, digits and "-", got "${id}"`); continue; }
      if (sourceLines.has(id)) { at('id', `duplicate source id "${id}" (first at ${sourceLines.get(id)})`); continue; }
      sourceLines.set(id, `${display(rel)}:${row.line}`);
      recordRow('sources', id, rel, row, sourceHeader);
      if (!v.publisher!.trim()) at('publisher', 'required value is empty');
      if (v.date && !SOURCE_DATE.test(v.date)) at('date', `expected YYYY, YYYY-MM or YYYY-MM-DD, got "${v.date}"`);
      if (!/^https?:\/\/\S+$/.test(v.url!)) at('url', `expected an absolute http(s) URL, got "${v.url}"`);
      else if (urls.has(v.url!)) at('url', `URL already registered as source "${urls.get(v.url!)}"`);
      else urls.set(v.url!, id);
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(v.language!)) at('language', `expected a language code such as vi or en, got "${v.language}"`);
      if (!SOURCE_KINDS.includes(v.kind as SourceKind)) at('kind', `expected one of ${SOURCE_KINDS.join(', ')}, got "${v.kind}"`);
      data.sources.set(id, {
        id, publisher: v.publisher!, title: v.title!, date: v.date!, url: v.url!, language: v.language!,
        kind: v.kind as SourceKind, note: v.note!,
      });
    }
  }

  // ---- areas ---------------------------------------------------------------------------
  const areasRel = 'areas/areas.csv';
  const areaHeader = ['code', 'level', 'type', 'name_vi', 'name_full_vi', 'name_en', 'slug', 'valid_from', 'valid_to', 'communes_2025_03_01'];
  const areaTable = readCsv(areasRel, areaHeader);
  const areaLines = new Map<string, number>();
  for (const row of areaTable?.rows ?? []) {
    const v = row.values;
    const at = (col: string, msg: string) => problems.add(display(areasRel), msg, row.line, col);
    const code = v.code!;
    const level = v.level as AreaLevel;
    let ok = true;
    if (!/^(\d{2}|\d{3})$/.test(code)) { at('code', `expected a 2- or 3-digit GSO code, got "${code}"`); ok = false; }
    else if (areaLines.has(code)) { at('code', `duplicate area code "${code}" (first at line ${areaLines.get(code)})`); ok = false; }
    else recordRow('areas', code, areasRel, row, areaHeader);
    if (level !== 'city' && level !== 'district') { at('level', `expected city or district, got "${v.level}"`); ok = false; }
    if (!['city', 'quan', 'huyen', 'thi-xa'].includes(v.type!)) { at('type', `expected city, quan, huyen or thi-xa, got "${v.type}"`); ok = false; }
    for (const col of ['name_vi', 'name_full_vi', 'name_en'] as const) if (!v[col]!.trim()) { at(col, 'required value is empty'); ok = false; }
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.slug!)) { at('slug', `expected a lowercase ASCII slug, got "${v.slug}"`); ok = false; }
    if (!ISO_DATE.test(v.valid_from!) || typeof parsePeriod(v.valid_from!) === 'string') { at('valid_from', `expected an ISO date, got "${v.valid_from}"`); ok = false; }
    if (v.valid_to && (!ISO_DATE.test(v.valid_to) || typeof parsePeriod(v.valid_to) === 'string')) { at('valid_to', `expected an ISO date or empty, got "${v.valid_to}"`); ok = false; }
    else if (v.valid_to && v.valid_to < v.valid_from!) { at('valid_to', `ends (${v.valid_to}) before it starts (${v.valid_from})`); ok = false; }
    let communes: number | undefined;
    if (v.communes_2025_03_01) {
      const n = parseCanonicalNumber(v.communes_2025_03_01, { integer: true, maxDecimals: 0 });
      if (typeof n === 'string') { at('communes_2025_03_01', n); ok = false; } else communes = n;
    }
    if (!ok) continue;
    areaLines.set(code, row.line);
    const area: Area = {
      code, level, type: v.type as Area['type'], nameVi: v.name_vi!, nameFullVi: v.name_full_vi!, nameEn: v.name_en!,
      slug: v.slug!, validFrom: v.valid_from!,
    };
    if (v.valid_to) area.validTo = v.valid_to;
    if (communes !== undefined) area.communes = communes;
    data.areas.push(area);
  }
  const areaMap = new Map(data.areas.map((a) => [a.code, a]));

  const communesRel = 'areas/communes-2025.csv';
  const communeHeader = ['code', 'type', 'name_vi', 'name_en', 'slug', 'valid_from'];
  const communeTable = readCsv(communesRel, communeHeader);
  const communeCodes = new Set<string>();
  for (const row of communeTable?.rows ?? []) {
    const v = row.values;
    const at = (col: string, msg: string) => problems.add(display(communesRel), msg, row.line, col);
    if (!/^\d{5}$/.test(v.code!)) { at('code', `expected a 5-digit GSO code, got "${v.code}"`); continue; }
    if (communeCodes.has(v.code!)) { at('code', `duplicate commune code "${v.code}"`); continue; }
    recordRow('communes', v.code!, communesRel, row, communeHeader);
    if (v.type !== 'phuong' && v.type !== 'xa') { at('type', `expected phuong or xa, got "${v.type}"`); continue; }
    if (!ISO_DATE.test(v.valid_from!)) { at('valid_from', `expected an ISO date, got "${v.valid_from}"`); continue; }
    communeCodes.add(v.code!);
    data.communes.push({ code: v.code!, type: v.type, nameVi: v.name_vi!, nameEn: v.name_en!, slug: v.slug!, validFrom: v.valid_from! } satisfies Commune);
  }

  const succRel = 'areas/district-successors.csv';
  const succHeader = ['district_code', 'commune_code', 'coverage', 'old_units_whole', 'old_units_partial'];
  const succTable = readCsv(succRel, succHeader);
  for (const row of succTable?.rows ?? []) {
    const v = row.values;
    recordRow('successors', `${v.district_code}|${v.commune_code}`, succRel, row, succHeader);
    const at = (col: string, msg: string) => problems.add(display(succRel), msg, row.line, col);
    const district = areaMap.get(v.district_code!);
    if (!district || district.level !== 'district') { at('district_code', `unknown district code "${v.district_code}" (not a district in areas/areas.csv)`); continue; }
    if (!communeCodes.has(v.commune_code!)) { at('commune_code', `unknown commune code "${v.commune_code}" (not in areas/communes-2025.csv)`); continue; }
    if (v.coverage !== 'full' && v.coverage !== 'partial') { at('coverage', `expected full or partial, got "${v.coverage}"`); continue; }
    const whole = parseCanonicalNumber(v.old_units_whole!, { integer: true, maxDecimals: 0 });
    const partial = parseCanonicalNumber(v.old_units_partial!, { integer: true, maxDecimals: 0 });
    if (typeof whole === 'string') { at('old_units_whole', whole); continue; }
    if (typeof partial === 'string') { at('old_units_partial', partial); continue; }
    if ((v.coverage === 'full') !== (partial === 0)) { at('coverage', `coverage "${v.coverage}" contradicts old_units_partial ${partial}`); continue; }
    data.successors.push({ districtCode: v.district_code!, communeCode: v.commune_code!, coverage: v.coverage, oldUnitsWhole: whole, oldUnitsPartial: partial } satisfies Successor);
  }

  const reformRel = 'areas/reform-2025.json';
  const reform = readJson(reformRel);
  if (reform !== undefined) {
    const r = new JsonReader(reform, display(reformRel), problems);
    const parsed: Reform = {
      effective: r.date('effective'), resolution: r.string('resolution'), resolutionDate: r.date('resolutionDate'),
      communeLevelUnits: r.integer('communeLevelUnits'), phuong: r.integer('phuong'), xa: r.integer('xa'),
      communeLevelUnitsBefore: r.integer('communeLevelUnitsBefore'), sources: r.stringArray('sources'), summary: r.localized('summary'),
    };
    for (const s of parsed.sources) if (!data.sources.has(s)) problems.add(display(reformRel), `unknown source id "${s}"`, undefined, 'sources');
    if (parsed.phuong + parsed.xa !== parsed.communeLevelUnits) problems.add(display(reformRel), `phuong ${parsed.phuong} + xa ${parsed.xa} ≠ communeLevelUnits ${parsed.communeLevelUnits}`);
    if (data.communes.length && data.communes.length !== parsed.communeLevelUnits) {
      problems.add(display(communesRel), `lists ${data.communes.length} units; reform-2025.json says ${parsed.communeLevelUnits}`);
    }
    if (r.ok) data.reform = parsed;
  }

  // ---- lock ------------------------------------------------------------------------------
  const lockRaw = existsSync(join(dir, LOCK_FILE)) ? readJson(LOCK_FILE) : undefined;
  const lock = readLock(lockRaw, display(LOCK_FILE), problems);
  const lockedSeen = new Set<string>();

  // ---- indicators ------------------------------------------------------------------------
  const indDir = join(dir, 'indicators');
  const indicatorIds = existsSync(indDir) ? readdirSync(indDir).filter((f) => statSync(join(indDir, f)).isDirectory()).sort() : [];
  if (indicatorIds.length === 0) problems.add(display('indicators'), 'no indicators found');
  for (const id of indicatorIds) {
    const metaRel = `indicators/${id}/indicator.json`;
    const raw = readJson(metaRel);
    if (raw === undefined) continue;
    const indicator = readIndicatorMeta(raw, id, display(metaRel), problems);
    if (!indicator) continue;

    const versionIds = readdirSync(join(indDir, id)).filter((f) => statSync(join(indDir, id, f)).isDirectory()).sort();
    if (versionIds.length === 0) problems.add(display(`indicators/${id}`), 'indicator has no version folder');
    for (const vid of versionIds) {
      const vRel = `indicators/${id}/${vid}`;
      if (!VERSION_ID.test(vid) || typeof parsePeriod(vid) === 'string') {
        problems.add(display(vRel), `version folder must be named by its release date YYYY-MM-DD, got "${vid}"`);
        continue;
      }
      for (const f of readdirSync(join(dir, vRel))) {
        if (!(VERSION_FILES as readonly string[]).includes(f)) problems.add(display(`${vRel}/${f}`), `unexpected file in a version folder (expected only ${VERSION_FILES.join(', ')})`);
      }
      const files: VersionFile[] = [];
      let lockedCount = 0;
      let missingReleased = false;
      for (const f of VERSION_FILES) {
        const rel = `${vRel}/${f}`;
        const full = join(dir, rel);
        const digest = lock.files[rel];
        if (digest !== undefined) { lockedCount++; lockedSeen.add(rel); }
        if (!existsSync(full)) {
          if (digest !== undefined) {
            problems.add(display(rel), 'released file is missing (it is listed in releases.lock.json): published versions are never deleted');
            missingReleased = true;
          }
          continue; // a draft's missing file is reported when read below
        }
        const bytes = readFileSync(full);
        const actual = sha256(bytes);
        if (digest !== undefined && digest !== actual) {
          // Line digests cost a hash per line: computed only to locate a change.
          const lockedLines = lock.lines[rel];
          const line = lockedLines && rel.endsWith('.csv') ? firstChangedLine(lockedLines, lineDigests(bytes)) : undefined;
          problems.add(display(rel), `released file changed${line ? ' (first difference on this line)' : ''}: sha256 ${actual.slice(0, 12)}…, locked ${digest.slice(0, 12)}…: published versions are immutable, publish a correction as a new version`, line);
        }
        files.push({ path: rel, sha256: actual, bytes: bytes.length });
        digests.files[rel] = actual;
      }
      if (lockedCount > 0 && lockedCount < VERSION_FILES.length) {
        problems.add(display(vRel), 'version is only partly in releases.lock.json: release all its files or none');
      }
      if (missingReleased) continue;
      const version = readVersion(vRel, vid, indicator, data, areaMap, problems, display, readText, readJson);
      if (!version) continue;
      version.files = files;
      version.released = lockedCount === VERSION_FILES.length;
      indicator.versions.push(version);
    }
    for (let i = 1; i < indicator.versions.length; i++) {
      if (!indicator.versions[i - 1]!.released && indicator.versions[i]!.released) {
        problems.add(display(`indicators/${id}/${indicator.versions[i]!.id}`), `released after the unreleased draft ${indicator.versions[i - 1]!.id}: release drafts in date order`);
      }
    }
    data.indicators.push(indicator);
  }

  for (const rel of LOCKED_STATIC_FILES) {
    const full = join(dir, rel);
    if (!existsSync(full)) continue;
    const actual = sha256(readFileSync(full));
    digests.files[rel] = actual;
    const locked = lock.files[rel];
    lockedSeen.add(rel);
    if (locked !== undefined && locked !== actual) {
      problems.add(display(rel), `released file changed (sha256 ${actual.slice(0, 12)}…, locked ${locked.slice(0, 12)}…): add corrected boundaries as a new file`);
    }
  }
  for (const rel of Object.keys(lock.files)) {
    if (!lockedSeen.has(rel)) problems.add(display(rel), 'released file is missing (it is listed in releases.lock.json): published versions are never deleted');
  }
  for (const registry of REGISTRIES) {
    for (const [key, locked] of Object.entries(lock.rows[registry])) {
      const now = digests.rows[registry][key];
      const where = rowAt.get(`${registry}|${key}`);
      if (now === undefined) problems.add(display(registry === 'sources' ? 'sources' : `areas`), `${registry} row "${key}" was released and is gone: released versions rely on it; keep it`);
      else if (now !== locked) problems.add(where!.file, `${registry} row "${key}" changed since it was released: released versions rely on it; register a new row instead`, where!.line);
    }
  }

  return { data, problems, digests };
}

function readLock(raw: unknown, file: string, problems: ProblemList): ReleaseLock {
  const lock: ReleaseLock = { schemaVersion: 1, files: {}, lines: {}, rows: emptyRows() };
  if (raw === undefined) return lock;
  if (typeof raw !== 'object' || raw === null || (raw as { schemaVersion?: unknown }).schemaVersion !== 1) {
    problems.add(file, 'expected {"schemaVersion": 1, "files": {path: sha256}, "rows": {registry: {key: sha256}}}');
    return lock;
  }
  const readDigests = (obj: unknown, where: string, into: Record<string, string>) => {
    if (typeof obj !== 'object' || obj === null) { problems.add(file, `missing "${where}" object`); return; }
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v)) problems.add(file, `${where} "${k}": expected a sha256 hex digest`);
      else into[k] = v;
    }
  };
  readDigests((raw as { files?: unknown }).files, 'files', lock.files);
  const lines = (raw as { lines?: unknown }).lines ?? {};
  if (typeof lines === 'object' && lines !== null) {
    for (const [k, v] of Object.entries(lines)) if (typeof v === 'string' && /^[0-9a-f]{8}( [0-9a-f]{8})*$/.test(v)) lock.lines[k] = v;
  }
  const rows = (raw as { rows?: Record<string, unknown> }).rows ?? {};
  for (const r of REGISTRIES) readDigests(rows[r] ?? {}, `rows.${r}`, lock.rows[r]);
  return lock;
}

/** Reads typed fields from parsed JSON, reporting each missing or mistyped one. */
class JsonReader {
  ok = true;
  constructor(private readonly obj: unknown, private readonly file: string, private readonly problems: ProblemList) {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) this.fail('', 'expected a JSON object');
  }
  private get(key: string): unknown {
    return typeof this.obj === 'object' && this.obj !== null ? (this.obj as Record<string, unknown>)[key] : undefined;
  }
  fail(key: string, message: string): void {
    this.ok = false;
    this.problems.add(this.file, message, undefined, key || undefined);
  }
  string(key: string, allowEmpty = false): string {
    const v = this.get(key);
    if (typeof v !== 'string' || (!allowEmpty && v.trim() === '')) { this.fail(key, 'expected a non-empty string'); return ''; }
    return v;
  }
  date(key: string): string {
    const v = this.string(key);
    if (v && (!ISO_DATE.test(v) || typeof parsePeriod(v) === 'string')) this.fail(key, `expected an ISO date YYYY-MM-DD, got "${v}"`);
    return v;
  }
  integer(key: string): number {
    const v = this.get(key);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) { this.fail(key, 'expected a whole number ≥ 0'); return 0; }
    return v;
  }
  stringArray(key: string): string[] {
    const v = this.get(key);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) { this.fail(key, 'expected an array of strings'); return []; }
    return v as string[];
  }
  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const v = this.get(key);
    if (typeof v !== 'string' || !allowed.includes(v as T)) { this.fail(key, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`); return allowed[0]!; }
    return v as T;
  }
  localized(key: string, allowEmpty = false, value: unknown = this.get(key)): Localized {
    const o = value as Partial<Localized> | undefined;
    if (typeof o !== 'object' || o === null || typeof o.vi !== 'string' || typeof o.en !== 'string') {
      this.fail(key, 'expected {"vi": "…", "en": "…"}');
      return { vi: '', en: '' };
    }
    if (!allowEmpty && (!o.vi.trim() || !o.en.trim())) this.fail(key, 'both "vi" and "en" are required (VI/EN parity)');
    if (allowEmpty && !o.vi.trim() !== !o.en.trim()) this.fail(key, 'give both "vi" and "en", or neither (VI/EN parity)');
    return { vi: o.vi, en: o.en };
  }
  raw(key: string): unknown {
    return this.get(key);
  }
}

function readIndicatorMeta(raw: unknown, folder: string, file: string, problems: ProblemList): Indicator | undefined {
  const r = new JsonReader(raw, file, problems);
  if (!r.ok) return undefined;
  if (r.raw('schemaVersion') !== 1) r.fail('schemaVersion', 'expected schemaVersion 1');
  const id = r.string('id');
  if (id && id !== folder) r.fail('id', `id "${id}" differs from its folder name "${folder}"`);
  if (!/^[a-z0-9_]+$/.test(folder)) r.fail('id', `indicator ids use lowercase letters, digits and "_", got "${folder}"`);
  const unitRaw = r.raw('unit') as Partial<Unit> | undefined;
  let unit: Unit = { id: '', vi: '', en: '' };
  if (typeof unitRaw !== 'object' || unitRaw === null || typeof unitRaw.id !== 'string' || typeof unitRaw.vi !== 'string' || typeof unitRaw.en !== 'string' || !unitRaw.id) {
    r.fail('unit', 'expected {"id": "…", "vi": "…", "en": "…"}');
  } else unit = { id: unitRaw.id, vi: unitRaw.vi, en: unitRaw.en };
  const decimals = r.raw('decimals');
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 6) r.fail('decimals', 'expected a whole number from 0 to 6');
  const hib = r.raw('higherIsBetter');
  if (hib !== true && hib !== false && hib !== null) r.fail('higherIsBetter', 'expected true, false or null');
  const geos = r.raw('geographies');
  if (!Array.isArray(geos) || geos.length === 0 || !geos.every((g) => g === 'city' || g === 'district')) r.fail('geographies', 'expected a non-empty array of "city" / "district"');
  const breaksRaw = r.raw('breaks');
  const breaks: SeriesBreak[] = [];
  if (!Array.isArray(breaksRaw)) r.fail('breaks', 'expected an array (empty when the series has no break)');
  else breaksRaw.forEach((b: unknown, i: number) => {
    const br = new JsonReader(b, file, problems);
    const key = `breaks[${i}]`;
    const date = (b as { date?: unknown })?.date;
    if (typeof date !== 'string' || !ISO_DATE.test(date)) r.fail(`${key}.date`, `expected an ISO date, got ${JSON.stringify(date)}`);
    const sb: SeriesBreak = { date: String(date), title: br.localized('title'), explanation: br.localized('explanation') };
    const g = (b as { geographies?: unknown })?.geographies;
    if (g !== undefined) {
      if (!Array.isArray(g) || g.length === 0 || !g.every((x) => x === 'city' || x === 'district')) r.fail(`${key}.geographies`, 'expected a non-empty array of "city" / "district"');
      else sb.geographies = g as AreaLevel[];
    }
    breaks.push(sb);
    if (!br.ok) r.ok = false;
  });
  const licence = r.string('licence');
  const indicator: Indicator = {
    id: folder, topic: r.oneOf('topic', TOPICS), title: r.localized('title'), description: r.localized('description'),
    definition: r.localized('definition'), unit, kind: r.oneOf('kind', KINDS), decimals: Number(decimals),
    higherIsBetter: hib as boolean | null, geographies: (Array.isArray(geos) ? geos : []) as AreaLevel[], breaks,
    notes: r.localized('notes', true), licence, versions: [],
  };
  return r.ok ? indicator : undefined;
}

function readVersion(
  vRel: string,
  vid: string,
  indicator: Indicator,
  data: Dataset,
  areaMap: Map<string, Area>,
  problems: ProblemList,
  display: (rel: string) => string,
  readText: (rel: string) => string | undefined,
  readJson: (rel: string) => unknown,
): Version | undefined {
  const dpRel = `${vRel}/datapackage.json`;
  const dp = readJson(dpRel);
  let notes: Localized = { vi: '', en: '' };
  let dpOk = false;
  if (dp !== undefined) {
    const r = new JsonReader(dp, display(dpRel), problems);
    if (r.raw('version') !== vid) r.fail('version', `expected "${vid}" (the folder name), got ${JSON.stringify(r.raw('version'))}`);
    notes = r.localized('ansinh:notes');
    const resources = r.raw('resources');
    const obs = Array.isArray(resources) ? resources.find((x: { name?: unknown }) => x?.name === 'observations') : undefined;
    if (!obs) r.fail('resources', 'expected a resource named "observations"');
    else {
      if (obs.path !== 'observations.csv') r.fail('resources[observations].path', `expected "observations.csv", got ${JSON.stringify(obs.path)}`);
      const drift = schemaDrift(obs.schema);
      if (drift) r.fail('resources[observations].schema', `${drift} (the Table Schema is fixed: see data/README.md)`);
    }
    dpOk = r.ok;
  }

  const obsRel = `${vRel}/observations.csv`;
  const text = readText(obsRel);
  if (text === undefined) return undefined;
  const file = display(obsRel);
  const table = parseCsv(text, file, problems, OBSERVATION_COLUMNS, ['value', 'upper']);
  if (!table) return undefined;
  if (table.header.join(',') !== OBSERVATION_COLUMNS.join(',')) {
    problems.add(file, `columns must be in the order ${OBSERVATION_COLUMNS.join(',')}`, 1);
    return undefined;
  }

  const observations = checkObservations(table.rows, file, indicator, data, areaMap, problems);
  if (!dpOk) return undefined;
  return { id: vid, released: false, notes, files: [], observations };
}

/** Columns checked by their Table Schema constraints alone; numbers and periods get their own parsers and hints. */
const CELL_CHECKED = OBSERVATION_SCHEMA.fields
  .map((field, index) => ({ field, index }))
  .filter(({ field }) => field.name !== 'value' && field.name !== 'upper' && field.name !== 'period');

function checkObservations(
  rows: CsvRow[],
  file: string,
  indicator: Indicator,
  data: Dataset,
  areaMap: Map<string, Area>,
  problems: ProblemList,
): Observation[] {
  const out: Observation[] = [];
  const keys = new Map<string, number>();
  /** area|period of rows rejected above: their dependants are not reported again. */
  const rejected = new Set<string>();
  const integer = indicator.kind === 'count' || indicator.kind === 'year';
  const valueRules = { integer, maxDecimals: indicator.decimals };
  const pctRules = { integer: false, maxDecimals: 2 };

  // Rows are read by position (the header order was checked): no per-row record or closure,
  // which matters at a million rows.
  let line = 0;
  const at = (col: string, msg: string) => problems.add(file, msg, line, col);
  for (const row of rows) {
    line = row.line;
    const f = row.fields;
    const [vArea, vPeriod, vMeasure, vValue, vComparator, vUpper, vFlag, vSource, vFormula, vNoteVi, vNoteEn] = f as [
      string, string, string, string, string, string, string, string, string, string, string,
    ];
    let ok = true;
    for (let i = 0; i < CELL_CHECKED.length; i++) {
      const c = CELL_CHECKED[i]!;
      const msg = checkCell(c.field, f[c.index]!);
      if (msg) { at(c.field.name, msg); ok = false; }
    }
    const measure = vMeasure as Measure;
    const rules = measure === 'pct_of_plan' ? pctRules : valueRules;
    const value = parseCanonicalNumber(vValue, rules);
    if (typeof value === 'string') { at('value', value); ok = false; }

    const period = parsePeriod(vPeriod);
    if (typeof period === 'string') { at('period', vPeriod ? period : 'required value is empty'); ok = false; }

    const area = areaMap.get(vArea);
    if (vArea && !area) { at('area', `unknown area code "${vArea}" (not in areas/areas.csv)`); ok = false; }
    else if (area && typeof period !== 'string') {
      if (area.validTo && period.end > area.validTo) {
        at('period', `${area.nameVi} (${area.code}) existed until ${area.validTo}; this period ends ${period.end}. District values after the 1 July 2025 reform are not allowed`);
        ok = false;
      } else if (period.start < area.validFrom) {
        at('period', `${area.nameVi} (${area.code}) is valid from ${area.validFrom}; this period starts ${period.start}`);
        ok = false;
      }
      if (!indicator.geographies.includes(area.level)) {
        at('area', `indicator.json declares geographies ${indicator.geographies.join(', ')}, but this row is for a ${area.level}`);
        ok = false;
      }
    }
    if (vSource && !data.sources.has(vSource)) { at('source', `unknown source id "${vSource}" (not in sources/*.csv)`); ok = false; }

    const comparator = vComparator as Comparator;
    let upper: number | undefined;
    if (comparator === 'range') {
      const u = parseCanonicalNumber(vUpper, rules);
      if (typeof u === 'string') { at('upper', `comparator "range" needs an upper bound: ${u}`); ok = false; }
      else if (typeof value === 'number' && u <= value) { at('upper', `upper bound ${u} must exceed value ${value}`); ok = false; }
      else upper = u;
    } else if (vUpper) { at('upper', 'only allowed with comparator "range"'); ok = false; }

    const flag = vFlag as Flag;
    if (flag === 'derived') {
      if (!vFormula) { at('formula', 'a derived value needs the formula it was computed with'); ok = false; }
      else if (typeof value === 'number') {
        const result = evaluateFormula(vFormula);
        if (typeof result === 'string') { at('formula', result); ok = false; }
        else {
          const tolerance = 10 ** -decimalsOf(vValue.trim()) + 1e-9;
          if (Math.abs(result - value) > tolerance) { at('value', `formula "${vFormula}" gives ${result}, not ${value}`); ok = false; }
        }
      }
    } else if (vFormula) { at('formula', `only derived values carry a formula (flag is "${vFlag}")`); ok = false; }

    if (!vNoteVi.trim() !== !vNoteEn.trim()) { at(vNoteVi ? 'note_en' : 'note_vi', 'give the note in both Vietnamese and English, or neither'); ok = false; }

    const key = `${vArea}|${vPeriod}|${vMeasure}|${vSource}`;
    const first = keys.get(key);
    if (first !== undefined) { problems.add(file, `duplicate row: same area, period, measure and source as line ${first}`, line); ok = false; }
    else keys.set(key, line);

    if (!ok || typeof value === 'string' || typeof period === 'string') { rejected.add(`${vArea}|${vPeriod}`); continue; }
    if ((measure === 'plan' || measure === 'target' || measure === 'pct_of_plan') && period.kind !== 'year') {
      at('period', `a ${measure} is set for a full year (YYYY), got "${period.id}"`);
      continue;
    }
    const obs: Observation = { area: vArea, period, measure, value, comparator, flag, source: vSource, line };
    if (upper !== undefined) obs.upper = upper;
    if (vFormula) obs.formula = vFormula;
    if (vNoteVi) obs.note = { vi: vNoteVi, en: vNoteEn };
    out.push(obs);
  }

  // A stated % of plan must agree with actual ÷ plan: the model computes it, the source's
  // figure only cross-checks the computation and the two inputs.
  const exactByKey = new Map<string, Observation>();
  for (const o of out) if (o.comparator === '' && (o.measure === 'actual' || o.measure === 'plan')) exactByKey.set(`${o.area}|${o.period.id}|${o.measure}`, exactByKey.get(`${o.area}|${o.period.id}|${o.measure}`) ?? o);
  for (const pct of out) {
    if (pct.measure !== 'pct_of_plan') continue;
    const actual = exactByKey.get(`${pct.area}|${pct.period.id}|actual`);
    const plan = exactByKey.get(`${pct.area}|${pct.period.id}|plan`);
    if (!actual || !plan) {
      if (rejected.has(`${pct.area}|${pct.period.id}`)) continue;
      problems.add(file, `pct_of_plan needs an exact actual and plan for ${pct.area} ${pct.period.id} (the % of plan is computed, not typed in)`, pct.line);
      continue;
    }
    const computed = (actual.value / plan.value) * 100;
    const written = String(pct.value);
    const tolerance = 0.5 * 10 ** -decimalsOf(written) + 1e-9;
    if (Math.abs(computed - pct.value) > tolerance) {
      problems.add(file, `pct_of_plan ${pct.value} disagrees with actual ÷ plan = ${actual.value} ÷ ${plan.value} = ${computed.toFixed(2)}% (lines ${actual.line}, ${plan.line})`, pct.line, 'value');
    }
  }
  return out;
}
