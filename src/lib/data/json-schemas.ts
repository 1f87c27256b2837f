/**
 * Schemas of the JSON files in a data folder. Each is also the type of what it accepts
 * (`z.infer`), so a file is checked once, where it is read, and typed from then on.
 * Messages say what was expected in the words of data/README.md.
 */
import { z } from 'zod';
import { INDICATOR_KINDS, TEMPORALS, TOPICS } from './model.ts';
import { parsePeriod } from './period.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;

const got = (input: unknown) => (input === undefined ? 'nothing' : JSON.stringify(input));

/** The error of an object schema: its own words for a wrong type, and names for unknown keys. */
const objectError = (expected: string) => (iss: { code?: string; keys?: readonly string[] }) => {
  if (iss.code === 'unrecognized_keys') return `unknown field${iss.keys && iss.keys.length > 1 ? 's' : ''} ${(iss.keys ?? []).map((k) => `"${k}"`).join(', ')} (see data/README.md)`;
  return iss.code === 'invalid_type' ? expected : undefined;
};

/** A string that is not blank. */
const text = z.string({ error: 'expected a non-empty string' }).refine((s) => s.trim() !== '', 'expected a non-empty string');

/** An ISO date that exists in the calendar. */
export const isoDate = z
  .string({ error: (iss) => `expected an ISO date YYYY-MM-DD, got ${got(iss.input)}` })
  .refine((s) => ISO_DATE.test(s) && typeof parsePeriod(s) !== 'string', { error: (iss) => `expected an ISO date YYYY-MM-DD, got ${got(iss.input)}` });

const localizedShape = z.object({ vi: z.string(), en: z.string() }, { error: 'expected {"vi": "…", "en": "…"}' });

/** Text in both languages, both required (VI/EN parity). */
export const localized = localizedShape.refine((o) => o.vi.trim() !== '' && o.en.trim() !== '', 'both "vi" and "en" are required (VI/EN parity)');

/** Text in both languages or in neither. */
export const optionalLocalized = localizedShape.refine((o) => !o.vi.trim() === !o.en.trim(), 'give both "vi" and "en", or neither (VI/EN parity)');

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => `expected one of ${values.join(', ')}, got ${got(iss.input)}` });

const levels = z.array(oneOf(['city', 'district']), { error: 'expected a non-empty array of "city" / "district"' })
  .min(1, 'expected a non-empty array of "city" / "district"');

export const seriesBreakSchema = z.strictObject({
  date: isoDate,
  geographies: levels.optional(),
  title: localized,
  explanation: localized,
}, { error: objectError('expected a break {"date", "title", "explanation"}') });

/** `<version>/indicator.json`: an indicator's metadata as that version publishes it. */
export const indicatorMetaSchema = z.strictObject({
  schemaVersion: z.literal(1, { error: 'expected schemaVersion 1' }),
  id: z.string({ error: 'expected the indicator id' }).regex(/^[a-z0-9_]+$/, 'indicator ids use lowercase letters, digits and "_"'),
  topic: oneOf(TOPICS),
  title: localized,
  description: localized,
  definition: localized,
  unit: z.object({ id: text, vi: z.string(), en: z.string() }, { error: 'expected {"id": "…", "vi": "…", "en": "…"}' }),
  kind: oneOf(INDICATOR_KINDS),
  decimals: z.number({ error: 'expected a whole number from 0 to 6' }).int('expected a whole number from 0 to 6').min(0, 'expected a whole number from 0 to 6').max(6, 'expected a whole number from 0 to 6'),
  higherIsBetter: z.boolean({ error: 'expected true, false or null' }).nullable(),
  geographies: levels,
  breaks: z.array(seriesBreakSchema, { error: 'expected an array (empty when the series has no break)' }),
  notes: optionalLocalized,
  licence: text,
  temporal: oneOf(TEMPORALS).optional(),
}, { error: objectError('expected a JSON object') });
export type IndicatorMetaFile = z.infer<typeof indicatorMetaSchema>;

/**
 * `<version>/datapackage.json`: the parts the loader reads. Its observations schema is
 * compared with the known Table Schemas separately (schema.ts), which says which field drifted.
 */
export const versionDescriptorSchema = z.looseObject({
  version: z.string({ error: (iss) => `expected the version date (the folder name), got ${got(iss.input)}` }),
  'ansinh:notes': localized,
  resources: z.array(z.looseObject({ name: z.unknown(), path: z.unknown(), schema: z.unknown() }), { error: 'expected an array of resources' }),
}, { error: 'expected a JSON object' });

/** `areas/reform-2025.json`: the 1 July 2025 reform, as data. */
export const reformSchema = z.strictObject({
  schemaVersion: z.literal(1, { error: 'expected schemaVersion 1' }),
  effective: isoDate,
  resolution: text,
  resolutionDate: isoDate,
  communeLevelUnits: z.number({ error: 'expected a whole number ≥ 0' }).int('expected a whole number ≥ 0').min(0, 'expected a whole number ≥ 0'),
  phuong: z.number({ error: 'expected a whole number ≥ 0' }).int('expected a whole number ≥ 0').min(0, 'expected a whole number ≥ 0'),
  xa: z.number({ error: 'expected a whole number ≥ 0' }).int('expected a whole number ≥ 0').min(0, 'expected a whole number ≥ 0'),
  communeLevelUnitsBefore: z.number({ error: 'expected a whole number ≥ 0' }).int('expected a whole number ≥ 0').min(0, 'expected a whole number ≥ 0'),
  districtLevelAbolished: z.boolean({ error: 'expected true or false' }),
  sources: z.array(z.string(), { error: 'expected an array of strings' }),
  summary: localized,
}, { error: objectError('expected a JSON object') });

const digests = z.record(z.string(), z.string().regex(SHA256, 'expected a sha256 hex digest'), { error: 'expected an object of sha256 digests' });

/** `releases.lock.json`: what `npm run release` writes (see lock.ts). */
export const lockSchema = z.object({
  schemaVersion: z.literal(1, { error: 'expected {"schemaVersion": 1, "files": {path: sha256}, "rows": {registry: {key: sha256}}}' }),
  files: digests,
  lines: z.record(z.string(), z.string().regex(/^[0-9a-f]{8}( [0-9a-f]{8})*$/, 'expected space-separated 8-hex line digests')).default({}),
  rows: z.object({
    sources: digests.default({}),
    areas: digests.default({}),
    communes: digests.default({}),
    successors: digests.default({}),
  }, { error: 'missing "rows" object' }),
  corrections: z.partialRecord(
    z.enum(['sources', 'areas', 'communes', 'successors']),
    z.record(z.string(), z.array(z.strictObject({ to: z.string().regex(SHA256, 'expected a sha256 hex digest'), date: isoDate, note: text }))),
  ).default({}),
}, { error: 'expected {"schemaVersion": 1, "files": {path: sha256}, "rows": {registry: {key: sha256}}}' });
