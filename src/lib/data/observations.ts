/**
 * The rows of one version's observations.csv, checked against the Table Schema its
 * descriptor carries and against the registries, then cross-checked: a stated % of plan
 * or % change must agree with the values it restates.
 */
import type { CsvRow } from './csv.ts';
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
  /** Columns checked by their Table Schema constraints alone. */
  cells: { field: TableField; index: number }[];
  period: TableField;
}
const checkedColumns = new WeakMap<TableSchema, CheckedColumns>();

/** Numbers and periods get their own parsers and hints; the period pattern is checked after parsing. */
function columnsOf(schema: TableSchema): CheckedColumns {
  let c = checkedColumns.get(schema);
  if (!c) {
    const cells = schema.fields.map((field, index) => ({ field, index })).filter(({ field }) => field.name !== 'value' && field.name !== 'upper' && field.name !== 'period');
    checkedColumns.set(schema, (c = { cells, period: schema.fields.find((f) => f.name === 'period')! }));
  }
  return c;
}

export interface ObservationContext {
  file: string;
  meta: IndicatorMeta;
  schema: TableSchema;
  data: Dataset;
  areas: ReadonlyMap<string, Area>;
  problems: ProblemList;
}

export function checkObservations(rows: readonly CsvRow[], cx: ObservationContext): Observation[] {
  const { file, meta, data, areas, problems } = cx;
  const columns = columnsOf(cx.schema);
  const out: Observation[] = [];
  const keys = new Map<string, number>();
  /** area|period of rows rejected here: their dependants are not reported again. */
  const rejected = new Set<string>();
  const integer = meta.kind === 'count' || meta.kind === 'year';
  const valueRules = { integer, maxDecimals: meta.decimals };
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
    for (let i = 0; i < columns.cells.length; i++) {
      const c = columns.cells[i]!;
      const msg = checkCell(c.field, f[c.index]!);
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

    const key = `${vArea}|${vPeriod}|${vMeasure}|${vSource}`;
    const first = keys.get(key);
    if (first !== undefined) { problems.add(file, `duplicate row: same area, period, measure and source as line ${first}`, line); ok = false; }
    else keys.set(key, line);

    if (!ok || typeof value === 'string' || typeof period === 'string') { rejected.add(`${vArea}|${vPeriod}`); continue; }
    if (YEARLY.has(measure) && period.kind !== 'year') {
      at('period', `a ${measure} is set for a full year (YYYY), got "${period.id}"`);
      continue;
    }
    const obs: Observation = { area: vArea, period, measure, value, comparator, flag, source: vSource, line };
    if (upper !== undefined) obs.upper = upper;
    if (vFormula) obs.formula = vFormula;
    if (vNoteVi) obs.note = { vi: vNoteVi, en: vNoteEn };
    out.push(obs);
  }
  crossCheckStatedPercentages(out, file, problems);
  return out;
}

/**
 * A % the source states is kept as data with its source. Where the values it restates are
 * published too (exact actual and plan of that year; exact actuals of that year and the
 * one before), it must agree with them to the precision it is written with.
 */
function crossCheckStatedPercentages(out: readonly Observation[], file: string, problems: ProblemList): void {
  const exact = new Map<string, Observation>();
  for (const o of out) {
    if (o.comparator !== '' || (o.measure !== 'actual' && o.measure !== 'plan')) continue;
    const k = `${o.area}|${o.period.id}|${o.measure}`;
    if (!exact.has(k)) exact.set(k, o);
  }
  const agrees = (stated: Observation, computed: number) => Math.abs(computed - stated.value) <= 0.5 * 10 ** -decimalsOf(String(stated.value)) + 1e-9;
  for (const pct of out) {
    if (pct.measure === 'pct_of_plan') {
      const actual = exact.get(`${pct.area}|${pct.period.id}|actual`);
      const plan = exact.get(`${pct.area}|${pct.period.id}|plan`);
      if (!actual || !plan || pct.comparator !== '') continue;
      const computed = (actual.value / plan.value) * 100;
      if (!agrees(pct, computed)) {
        problems.add(file, `pct_of_plan ${pct.value} disagrees with actual ÷ plan = ${actual.value} ÷ ${plan.value} = ${computed.toFixed(2)}% (lines ${actual.line}, ${plan.line})`, pct.line, 'value');
      }
    } else if (pct.measure === 'pct_change') {
      const now = exact.get(`${pct.area}|${pct.period.id}|actual`);
      const before = exact.get(`${pct.area}|${pct.period.year - 1}|actual`);
      if (!now || !before || pct.comparator !== '') continue;
      const computed = (now.value / before.value - 1) * 100;
      if (!agrees(pct, computed)) {
        problems.add(file, `pct_change ${pct.value} disagrees with ${now.value} ÷ ${before.value} − 1 = ${computed.toFixed(2)}% (lines ${now.line}, ${before.line})`, pct.line, 'value');
      }
    }
  }
}
