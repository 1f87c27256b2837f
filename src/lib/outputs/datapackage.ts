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

const field = (
  name: PublishedColumn, type: PublishedField['type'], vi: string, en: string, constraints?: PublishedField['constraints'],
): PublishedField => ({
  name, type, description: en, 'ansinh:description': { vi, en },
  ...(type === 'number' ? { decimalChar: '.', groupChar: '' } as const : {}),
  ...(constraints ? { constraints } : {}),
});

/** The Table Schema of every published observations CSV. */
export const PUBLISHED_SCHEMA = {
  fields: [
    field('indicator', 'string', 'Mã chỉ tiêu', 'Indicator id', { required: true, pattern: '[a-z0-9_]+' }),
    field('area', 'string', 'Mã GSO của địa bàn: 01 là thành phố Hà Nội, 3 chữ số là quận, huyện, thị xã (trước 1/7/2025)', 'GSO code of the area: 01 for Hanoi city, 3 digits for a district (before 1 July 2025)', { required: true, pattern: '\\d{2}|\\d{3}|\\d{5}' }),
    field('area_name_vi', 'string', 'Tên địa bàn bằng tiếng Việt', 'Name of the area in Vietnamese', { required: true }),
    field('area_name_en', 'string', 'Tên địa bàn không dấu, dùng trong tiếng Anh', 'ASCII name of the area, as used in English', { required: true }),
    field('period', 'string', 'Kỳ số liệu: YYYY cả năm; YYYY-MM/YYYY-MM các tháng (kể cả hai đầu); YYYY-MM-DD thời điểm; YYYY-MM thời điểm trong tháng', 'Period: YYYY full year; YYYY-MM/YYYY-MM months inclusive; YYYY-MM-DD point in time; YYYY-MM point within that month', { required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2}|/\\d{4}-\\d{2})?)?' }),
    field('period_start', 'date', 'Ngày đầu tiên của kỳ', 'First day covered by the period', { required: true }),
    field('period_end', 'date', 'Ngày cuối cùng của kỳ', 'Last day covered by the period', { required: true }),
    field('measure', 'string', 'actual: thực hiện; estimate: ước đạt; plan: kế hoạch năm; target: mục tiêu; pct_of_plan: % so với kế hoạch do nguồn nêu', 'actual: reported outcome; estimate: outcome estimated before year end; plan: the annual plan; target: a strategy target or ceiling; pct_of_plan: the % of plan the source states', { required: true, enum: MEASURES }),
    field('value', 'number', 'Giá trị theo đơn vị ở cột unit; dấu chấm là dấu thập phân, không có dấu phân cách hàng nghìn', 'Value in the unit of column unit; "." as decimal mark, no thousands separator', { required: true }),
    field('comparator', 'string', 'Để trống nếu là giá trị chính xác; <, <=, >, >= nếu là cận; range nếu là khoảng (với upper)', 'Empty for an exact value; <, <=, >, >= for a bound; range for a range (with upper)', { enum: COMPARATORS }),
    field('upper', 'number', 'Cận trên, chỉ khi comparator là range', 'Upper bound, only with comparator range'),
    field('unit', 'string', 'Mã đơn vị của value (percent với pct_of_plan)', 'Unit id of value (percent for pct_of_plan)', { required: true }),
    field('flag', 'string', 'Nguồn gốc: reported (nguồn nêu), reported-translation (chỉ thấy trong bản dịch của nguồn), derived (tính từ số liệu được nêu, xem formula; là giá trị gần đúng), founding-article (chỉ có trong bài báo gốc tháng 1/2023)', 'Provenance: reported (stated in the source), reported-translation (seen only in a translation of the source), derived (computed from reported values, see formula; approximate), founding-article (stated only in the January 2023 founding article)', { required: true, enum: FLAGS }),
    field('source_id', 'string', 'Mã nguồn trong /data/sources.csv', 'Source id in /data/sources.csv', { required: true, pattern: '[a-z0-9-]+' }),
    field('source_url', 'string', 'Địa chỉ của nguồn', 'URL of the source', { required: true }),
    field('formula', 'string', 'Phép tính ra giá trị derived, từ các số được nêu', 'Arithmetic on reported numbers behind a derived value'),
    field('note_vi', 'string', 'Ghi chú bằng tiếng Việt', 'Note in Vietnamese'),
    field('note_en', 'string', 'Ghi chú bằng tiếng Anh', 'Note in English'),
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
      case 'period': return field('period', 'string',
        'Kỳ số liệu: YYYY cả năm; YYYY-MM/YYYY-MM các tháng (kể cả hai đầu); YYYY-MM-DD thời điểm; YYYY-MM thời điểm trong tháng; YYYY-XX thời điểm trong năm, không rõ tháng và ngày',
        'Period: YYYY full year; YYYY-MM/YYYY-MM months inclusive; YYYY-MM-DD point in time; YYYY-MM point within that month; YYYY-XX point within that year, month and day not stated',
        { required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2}|/\\d{4}-\\d{2})?|-XX)?' });
      case 'measure': return field('measure', 'string',
        'actual: thực hiện; estimate: ước đạt; plan: kế hoạch năm; target: mục tiêu; pct_of_plan: % so với kế hoạch do nguồn nêu; pct_change: % thay đổi so với năm trước do nguồn nêu; reference: mức của trung ương áp dụng song song',
        'actual: reported outcome; estimate: outcome estimated before year end; plan: the annual plan; target: a strategy target or ceiling; pct_of_plan: the % of plan the source states; pct_change: the % change on the previous year the source states; reference: the national level that applies beside the city\'s own',
        { required: true, enum: MEASURES });
      case 'comparator': return field('comparator', 'string',
        'Để trống nếu là giá trị chính xác; <, <=, >, >= nếu là cận; ~ nếu là giá trị xấp xỉ (khoảng, gần); range nếu là khoảng (với upper)',
        'Empty for an exact value; <, <=, >, >= for a bound; ~ for an approximate value (about, nearly); range for a range (with upper)',
        { enum: COMPARATORS });
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
