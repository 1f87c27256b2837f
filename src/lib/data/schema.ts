/**
 * The Frictionless Table Schema of `observations.csv`. Every version's datapackage.json
 * carries it; the checker enforces the descriptor's schema on the rows and refuses a
 * descriptor whose schema drifts from this one (a loosened schema would let bad data in).
 * Foreign keys (area → areas registry, source → sources registry) point outside the
 * package, which Table Schema cannot express; the loader enforces them.
 */
export const OBSERVATION_COLUMNS = [
  'area', 'period', 'measure', 'value', 'comparator', 'upper', 'flag', 'source', 'formula', 'note_vi', 'note_en',
] as const;
export type ObservationColumn = (typeof OBSERVATION_COLUMNS)[number];

export { COMPARATORS, FLAGS, MEASURES, type Comparator, type Flag, type Measure } from './vocabulary.ts';
import { COMPARATORS, FLAGS, MEASURES } from './vocabulary.ts';

export interface TableField {
  name: string;
  type: 'string' | 'number';
  description: string;
  format?: string;
  decimalChar?: string;
  groupChar?: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey: string[];
  missingValues: string[];
}

/**
 * The Table Schema of the first releases (2023-01-14, 2026-11-26). Released descriptors
 * carry it and never change, so it stays known: their rows are checked against it.
 */
export const OBSERVATION_SCHEMA_V1: TableSchema = {
  fields: [
    { name: 'area', type: 'string', description: 'GSO code of the area: 01 for the city, 3 digits for a district', constraints: { required: true, pattern: '\\d{2}|\\d{3}|\\d{5}' } },
    { name: 'period', type: 'string', description: 'YYYY full year; YYYY-MM/YYYY-MM months inclusive; YYYY-MM-DD point in time; YYYY-MM point within that month', constraints: { required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2}|/\\d{4}-\\d{2})?)?' } },
    { name: 'measure', type: 'string', description: 'actual, estimate, plan, target, or the % of plan the source states', constraints: { required: true, enum: MEASURES.slice(0, 5) } },
    { name: 'value', type: 'number', description: 'the value, in the indicator unit (% for pct_of_plan)', decimalChar: '.', groupChar: '', constraints: { required: true } },
    { name: 'comparator', type: 'string', description: 'empty for an exact value; <, <=, >, >= for a bound; range with upper', constraints: { enum: ['', '<', '<=', '>', '>=', 'range'] } },
    { name: 'upper', type: 'number', description: 'upper bound, only with comparator range', decimalChar: '.', groupChar: '' },
    { name: 'flag', type: 'string', description: 'provenance flag', constraints: { required: true, enum: FLAGS } },
    { name: 'source', type: 'string', description: 'id in the sources registry', constraints: { required: true, pattern: '[a-z0-9-]+' } },
    { name: 'formula', type: 'string', description: 'arithmetic behind a derived value' },
    { name: 'note_vi', type: 'string', description: 'note in Vietnamese' },
    { name: 'note_en', type: 'string', description: 'note in English' },
  ],
  primaryKey: ['area', 'period', 'measure', 'source'],
  missingValues: [''],
};

/**
 * The current Table Schema (from the 2026-11-29 releases): periods known only to their
 * year (`2016-XX`), the stated % change and reference levels as measures, and `~` for
 * approximate values.
 */
export const OBSERVATION_SCHEMA: TableSchema = {
  ...OBSERVATION_SCHEMA_V1,
  fields: OBSERVATION_SCHEMA_V1.fields.map((f): TableField => {
    switch (f.name) {
      case 'period': return { ...f, description: 'YYYY full year; YYYY-MM/YYYY-MM months inclusive; YYYY-MM-DD point in time; YYYY-MM point within that month; YYYY-XX point within that year, month and day unknown', constraints: { required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2}|/\\d{4}-\\d{2})?|-XX)?' } };
      case 'measure': return { ...f, description: 'actual, estimate, plan, target, the % of plan or the % change on the previous year the source states, or a reference level set by another authority', constraints: { required: true, enum: MEASURES } };
      case 'value': return { ...f, description: 'the value, in the indicator unit (% for pct_of_plan and pct_change)' };
      case 'comparator': return { ...f, description: 'empty for an exact value; <, <=, >, >= for a bound; ~ for about; range with upper', constraints: { enum: COMPARATORS } };
      default: return f;
    }
  }),
};

/** Every schema a released descriptor may carry, oldest first; new versions use the last. */
export const OBSERVATION_SCHEMAS: readonly TableSchema[] = [OBSERVATION_SCHEMA_V1, OBSERVATION_SCHEMA];

/** Why `schema` differs from `known`, or undefined when it does not. */
function driftFrom(schema: Partial<TableSchema>, known: TableSchema): string | undefined {
  const names = (schema.fields ?? []).map((f) => (f as TableField).name);
  if (names.join(',') !== OBSERVATION_COLUMNS.join(',')) {
    return `schema fields are ${names.join(',')}; expected ${OBSERVATION_COLUMNS.join(',')}`;
  }
  for (const [i, f] of (schema.fields ?? []).entries()) {
    const want = known.fields[i]!;
    if (JSON.stringify(f) !== JSON.stringify(want)) return `field "${want.name}" differs from the canonical schema`;
  }
  if (JSON.stringify(schema.primaryKey) !== JSON.stringify(known.primaryKey)) return 'primaryKey differs from the canonical schema';
  return undefined;
}

const differingFields = (schema: Partial<TableSchema>, known: TableSchema) =>
  known.fields.filter((f, i) => JSON.stringify(schema.fields?.[i]) !== JSON.stringify(f)).length;

/**
 * The known schema a descriptor carries, or why it carries none: the difference from the
 * closest known schema (a loosened schema would let bad data in).
 */
export function knownSchema(schema: unknown): TableSchema | string {
  if (typeof schema !== 'object' || schema === null) return 'resource has no schema';
  const s = schema as Partial<TableSchema>;
  if (!Array.isArray(s.fields)) return 'schema has no fields';
  const match = OBSERVATION_SCHEMAS.find((known) => driftFrom(s, known) === undefined);
  if (match) return match;
  const closest = [...OBSERVATION_SCHEMAS].sort((a, b) => differingFields(s, a) - differingFields(s, b))[0]!;
  return driftFrom(s, closest)!;
}

const patternCache = new Map<string, RegExp>();
const fullMatch = (pattern: string) => {
  let re = patternCache.get(pattern);
  if (!re) patternCache.set(pattern, (re = new RegExp(`^(?:${pattern})$`)));
  return re;
};

/**
 * Checks one cell against a Table Schema field's string constraints (required, enum,
 * pattern). Numbers are parsed by the caller, which knows the indicator's rules and hints.
 */
export function checkCell(field: TableField, value: string): string | undefined {
  const c = field.constraints;
  if (value === '') return c?.required ? 'required value is empty' : undefined;
  if (c?.enum && !c.enum.includes(value)) return `expected one of ${c.enum.filter(Boolean).join(', ')}, got "${value}"`;
  if (c?.pattern && !fullMatch(c.pattern).test(value)) return `"${value}" does not match the pattern ${c.pattern}`;
  return undefined;
}
