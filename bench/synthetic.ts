/**
 * A seeded generator of SYNTHETIC data folders in the format of data/README.md, for the
 * benchmark only. Every file it writes says it is synthetic (the sources' publisher is
 * `SYNTHETIC (bench)`, names carry "synthetic"/"tổng hợp", URLs end in `.invalid`), and it
 * refuses to write into the project's data/ folder: data/ never holds synthetic values.
 *
 * The same seed and options give byte-identical folders (no clock, no Math.random).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { versionDatapackage, stringifyJson } from '../src/lib/data/datapackage.ts';
import { lineDigests, loadData, LOCK_FILE, type LoadResult } from '../src/lib/data/load.ts';
import type { IndicatorKind, IndicatorMeta, Topic } from '../src/lib/data/model.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REAL_DATA = join(ROOT, 'data');

export const SYNTHETIC_PUBLISHER = 'SYNTHETIC (bench)';

/** Shape of a synthetic folder. Defaults: the benchmark's full size. */
export interface SyntheticOptions {
  /** Seed of the generator; any 32-bit integer. */
  seed: number;
  /** Areas including the city: 1 city + (areas − 1) districts, at most 1 + 999. Default 126. */
  areas?: number;
  /** Indicators. Default 60. */
  indicators?: number;
  /** Consecutive full years ending 2024 (districts end 2025-06-30). Default 15. */
  years?: number;
  /** Released versions per indicator, each a full copy with some values revised. Default 2. */
  versions?: number;
  /** Write releases.lock.json (every version released, as `npm run release` does). Default true. */
  release?: boolean;
}

export interface SyntheticSummary {
  dir: string;
  areas: number;
  indicators: number;
  years: number;
  versions: number;
  /** Rows in all observations.csv files together. */
  observationRows: number;
  /** Seconds spent in loadData to compute the lock (0 without `release`). */
  lockSeconds: number;
}

/** mulberry32: small, fast, good enough for synthetic values; deterministic per seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const csvField = (v: string | number): string => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const csvLine = (fields: readonly (string | number)[]): string => `${fields.map(csvField).join(',')}\n`;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Refuses the project's data/ folder (and anything inside it), resolving symlinks. */
function assertNotRealData(dir: string): void {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const target = real(dir);
  const data = real(REAL_DATA);
  if (target === data || target.startsWith(data + sep)) {
    throw new Error(`refusing to write synthetic data into ${dir}: data/ never holds synthetic values`);
  }
}

