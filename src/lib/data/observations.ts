/**
 * The rows of one version's observations.csv, checked against the Table Schema its
 * descriptor carries and against the registries, then cross-checked: a stated % of plan
 * or % change must agree with the values it restates.
 */
import type { CsvTable } from './csv.ts';
import { evaluateFormula } from './formula.ts';
import type { Area, Dataset, IndicatorMeta, Observation } from './model.ts';
import { decimalsOf, parseCanonicalNumber } from './number.ts';
import { parsePeriod } from './period.ts';
import type { ProblemList } from './problems.ts';
import { checkCell, type Comparator, type Flag, type Measure, type TableField, type TableSchema } from './schema.ts';

/** Measures set for a full year only. */
const YEARLY: ReadonlySet<Measure> = new Set(['plan', 'target', 'pct_of_plan', 'pct_change']);
/** Measures whose value is a percentage, whatever the indicator's unit. */
const PERCENTAGES: ReadonlySet<Measure> = new Set(['pct_of_plan', 'pct_change']);

interface CheckedColumns {
  /** Columns checked by their Table Schema constraints alone, each with a cache of verdicts. */
  cells: { field: TableField; index: number; verdicts: Map<string, string | undefined> }[];
  period: TableField;
}

/**
 * Numbers and periods get their own parsers and hints; the period pattern is checked after
 * parsing. A column's values repeat (a handful of areas, measures, flags and sources in a
 * million rows), so each distinct value is checked once per file.
 */
function columnsOf(schema: TableSchema): CheckedColumns {
  const cells = schema.fields
    .map((field, index) => ({ field, index, verdicts: new Map<string, string | undefined>() }))
    .filter(({ field }) => field.constraints !== undefined && field.name !== 'value' && field.name !== 'upper' && field.name !== 'period');
  return { cells, period: schema.fields.find((f) => f.name === 'period')! };
}

export interface ObservationContext {
  file: string;
  meta: IndicatorMeta;
  schema: TableSchema;
  data: Dataset;
  areas: ReadonlyMap<string, Area>;
  problems: ProblemList;
}

/**
 * Finds rows with the same key (area, period, measure, source) without a string or map
 * entry per row: each part becomes a small integer the first time it is seen, the four
 * are packed into one number, and the numbers of a file are sorted once. Only keys that
 * occur twice are then looked up again, to name the first line of each.
 */
class RowKeys {
  private readonly parts = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  /** Bits per part: up to 2,048 areas, a million periods, 16 measures, 32,768 sources (2^50 in all). */
  private static readonly BITS = [11, 20, 4, 15] as const;
  private packed: Float64Array;
  private count = 0;
  /** Keys too large to pack (more distinct values than the bits allow): checked with strings. */
  private readonly overflow = new Map<string, number>();

  constructor(rows: number) {
    this.packed = new Float64Array(rows);
  }

  private id(part: number, value: string): number {
    const map = this.parts[part]!;
    let id = map.get(value);
    if (id === undefined) map.set(value, (id = map.size));
    return id;
  }

  /** The packed key of a row, or -1 when a part has too many distinct values. */
  key(area: string, period: string, measure: string, source: string): number {
    const a = this.id(0, area), p = this.id(1, period), m = this.id(2, measure), s = this.id(3, source);
    const B = RowKeys.BITS;
    if (a >= 2 ** B[0] || p >= 2 ** B[1] || m >= 2 ** B[2] || s >= 2 ** B[3]) return -1;
    return ((a * 2 ** B[1] + p) * 2 ** B[2] + m) * 2 ** B[3] + s;
  }

  /** Records a row; returns the line of an earlier row with the same key when that is known now (overflowing keys only). */
  add(key: number, fallback: () => string, line: number): number | undefined {
    if (key >= 0) { this.packed[this.count++] = key; return undefined; }
    const k = fallback();
    const first = this.overflow.get(k);
    if (first === undefined) this.overflow.set(k, line);
    return first;
  }

  /** Packed keys that occur more than once. */
  repeated(): Set<number> {
    const sorted = this.packed.subarray(0, this.count).sort();
    const out = new Set<number>();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) out.add(sorted[i]!);
    return out;
  }
}

/**
 * A copy of a string that does not hold on to the text it was cut from. Papaparse returns
 * each field as a slice of the whole file's text, and in V8 a slice of 13 characters or
 * more keeps that text alive: one note kept in the model would keep its whole file in
 * memory for as long as the dataset lives (a build). Joining forces a flat copy, and
 * slicing that copy keeps only the copy.
 */
