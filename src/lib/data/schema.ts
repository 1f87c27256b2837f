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

export const MEASURES = ['actual', 'estimate', 'plan', 'target', 'pct_of_plan'] as const;
export type Measure = (typeof MEASURES)[number];

export const FLAGS = ['reported', 'reported-translation', 'derived', 'founding-article'] as const;
export type Flag = (typeof FLAGS)[number];

export const COMPARATORS = ['', '<', '<=', '>', '>=', 'range'] as const;
export type Comparator = (typeof COMPARATORS)[number];

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

export const OBSERVATION_SCHEMA: TableSchema = {
  fields: [
    { name: 'area', type: 'string', description: 'GSO code of the area: 01 for the city, 3 digits for a district', constraints: { required: true, pattern: '\\d{2}|\\d{3}|\\d{5}' } },
    { name: 'period', type: 'string', description: 'YYYY full year; YYYY-MM/YYYY-MM months inclusive; YYYY-MM-DD point in time; YYYY-MM point within that month', constraints: { required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2}|/\\d{4}-\\d{2})?)?' } },
    { name: 'measure', type: 'string', description: 'actual, estimate, plan, target, or the % of plan the source states', constraints: { required: true, enum: MEASURES } },
    { name: 'value', type: 'number', description: 'the value, in the indicator unit (% for pct_of_plan)', decimalChar: '.', groupChar: '', constraints: { required: true } },
    { name: 'comparator', type: 'string', description: 'empty for an exact value; <, <=, >, >= for a bound; range with upper', constraints: { enum: COMPARATORS } },
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

/** Why a schema differs from the canonical one, or undefined when it does not. */
export function schemaDrift(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null) return 'resource has no schema';
  const s = schema as Partial<TableSchema>;
  if (!Array.isArray(s.fields)) return 'schema has no fields';
  const names = s.fields.map((f) => (f as TableField).name);
  if (names.join(',') !== OBSERVATION_COLUMNS.join(',')) {
    return `schema fields are ${names.join(',')}; expected ${OBSERVATION_COLUMNS.join(',')}`;
  }
  for (const [i, f] of s.fields.entries()) {
    const want = OBSERVATION_SCHEMA.fields[i]!;
    if (JSON.stringify(f) !== JSON.stringify(want)) return `field "${want.name}" differs from the canonical schema`;
  }
  if (JSON.stringify(s.primaryKey) !== JSON.stringify(OBSERVATION_SCHEMA.primaryKey)) return 'primaryKey differs from the canonical schema';
  return undefined;
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