function write(dir: string, rel: string, text: string): void {
  const full = join(dir, rel);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

const TOPICS: readonly Topic[] = ['labour', 'poverty', 'merit', 'welfare'];
const KINDS: readonly { kind: IndicatorKind; decimals: number; unit: IndicatorMeta['unit'] }[] = [
  { kind: 'count', decimals: 0, unit: { id: 'persons', vi: 'người', en: 'persons' } },
  { kind: 'percent', decimals: 1, unit: { id: 'percent', vi: '%', en: '%' } },
  { kind: 'money', decimals: 1, unit: { id: 'billion-vnd', vi: 'tỷ đồng', en: 'billion VND' } },
  { kind: 'percent', decimals: 2, unit: { id: 'percent', vi: '%', en: '%' } },
];

const LAST_YEAR = 2024;

/** Release dates of the synthetic versions: the 15th of each month of 2025. */
const syntheticVersionIds = (n: number): string[] => Array.from({ length: n }, (_, v) => `2025-${pad(v + 1, 2)}-15`);

/**
 * District codes: first the codes of the real boundaries (data/geo), so that every outline
 * the site's maps draw has an area (as in the real data), then unused 3-digit codes in order.
 */
export function syntheticDistrictCodes(n: number): string[] {
  const geo = JSON.parse(readFileSync(join(REAL_DATA, 'geo/districts-pre2025.geojson'), 'utf8')) as { features: { properties: { gso_code: string } }[] };
  const real = [...new Set(geo.features.map((f) => f.properties.gso_code))].sort();
  const taken = new Set(real);
  const more = Array.from({ length: 999 }, (_, k) => pad(k + 1, 3)).filter((c) => !taken.has(c));
  return [...real, ...more].slice(0, n).sort();
}

/**
 * Writes a synthetic data folder into `dir` (created; must not be data/ and should be
 * empty). Returns its size. With `release`, runs the real loader to compute the lock, the
 * way `npm run release` does, so every version is published by the site build.
 */
export function generateSyntheticData(dir: string, options: SyntheticOptions): SyntheticSummary {
  assertNotRealData(dir);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: generate into a fresh folder`);
  const nAreas = options.areas ?? 126;
  const nIndicators = options.indicators ?? 60;
  const nYears = options.years ?? 15;
  const nVersions = options.versions ?? 2;
  if (nAreas < 2 || nAreas > 1000) throw new Error(`areas: expected 2–1000, got ${nAreas}`);
  if (nYears < 1 || nYears > 50) throw new Error(`years: expected 1–50, got ${nYears}`);
  if (nVersions < 1 || nVersions > 12) throw new Error(`versions: expected 1–12, got ${nVersions}`);
  const random = rng(options.seed);
  const firstYear = LAST_YEAR - nYears + 1;
  const validFrom = `${firstYear}-01-01`;
  mkdirSync(dir, { recursive: true });

  write(dir, 'SYNTHETIC.md', [
    '# SYNTHETIC data folder (benchmark)',
    '',
    'Every value, name and source in this folder is invented by `bench/synthetic.ts`',
    `(seed ${options.seed}, ${nAreas} areas × ${nIndicators} indicators × ${nYears} years × ${nVersions} versions).`,
    'Nothing here describes Hanoi. Only `geo/` is a copy of the real boundaries (see geo/SOURCE.md).',
    '',
  ].join('\n'));
  write(dir, 'LICENSE.md', '# SYNTHETIC data (benchmark)\n\nInvented values for performance measurements; not a publication.\n');

  // ---- sources: one per indicator version, one for the registries ----------------------
  const versionIds = syntheticVersionIds(nVersions);
  const registrySource = 'synthetic-bench-registry';
  const sourceId = (ind: number, v: number) => `synthetic-bench-i${pad(ind, 3)}-v${v + 1}`;
  let sources = csvLine(['id', 'publisher', 'title', 'date', 'url', 'language', 'kind', 'note']);
  sources += csvLine([registrySource, SYNTHETIC_PUBLISHER, 'Synthetic area registry', '2025', 'https://synthetic.invalid/bench/registry', 'en', 'dataset', 'SYNTHETIC: invented by bench/synthetic.ts; not a real source']);
  for (let i = 1; i <= nIndicators; i++) {
    for (let v = 0; v < nVersions; v++) {
      sources += csvLine([sourceId(i, v), SYNTHETIC_PUBLISHER, `Synthetic indicator ${i}, release ${v + 1}`, versionIds[v]!, `https://synthetic.invalid/bench/i${pad(i, 3)}/v${v + 1}`, 'vi', 'dataset', 'SYNTHETIC: invented values for the benchmark']);
    }
  }
  write(dir, 'sources/synthetic.csv', sources);

  // ---- areas: the city and nAreas − 1 districts ---------------------------------------------
  const districts = syntheticDistrictCodes(nAreas - 1);
  let areas = csvLine(['code', 'level', 'type', 'name_vi', 'name_full_vi', 'name_en', 'slug', 'valid_from', 'valid_to', 'communes_2025_03_01']);
  areas += csvLine(['01', 'city', 'city', 'Thành phố tổng hợp', 'Thành phố tổng hợp (dữ liệu giả lập)', 'Synthetic city', 'synthetic-city', validFrom, '', '']);
  const types = ['quan', 'huyen', 'thi-xa'] as const;
  const communesBefore: number[] = [];
  for (const [k, code] of districts.entries()) {
    const type = types[k % 7 === 6 ? 2 : k % 2]!;
    const word = { quan: 'Quận', huyen: 'Huyện', 'thi-xa': 'Thị xã' }[type];
    const communes = 5 + Math.floor(random() * 25);
    communesBefore.push(communes);
    areas += csvLine([code, 'district', type, `Tổng hợp ${code}`, `${word} Tổng hợp ${code} (giả lập)`, `Synthetic ${code}`, `synthetic-${code}`, validFrom, '2025-06-30', communes]);
  }
  write(dir, 'areas/areas.csv', areas);

  const nCommunes = 126;
  const phuong = 51;
  let communes = csvLine(['code', 'type', 'name_vi', 'name_en', 'slug', 'valid_from']);
  for (let c = 0; c < nCommunes; c++) {
    const code = pad(90001 + c, 5);
    const type = c < phuong ? 'phuong' : 'xa';
    communes += csvLine([code, type, `${type === 'phuong' ? 'Phường' : 'Xã'} tổng hợp ${c + 1}`, `Synthetic ${type === 'phuong' ? 'ward' : 'commune'} ${c + 1}`, `synthetic-unit-${c + 1}`, '2025-07-01']);
  }
  write(dir, 'areas/communes-2025.csv', communes);

  let successors = csvLine(['district_code', 'commune_code', 'coverage', 'old_units_whole', 'old_units_partial']);
  for (const [k, code] of districts.entries()) {
    const first = pad(90001 + (k % nCommunes), 5);
    const second = pad(90001 + ((k + 1) % nCommunes), 5);
    if (k % 5 === 4) {
      successors += csvLine([code, first, 'partial', communesBefore[k]! - 2, 1]);
      successors += csvLine([code, second, 'partial', 1, 1]);
    } else successors += csvLine([code, first, 'full', communesBefore[k]!, 0]);
  }
  write(dir, 'areas/district-successors.csv', successors);

  write(dir, 'areas/reform-2025.json', stringifyJson({
    schemaVersion: 1,
    effective: '2025-07-01',
    resolution: 'SYNTHETIC-0000',
    resolutionDate: '2025-06-16',
    communeLevelUnits: nCommunes,
    phuong,
    xa: nCommunes - phuong,
    communeLevelUnitsBefore: communesBefore.reduce((a, b) => a + b, 0),
    districtLevelAbolished: true,
    sources: [registrySource],
    summary: {
      vi: 'Cải cách hành chính giả lập cho phép đo hiệu năng (dữ liệu tổng hợp).',
      en: 'A synthetic administrative reform for the benchmark (invented data).',
    },
  }));

  // The real boundaries: the site's maps need them; synthetic codes that match no feature
  // are simply not drawn.
  mkdirSync(join(dir, 'geo'), { recursive: true });
  for (const f of ['districts-pre2025.geojson', 'SOURCE.md']) copyFileSync(join(REAL_DATA, 'geo', f), join(dir, 'geo', f));

  // ---- indicators ------------------------------------------------------------------------------
  let observationRows = 0;
  const header = csvLine(['area', 'period', 'measure', 'value', 'comparator', 'upper', 'flag', 'source', 'formula', 'note_vi', 'note_en']);
  for (let i = 1; i <= nIndicators; i++) {
    const id = `synthetic_${pad(i, 3)}`;
    const { kind, decimals, unit } = KINDS[(i - 1) % KINDS.length]!;
    const withPlan = kind === 'count' && i % 2 === 1;
    const meta: IndicatorMeta = {
      id,
      topic: TOPICS[(i - 1) % TOPICS.length]!,
      title: { vi: `Chỉ tiêu tổng hợp ${i}`, en: `Synthetic indicator ${i}` },
      description: { vi: `Chỉ tiêu giả lập số ${i} cho phép đo hiệu năng.`, en: `Invented indicator number ${i} for the benchmark.` },
      definition: { vi: 'Dữ liệu tổng hợp, không phải số liệu thật.', en: 'Synthetic data, not real figures.' },
      unit,
      kind,
      decimals,
      higherIsBetter: i % 3 === 0 ? null : i % 3 === 1,
      geographies: ['city', 'district'],
      breaks: i % 10 === 0 ? [{ date: `${firstYear + Math.floor(nYears / 2)}-01-01`, title: { vi: 'Đổi phương pháp (giả lập)', en: 'Method change (synthetic)' }, explanation: { vi: 'Điểm gãy giả lập.', en: 'A synthetic series break.' } }] : [],
      notes: { vi: 'Dữ liệu tổng hợp.', en: 'SYNTHETIC data.' },
      licence: 'CC-BY-4.0',
      temporal: kind === 'count' ? 'flow' : 'stock',
    };

    // One random walk per area, then each version revises a few values.
    const base = kind === 'count' ? 1000 + random() * 200_000 : kind === 'money' ? 50 + random() * 5000 : 5 + random() * 60;
    const series = new Map<string, number[]>();
    for (const area of ['01', ...districts]) {
      const scale = area === '01' ? 1 : kind === 'percent' ? 0.6 + random() * 0.8 : (0.3 + random()) / (nAreas - 1) * 2;
      let x = base * scale;
      const values: number[] = [];
      for (let y = 0; y < nYears; y++) {
        x *= 1 + (random() - 0.45) * 0.12;
        if (kind === 'percent') x = Math.min(99, Math.max(0.1, x));
        values.push(x);
      }
      series.set(area, values);
    }
    const fmt = (x: number) => (decimals === 0 ? String(Math.max(0, Math.round(x))) : x.toFixed(decimals));

    for (let v = 0; v < nVersions; v++) {
      const src = sourceId(i, v);
      let csv = header;
      for (const [area, values] of series) {
        for (let y = 0; y < nYears; y++) {
          const revised = v > 0 && random() < 0.02;
          let x = values[y]! * (revised ? 1 + (random() - 0.5) * 0.05 * v : 1);
          if (kind === 'percent') x = Math.min(99, x);
          const value = fmt(x);
          const year = String(firstYear + y);
          const r = random();
          if (r < 0.03) {
            // Derived: the checker evaluates the formula and compares it with the value.
            csv += csvLine([area, year, 'actual', value, '', '', 'derived', src, `${fmt(Number(value) * 2)} / 2`, 'Giá trị tính toán (tổng hợp)', 'Computed value (synthetic)']);
          } else if (r < 0.04) {
            csv += csvLine([area, year, 'actual', value, '', '', 'reported', src, '', 'Ghi chú tổng hợp, có dấu phẩy', 'Synthetic note, with a comma']);
          } else {
            csv += csvLine([area, year, 'actual', value, '', '', 'reported', src, '', '', '']);
          }
          observationRows++;
          if (withPlan && area === '01') {
            const actual = Number(value);
            const plan = Math.round(actual / (0.9 + random() * 0.3) / 1000) * 1000 || 1000;
            csv += csvLine([area, year, 'plan', plan, '', '', 'reported', src, '', '', '']);
            csv += csvLine([area, year, 'pct_of_plan', ((actual / plan) * 100).toFixed(1), '', '', 'reported', src, '', '', '']);
            observationRows += 2;
          }
        }
      }
      const vRel = `indicators/${id}/${versionIds[v]}`;
      write(dir, `${vRel}/observations.csv`, csv);
      write(dir, `${vRel}/indicator.json`, stringifyJson({ schemaVersion: 1, ...meta }));
      const notes = v === 0
        ? { vi: 'Bản phát hành tổng hợp đầu tiên.', en: 'First synthetic release.' }
        : { vi: `Bản phát hành tổng hợp ${v + 1}: sửa khoảng 2% giá trị.`, en: `Synthetic release ${v + 1}: about 2% of the values revised.` };
      write(dir, `${vRel}/datapackage.json`, stringifyJson(versionDatapackage(meta, versionIds[v]!, notes)));
    }
  }

  let lockSeconds = 0;
  if (options.release ?? true) {
    const t0 = performance.now();
    const { problems, digests } = loadData(dir);
    lockSeconds = (performance.now() - t0) / 1000;
    if (problems.size > 0) throw new Error(`the synthetic folder has ${problems.size} problems, first: ${problems.items[0]!.file}:${problems.items[0]!.line ?? ''} ${problems.items[0]!.message}`);
    write(dir, LOCK_FILE, lockText(dir, digests));
  }
  return { dir, areas: nAreas, indicators: nIndicators, years: nYears, versions: nVersions, observationRows, lockSeconds };
}