const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

export function checkObservations(table: CsvTable, cx: ObservationContext): Observation[] {
  const { file, meta, data, areas, problems } = cx;
  // What the model keeps of the file: area codes and source ids from the registries, one
  // detached copy per distinct measure, flag, comparator and note (they repeat), and a
  // detached formula. Then neither the file's text nor a string per cell outlives the load.
  const copies = new Map<string, string>();
  const vocabulary = (s: string): string => {
    let c = copies.get(s);
    if (c === undefined) copies.set(s, (c = detached(s)));
    return c;
  };
  const columns = columnsOf(cx.schema);
  const out: Observation[] = [];
  const keys = new RowKeys(table.records.length);
  /** Packed key of each row (NaN where the row was not keyed), to find repeated keys after the pass. */
  const rowKey = new Float64Array(table.records.length).fill(Number.NaN);
  /** Index in `out` of each row's observation, or -1. */
  const outIndex = new Int32Array(table.records.length).fill(-1);
  /** area|period of rows rejected here: their dependants are not reported again. */
  const rejected = new Set<string>();
  const integer = meta.kind === 'count' || meta.kind === 'year';
  const valueRules = { integer, maxDecimals: meta.decimals };
  const pctRules = { integer: false, maxDecimals: 2 };
  const { records, lines } = table;

  // Rows are read by position (the header order was checked): no per-row record or closure,
  // which matters at a million rows.
  let line = 0;
  const at = (col: string, msg: string) => problems.add(file, msg, line, col);
  for (let r = 0; r < records.length; r++) {
    line = lines[r]!;
    const f = records[r]!;
    const vArea = f[0]!, vPeriod = f[1]!, vMeasure = f[2]!, vValue = f[3]!, vComparator = f[4]!, vUpper = f[5]!;
    const vFlag = f[6]!, vSource = f[7]!, vFormula = f[8]!, vNoteVi = f[9]!, vNoteEn = f[10]!;
    let ok = true;
    for (let i = 0; i < columns.cells.length; i++) {
      const c = columns.cells[i]!;
      const cell = f[c.index]!;
      let msg = c.verdicts.get(cell);
      if (msg === undefined && !c.verdicts.has(cell)) c.verdicts.set(cell, (msg = checkCell(c.field, cell)));
      if (msg) { at(c.field.name, msg); ok = false; }
    }
    const measure = vMeasure as Measure;
    const rules = PERCENTAGES.has(measure) ? pctRules : valueRules;
    const value = parseCanonicalNumber(vValue, rules);
    if (typeof value === 'string') { at('value', value); ok = false; }

    const period = parsePeriod(vPeriod);
    if (typeof period === 'string') { at('period', vPeriod ? period : 'required value is empty'); ok = false; }
    else {
      const msg = checkCell(columns.period, vPeriod);
      if (msg) { at('period', `${msg} (a newer form: give the version the current Table Schema)`); ok = false; }
    }

    const area = areas.get(vArea);
    if (vArea && !area) { at('area', `unknown area code "${vArea}" (not in areas/areas.csv)`); ok = false; }
    else if (area && typeof period !== 'string') {
      if (area.validTo && period.end > area.validTo) {
        at('period', `${area.nameVi} (${area.code}) existed until ${area.validTo}; this period ends ${period.end}. District values after the 1 July 2025 reform are not allowed`);
        ok = false;
      } else if (period.start < area.validFrom) {
        at('period', `${area.nameVi} (${area.code}) is valid from ${area.validFrom}; this period starts ${period.start}`);
        ok = false;
      }
      if (!meta.geographies.includes(area.level)) {
        at('area', `indicator.json declares geographies ${meta.geographies.join(', ')}, but this row is for a ${area.level}`);
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

    const key = keys.key(vArea, vPeriod, vMeasure, vSource);
    if (key >= 0) rowKey[r] = key;
    const first = keys.add(key, () => `${vArea}|${vPeriod}|${vMeasure}|${vSource}`, line);
    if (first !== undefined) { problems.add(file, `duplicate row: same area, period, measure and source as line ${first}`, line); ok = false; }

    if (!ok || typeof value === 'string' || typeof period === 'string') { rejected.add(`${vArea}|${vPeriod}`); continue; }
    if (YEARLY.has(measure) && period.kind !== 'year') {
      at('period', `a ${measure} is set for a full year (YYYY), got "${period.id}"`);
      continue;
    }
    const obs: Observation = {
      area: area?.code ?? vArea, period, measure: vocabulary(vMeasure) as Measure, value, comparator: vocabulary(vComparator) as Comparator,
      flag: vocabulary(vFlag) as Flag, source: data.sources.get(vSource)?.id ?? detached(vSource), line,
    };
    if (upper !== undefined) obs.upper = upper;
    if (vFormula) obs.formula = detached(vFormula);
    if (vNoteVi) obs.note = { vi: vocabulary(vNoteVi), en: vocabulary(vNoteEn) };
    outIndex[r] = out.push(obs) - 1;
  }
  const kept = dropRepeatedRows(out, keys.repeated(), rowKey, outIndex, lines, (msg, at) => problems.add(file, msg, at));
  crossCheckStatedPercentages(kept, file, problems);
  return kept;
}

/**
 * Reports every row whose key an earlier row has, naming that row's line, and leaves the
 * repeats out of the model (the first row stands).
 */
function dropRepeatedRows(
  out: Observation[], repeated: ReadonlySet<number>, rowKey: Float64Array, outIndex: Int32Array, lines: readonly number[],
  report: (message: string, line: number) => void,
): Observation[] {
  if (repeated.size === 0) return out;
  const firstLine = new Map<number, number>();
  const dropped = new Set<number>();
  for (let r = 0; r < rowKey.length; r++) {
    const key = rowKey[r]!;
    if (!repeated.has(key)) continue;
    const first = firstLine.get(key);
    if (first === undefined) { firstLine.set(key, lines[r]!); continue; }
    report(`duplicate row: same area, period, measure and source as line ${first}`, lines[r]!);
    if (outIndex[r]! >= 0) dropped.add(outIndex[r]!);
  }
  return out.filter((_, i) => !dropped.has(i));
}

/**
 * A % the source states is kept as data with its source. Where the values it restates are
 * published too (exact actual and plan of that year; exact actuals of that year and the
 * one before), it must agree with them to the precision it is written with.
 */
function crossCheckStatedPercentages(out: readonly Observation[], file: string, problems: ProblemList): void {
  const stated = out.filter((o) => (o.measure === 'pct_of_plan' || o.measure === 'pct_change') && o.comparator === '');
  if (stated.length === 0) return;
  // Only the values a stated % restates are looked up: a handful, even in a large file.
  const wanted = new Set<string>();
  for (const o of stated) {
    wanted.add(`${o.area}|${o.period.id}|actual`);
    wanted.add(o.measure === 'pct_of_plan' ? `${o.area}|${o.period.id}|plan` : `${o.area}|${o.period.year - 1}|actual`);
  }
  const exact = new Map<string, Observation>();
  for (const o of out) {
    if (o.comparator !== '' || (o.measure !== 'actual' && o.measure !== 'plan')) continue;
    const k = `${o.area}|${o.period.id}|${o.measure}`;
    if (wanted.has(k) && !exact.has(k)) exact.set(k, o);
  }
  const agrees = (pct: Observation, computed: number) => Math.abs(computed - pct.value) <= 0.5 * 10 ** -decimalsOf(String(pct.value)) + 1e-9;
  for (const pct of stated) {
    if (pct.measure === 'pct_of_plan') {
      const actual = exact.get(`${pct.area}|${pct.period.id}|actual`);
      const plan = exact.get(`${pct.area}|${pct.period.id}|plan`);
      if (!actual || !plan) continue;
      const computed = (actual.value / plan.value) * 100;
      if (!agrees(pct, computed)) {
        problems.add(file, `pct_of_plan ${pct.value} disagrees with actual ÷ plan = ${actual.value} ÷ ${plan.value} = ${computed.toFixed(2)}% (lines ${actual.line}, ${plan.line})`, pct.line, 'value');
      }
    } else {
      const now = exact.get(`${pct.area}|${pct.period.id}|actual`);
      const before = exact.get(`${pct.area}|${pct.period.year - 1}|actual`);
      if (!now || !before) continue;
      const computed = (now.value / before.value - 1) * 100;
      if (!agrees(pct, computed)) {
        problems.add(file, `pct_change ${pct.value} disagrees with ${now.value} ÷ ${before.value} − 1 = ${computed.toFixed(2)}% (lines ${now.line}, ${before.line})`, pct.line, 'value');
      }
    }
  }
}
