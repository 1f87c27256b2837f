/**
 * The Frictionless Data Package published with each version. It describes the published
 * CSV (not data/'s observations.csv): its 18 columns, each with an English `description`
 * and both languages in `ansinh:description`; licences; the cited sources; version and
 * creation date. It carries no checksum of the files beside it (SHA256SUMS lists its own
 * digest, and a digest inside would be circular).
 */
import { LICENCES } from '../data/datapackage.ts';
import type { Dataset, Indicator, Localized, Source, Version } from '../data/model.ts';
import { COMPARATORS, FLAGS, MEASURES } from '../data/schema.ts';
import { UI } from '../i18n/index.ts';
import { dataFileName, homePath, indicatorPath } from '../routes.ts';
import { citationText, PUBLISHER } from './citation.ts';
import { PUBLISHED_COLUMNS, type PublishedColumn } from './csv.ts';
import { absoluteUrl } from './url.ts';

/** A Table Schema field of the published CSV. */
export interface PublishedField {
  name: PublishedColumn;
  type: 'string' | 'number' | 'date';
  /** English description (Frictionless readers show this one). */
  description: string;
  /** The description in both site languages. */
  'ansinh:description': Localized;
  decimalChar?: '.';
  groupChar?: '';
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
}

const field = (name: PublishedColumn, type: PublishedField['type'], constraints?: PublishedField['constraints'], text: Localized = UI.column[name]): PublishedField => ({
  name, type, description: text.en, 'ansinh:description': text,
  ...(type === 'number' ? { decimalChar: '.', groupChar: '' } as const : {}),
  ...(constraints ? { constraints } : {}),
});

/** The measures and comparators of the first data schema (the descriptors of the first releases list these). */
const FIRST_MEASURES = MEASURES.filter((m) => m !== 'pct_change' && m !== 'reference');
const FIRST_COMPARATORS = COMPARATORS.filter((c) => c !== '~');

/** The Table Schema of every published observations CSV of the first releases' forms. */
export const PUBLISHED_SCHEMA = {
  fields: [
    field('indicator', 'string', { required: true, pattern: '[a-z0-9_]+' }),
    field('area', 'string', { required: true, pattern: '\\d{2}|\\d{3}|\\d{5}' }),
    field('area_name_vi', 'string', { required: true }),
    field('area_name_en', 'string', { required: true }),
    field('period', 'string', { required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2}|/\\d{4}-\\d{2})?)?' }),
    field('period_start', 'date', { required: true }),
    field('period_end', 'date', { required: true }),
    field('measure', 'string', { required: true, enum: FIRST_MEASURES }),
    field('value', 'number', { required: true }),
    field('comparator', 'string', { enum: FIRST_COMPARATORS }),
    field('upper', 'number'),
    field('unit', 'string', { required: true }),
    field('flag', 'string', { required: true, enum: FLAGS }),
    field('source_id', 'string', { required: true, pattern: '[a-z0-9-]+' }),
    field('source_url', 'string', { required: true }),
    field('formula', 'string'),
    field('note_vi', 'string'),
    field('note_en', 'string'),
  ],
  primaryKey: ['area', 'period', 'measure', 'source_id'],
  missingValues: [''],
} as const satisfies { fields: PublishedField[]; primaryKey: PublishedColumn[]; missingValues: string[] };

if (PUBLISHED_SCHEMA.fields.map((f) => f.name).join(',') !== PUBLISHED_COLUMNS.join(',')) {
  throw new Error('PUBLISHED_SCHEMA fields and PUBLISHED_COLUMNS disagree');
}

/**
 * The published schema for the forms the current data schema added (data/README.md):
 * periods known only to their year (`2016-XX`), `~` for approximate values, the stated %
 * change and reference levels. PUBLISHED_SCHEMA's period pattern refuses `2016-XX`.
 */
export const PUBLISHED_SCHEMA_CURRENT = {
  ...PUBLISHED_SCHEMA,
  fields: PUBLISHED_SCHEMA.fields.map((f): PublishedField => {
    switch (f.name) {
      case 'period': return field('period', 'string', { required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2}|/\\d{4}-\\d{2})?|-XX)?' }, UI.columnCurrent.period);
      case 'measure': return field('measure', 'string', { required: true, enum: MEASURES }, UI.columnCurrent.measure);
      case 'comparator': return field('comparator', 'string', { enum: COMPARATORS }, UI.columnCurrent.comparator);
      case 'unit': return field('unit', 'string', { required: true }, UI.columnCurrent.unit);
      default: return f;
    }
  }),
};

/**
 * The schema a version's published datapackage.json carries: PUBLISHED_SCHEMA, as every
 * version released before these forms existed carries it (their files never change), or
 * PUBLISHED_SCHEMA_CURRENT when the version uses a form only it describes.
 */
export function publishedSchema(version: Pick<Version, 'observations'>): typeof PUBLISHED_SCHEMA | typeof PUBLISHED_SCHEMA_CURRENT {
  const usesCurrent = version.observations.some((o) =>
    o.period.kind === 'in-year' || o.comparator === '~' || o.measure === 'pct_change' || o.measure === 'reference');
  return usesCurrent ? PUBLISHED_SCHEMA_CURRENT : PUBLISHED_SCHEMA;
}

/** The sources a version cites, in first-cited order. */
export function citedSources(data: Dataset, version: Version): Source[] {
  const ids = [...new Set(version.observations.map((o) => o.source))];
  return ids.map((id) => {
    const s = data.sources.get(id);
    if (!s) throw new Error(`unknown source "${id}"`);
    return s;
  });
}

/** `Publisher: title (date)`, or what of it is known: titles and dates are never guessed. */
export function sourceLabel(s: Source): string {
  const title = s.title ? `: ${s.title}` : '';
  const date = s.date ? ` (${s.date})` : '';
  return `${s.publisher}${title}${date}`;
}

/** The published datapackage.json of one released version. */
export function publishedDatapackage(data: Dataset, indicator: Indicator, version: Version, site: string): Record<string, unknown> {
  const meta = version.meta;
  const licence = LICENCES[meta.licence];
  return {
    profile: 'tabular-data-package',
    name: `ansinh-${indicator.id.replaceAll('_', '-')}`,
    title: meta.title.en,
    'ansinh:title': meta.title,
    description: meta.description.en,
    'ansinh:description': meta.description,
    'ansinh:definition': meta.definition,
    homepage: absoluteUrl(site, indicatorPath('vi', indicator.id)),
    'ansinh:pages': { vi: absoluteUrl(site, indicatorPath('vi', indicator.id)), en: absoluteUrl(site, indicatorPath('en', indicator.id)) },
    version: version.id,
    created: `${version.id}T00:00:00Z`,
    'ansinh:notes': version.notes,
    keywords: [meta.topic, 'Hanoi', 'Hà Nội'],
    licenses: [{ name: meta.licence, ...(licence ?? {}) }],
    contributors: [{ title: PUBLISHER, role: 'publisher', path: absoluteUrl(site, homePath('vi')) }],
    sources: citedSources(data, version).map((s) => ({ title: sourceLabel(s), path: s.url })),
    'ansinh:citation': { vi: citationText({ indicator, version, site }, 'vi'), en: citationText({ indicator, version, site }, 'en') },
    'ansinh:unit': meta.unit,
    resources: [
      {
        name: 'observations',
        path: dataFileName(indicator.id, 'csv'),
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: publishedSchema(version),
        'ansinh:excelVariant': dataFileName(indicator.id, 'excel-csv'),
      },
    ],
  };
}