/** releases.lock.json for the digests loadData found, as scripts/release.ts writes it (line digests of every CSV). */
export function lockText(dir: string, digests: LoadResult['digests']): string {
  const sortKeys = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return stringifyJson({
    schemaVersion: 1,
    files: sortKeys(digests.files),
    lines: sortKeys(Object.fromEntries(Object.keys(digests.files).filter((k) => k.endsWith('.csv')).map((k) => [k, lineDigests(readFileSync(join(dir, k)))]))),
    rows: Object.fromEntries(Object.entries(digests.rows).map(([k, v]) => [k, sortKeys(v)])),
  });
}

/**
 * A folder with one indicator whose single version holds `rows` observations (daily
 * points in time over 126 areas, actual then estimated, plus the city's plans and % of plan),
 * for the checker-throughput run. Not released: the checker treats it as a draft.
 */
export function generateLargeObservations(dir: string, rows: number, seed: number): { file: string; rows: number } {
  assertNotRealData(dir);
  generateSyntheticData(dir, { seed, areas: 126, indicators: 1, years: 15, versions: 1, release: false });
  const random = rng(seed ^ 0x5eed);
  const vid = syntheticVersionIds(1)[0]!;
  const src = 'synthetic-bench-i001-v1';
  const areas = ['01', ...syntheticDistrictCodes(125)];
  const parts: string[] = [csvLine(['area', 'period', 'measure', 'value', 'comparator', 'upper', 'flag', 'source', 'formula', 'note_vi', 'note_en'])];
  let n = 0;
  // City plans first: 15 years of actual, plan and % of plan (the cross-check the checker does).
  for (let y = 2010; y <= 2024 && n + 3 <= rows; y++) {
    const actual = 100_000 + Math.round(random() * 100_000);
    const plan = 120_000;
    parts.push(csvLine(['01', y, 'actual', actual, '', '', 'reported', src, '', '', '']), csvLine(['01', y, 'plan', plan, '', '', 'reported', src, '', '', '']),
      csvLine(['01', y, 'pct_of_plan', ((actual / plan) * 100).toFixed(1), '', '', 'reported', src, '', '', '']));
    n += 3;
  }
  // Then points in time: every day of 2010–2024 for each area, as actual values, then as
  // estimates, until the row count is met.
  const day0 = Date.UTC(2010, 0, 1);
  const days = Math.round((Date.UTC(2025, 0, 1) - day0) / 86_400_000);
  outer: for (const measure of ['actual', 'estimate']) {
    for (let d = 0; d < days; d++) {
      const date = new Date(day0 + d * 86_400_000).toISOString().slice(0, 10);
      for (const area of areas) {
        if (n >= rows) break outer;
        const value = Math.round(random() * 50_000);
        const r = random();
        if (r < 0.02) parts.push(csvLine([area, date, measure, value, '', '', 'derived', src, `${value * 3} / 3`, 'Tính toán (tổng hợp)', 'Computed (synthetic)']));
        else if (r < 0.05) parts.push(csvLine([area, date, measure, value, '>', '', 'reported', src, '', '', '']));
        else parts.push(csvLine([area, date, measure, value, '', '', 'reported', src, '', '', '']));
        n++;
      }
    }
  }
  if (n < rows) throw new Error(`only ${n} distinct rows fit; ask for fewer`);
  const rel = `indicators/synthetic_001/${vid}/observations.csv`;
  // Replace the small version written above with the large one (same version id).
  const existing = readdirSync(join(dir, 'indicators/synthetic_001'));
  if (!existing.includes(vid)) throw new Error(`expected version ${vid} in the generated folder, found ${existing.join(', ')}`);
  write(dir, rel, parts.join(''));
  return { file: join(dir, rel), rows: n };
}
