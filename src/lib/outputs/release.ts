/**
 * The whole dataset of one release in one zip (PRODUCT §4, §5 "Researchers").
 *
 * A release is a date on which at least one version was released. Its zip holds, for
 * every indicator, the newest version released on or before that date (its CSV, JSON and
 * datapackage.json, the same bytes as under /data/<id>/<version>/), the registries (areas,
 * communes, successors, and the sources those versions cite), the district boundaries,
 * the licences and attributions, a README, a top-level datapackage.json listing every data
 * file, and SHA256SUMS. Everything sits in one folder, `ansinh-<date>/`.
 *
 * The bytes are reproducible: entries are sorted and dated the release day (zip.ts), and
 * every file in it is produced from released, locked data.
 */
import { LICENCES } from '../data/datapackage.ts';
import { releasedVersions, type Dataset, type Indicator, type Localized, type Version } from '../data/model.ts';
import { COMPARATORS, FLAGS, MEASURES } from '../data/schema.ts';
import { FLAG_EXPLANATION, MEASURE_LABEL } from '../i18n/labels.ts';
import { catalogPath, dataFileName, homePath, indicatorPath, releaseZipPath, type DataFormat } from '../routes.ts';
import { sha256Hex, sha256sums } from './checksums.ts';
import { DATASET_TITLE, PUBLISHER, releaseCitationText } from './citation.ts';
import { AREA_COLUMNS, areasCsv, COMMUNE_COLUMNS, communesCsv, SOURCE_COLUMNS, sourcesCsv, SUCCESSOR_COLUMNS, successorsCsv } from './csv.ts';
import { PUBLISHED_SCHEMA_CURRENT, publishedSchema } from './datapackage.ts';
import { absoluteUrl } from './url.ts';
import { cachedZip, type ZipSource } from './zip.ts';

/** One indicator's version in a release. */
export interface ReleaseMember {
  indicator: Indicator;
  version: Version;
}

/** Every release date, oldest first: the distinct ids of released versions. */
export function releaseDates(data: Dataset): string[] {
  return [...new Set(data.indicators.flatMap((i) => releasedVersions(i).map((v) => v.id)))].sort();
}

/** Each indicator's newest version released on or before `date`, in the dataset's order. */
export function releaseMembers(data: Dataset, date: string): ReleaseMember[] {
  return data.indicators.flatMap((indicator) => {
    const version = releasedVersions(indicator).filter((v) => v.id <= date).at(-1);
    return version ? [{ indicator, version }] : [];
  });
}

/** The folder every entry of a release zip sits in. */
export const releaseFolder = (date: string): string => `ansinh-${date}`;

/** Where a version's files go inside the release folder. */
export const memberDir = (m: ReleaseMember): string => `indicators/${m.indicator.id}/${m.version.id}`;

/** The formats of each version copied into a release. */
export const RELEASE_FORMATS: readonly DataFormat[] = ['csv', 'json', 'datapackage'];

/**
 * The first release whose schema 1 JSON leaves rows out (json.ts): its zip, and every later
 * one, also carry each member's complete schema 2 JSON. Earlier zips are published and keep
 * their bytes.
 */
export const JSON_V2_SINCE = '2026-11-29';

/** The formats of each version copied into the release of `date`. */
export const releaseFormats = (date: string): readonly DataFormat[] =>
  date >= JSON_V2_SINCE ? ['csv', 'json', 'json-v2', 'datapackage'] : RELEASE_FORMATS;

/**
 * A file in a release: its size and sha256 (the release's datapackage.json and SHA256SUMS
 * list them) and its bytes, read only when the zip is written (zip.ts): from the output
 * cache, a release zip needs no more than its files' digests.
 */
export interface ReleaseFileSource {
  size: number;
  sha256: string;
  read: () => Uint8Array;
}

/** A file of bytes in memory, as a release takes it. */
export const inMemorySource = (bytes: Uint8Array): ReleaseFileSource => ({ size: bytes.byteLength, sha256: sha256Hex(bytes), read: () => bytes });

/** One version's published file (files.ts), as the bundle needs it. */
export type VersionFileBytes = (indicator: string, version: string, format: DataFormat) => ReleaseFileSource;

/** What a release bundle is built from besides the dataset. */
export interface ReleaseInput {
  data: Dataset;
  date: string;
  site: string;
  /** A version's published file (files.ts), so the zip holds the same bytes. */
  versionFile: VersionFileBytes;
  /** Files copied as they are (licences, boundaries), by path in the release folder; absent ones are left out. */
  copies: ReadonlyMap<string, ReleaseFileSource>;
  /** The output cache for the zip's bytes (zip.ts); absent: `.cache/outputs` or ANSINH_OUTPUT_CACHE; null: none. */
  cacheDir?: string | null;
}

const encoder = new TextEncoder();
const slug = (id: string) => id.replaceAll('_', '-');

// ---- the top-level datapackage.json --------------------------------------------------------

type Field = { name: string; type: 'string' | 'integer' | 'date'; description: string; constraints?: Record<string, unknown> };
const f = (name: string, type: Field['type'], description: string, constraints?: Field['constraints']): Field =>
  ({ name, type, description, ...(constraints ? { constraints } : {}) });

/** Table Schemas of the registries, as the published CSVs write them. */
export const REGISTRY_SCHEMAS: Record<'areas' | 'communes' | 'successors' | 'sources', { fields: Field[]; primaryKey: string[] }> = {
  areas: {
    fields: [
      f('code', 'string', 'GSO code: 01 for Hanoi city, 3 digits for a district', { required: true, pattern: '\\d{2}|\\d{3}' }),
      f('level', 'string', 'city or district', { required: true, enum: ['city', 'district'] }),
      f('type', 'string', 'city, quan (urban district), huyen (rural district) or thi-xa (town)', { required: true, enum: ['city', 'quan', 'huyen', 'thi-xa'] }),
      f('name_vi', 'string', 'Name in Vietnamese', { required: true }),
      f('name_full_vi', 'string', 'Full name in Vietnamese, with the unit type', { required: true }),
      f('name_en', 'string', 'ASCII name, as used in English', { required: true }),
      f('slug', 'string', 'URL segment of the area page', { required: true }),
      f('valid_from', 'date', 'First day the area existed with this territory', { required: true }),
      f('valid_to', 'date', 'Last day it existed; empty while it exists'),
      f('communes_2025_03_01', 'integer', 'Commune-level units on 1 March 2025 (districts only)'),
    ],
    primaryKey: ['code'],
  },
  communes: {
    fields: [
      f('code', 'string', '5-digit GSO code of the commune-level unit', { required: true, pattern: '\\d{5}' }),
      f('type', 'string', 'phuong (ward) or xa (commune)', { required: true, enum: ['phuong', 'xa'] }),
      f('name_vi', 'string', 'Name in Vietnamese', { required: true }),
      f('name_en', 'string', 'ASCII name', { required: true }),
      f('slug', 'string', 'ASCII identifier', { required: true }),
      f('valid_from', 'date', 'First day of the unit (2025-07-01)', { required: true }),
    ],
    primaryKey: ['code'],
  },
  successors: {
    fields: [
      f('district_code', 'string', 'GSO code of the district abolished on 1 July 2025', { required: true }),
      f('commune_code', 'string', 'GSO code of a new unit that took territory from it', { required: true }),
      f('coverage', 'string', 'full: every old commune it takes from the district is taken whole; partial otherwise', { required: true, enum: ['full', 'partial'] }),
      f('old_units_whole', 'integer', "How many of the district's old communes it takes whole", { required: true }),
      f('old_units_partial', 'integer', "How many of the district's old communes it takes in part", { required: true }),
    ],
    primaryKey: ['district_code', 'commune_code'],
  },
  sources: {
    fields: [
      f('id', 'string', 'Source id, as the source_id column of the data cites it', { required: true }),
      f('publisher', 'string', 'Who published it', { required: true }),
      f('title', 'string', "The page's title where known; empty when unknown"),
      f('date', 'string', 'YYYY-MM-DD, YYYY-MM or YYYY where known; empty when unknown'),
      f('url', 'string', 'Address of the source', { required: true }),
      f('language', 'string', 'BCP 47 language of the page', { required: true }),
      f('kind', 'string', 'primary, secondary, translation or dataset', { required: true, enum: ['primary', 'secondary', 'translation', 'dataset'] }),
      f('note', 'string', "The project's own words on the source"),
    ],
    primaryKey: ['id'],
  },
};

if (REGISTRY_SCHEMAS.areas.fields.map((x) => x.name).join() !== AREA_COLUMNS.join()
  || REGISTRY_SCHEMAS.communes.fields.map((x) => x.name).join() !== COMMUNE_COLUMNS.join()
  || REGISTRY_SCHEMAS.successors.fields.map((x) => x.name).join() !== SUCCESSOR_COLUMNS.join()
  || REGISTRY_SCHEMAS.sources.fields.map((x) => x.name).join() !== SOURCE_COLUMNS.join()) {
  throw new Error('REGISTRY_SCHEMAS and the registry CSV columns disagree');
}

const CSV_DIALECT = { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true } as const;

/** Paths of the registries and third-party files inside the release folder (the layout of data/). */
export const RELEASE_PATHS = {
  readme: 'README.md',
  datapackage: 'datapackage.json',
  sums: 'SHA256SUMS',
  licence: 'LICENSE.md',
  areas: 'areas/areas.csv',
  communes: 'areas/communes-2025.csv',
  successors: 'areas/district-successors.csv',
  communesNotice: 'areas/NOTICE-dvhcvn.md',
  sources: 'sources/sources.csv',
  boundaries: 'geo/districts-pre2025.geojson',
  boundariesSource: 'geo/SOURCE.md',
} as const;

const dvhcvnLicence = [{ name: 'MIT', title: 'MIT licence of dvhcvn/20250701 (notice in areas/NOTICE-dvhcvn.md)', path: 'https://opensource.org/license/mit' }];

/**
 * The top-level Frictionless Data Package of a release: every data file in the zip is a
 * resource, with its size and sha256; the CSVs are tabular resources with their Table Schema.
 */
export function releaseDatapackage(input: ReleaseInput, files: ReadonlyMap<string, ReleaseFileSource>, members: readonly ReleaseMember[]): Record<string, unknown> {
  const { date, site } = input;
  const licence = LICENCES['CC-BY-4.0']!;
  const stats = (path: string) => {
    const file = files.get(path);
    if (!file) throw new Error(`release ${date}: no file ${path} to describe`);
    return { bytes: file.size, hash: `sha256:${file.sha256}` };
  };
  const csv = (name: string, path: string, title: string, schema: unknown, extra: Record<string, unknown> = {}) => ({
    name, path, title, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
    ...stats(path), dialect: CSV_DIALECT, schema, ...extra,
  });
  const resources: Record<string, unknown>[] = [
    csv('areas', RELEASE_PATHS.areas, 'Areas: Hanoi city and its 30 districts of 2014-01-01 to 2025-06-30', REGISTRY_SCHEMAS.areas),
    csv('communes-2025', RELEASE_PATHS.communes, 'The 126 commune-level units from 2025-07-01', REGISTRY_SCHEMAS.communes, { licenses: dvhcvnLicence }),
    csv('district-successors', RELEASE_PATHS.successors, 'Old district to the new units covering its territory', REGISTRY_SCHEMAS.successors, { licenses: dvhcvnLicence }),
    csv('sources', RELEASE_PATHS.sources, 'The sources the data in this release cites', REGISTRY_SCHEMAS.sources),
  ];
  if (files.has(RELEASE_PATHS.boundaries)) {
    resources.push({
      name: 'districts-pre2025', path: RELEASE_PATHS.boundaries, title: 'Boundaries of the 30 districts (before 2025-07-01)',
      format: 'geojson', mediatype: 'application/geo+json', encoding: 'utf-8', ...stats(RELEASE_PATHS.boundaries),
      licenses: [{ name: 'CC-BY-3.0-IGO', title: 'Creative Commons Attribution 3.0 IGO (attribution in geo/SOURCE.md)', path: 'https://creativecommons.org/licenses/by/3.0/igo/' }],
    });
  }
  for (const m of members) {
    const dir = memberDir(m);
    const base = `${slug(m.indicator.id)}-${m.version.id}`;
    const common = { 'ansinh:indicator': m.indicator.id, 'ansinh:version': m.version.id, 'ansinh:title': m.version.meta.title, 'ansinh:unit': m.version.meta.unit };
    resources.push(
      csv(base, `${dir}/${dataFileName(m.indicator.id, 'csv')}`, `${m.version.meta.title.en} (version ${m.version.id})`, publishedSchema(m.version), common),
      {
        name: `${base}-json`, path: `${dir}/${dataFileName(m.indicator.id, 'json')}`, title: `${m.version.meta.title.en} (version ${m.version.id}), JSON`,
        format: 'json', mediatype: 'application/json', encoding: 'utf-8', ...stats(`${dir}/${dataFileName(m.indicator.id, 'json')}`), ...common,
      },
      ...(releaseFormats(date).includes('json-v2') ? [{
        name: `${base}-json-v2`, path: `${dir}/${dataFileName(m.indicator.id, 'json-v2')}`, title: `${m.version.meta.title.en} (version ${m.version.id}), complete JSON (schema 2)`,
        format: 'json', mediatype: 'application/json', encoding: 'utf-8', ...stats(`${dir}/${dataFileName(m.indicator.id, 'json-v2')}`), ...common,
      }] : []),
      {
        name: `${base}-datapackage`, path: `${dir}/${dataFileName(m.indicator.id, 'datapackage')}`, title: `${m.version.meta.title.en} (version ${m.version.id}), Frictionless descriptor`,
        format: 'json', mediatype: 'application/json', encoding: 'utf-8', ...stats(`${dir}/${dataFileName(m.indicator.id, 'datapackage')}`), ...common,
      },
    );
  }
  return {
    profile: 'data-package',
    name: `ansinh-${date}`,
    title: `${DATASET_TITLE.en}, release ${date}`,
    'ansinh:title': { vi: `${DATASET_TITLE.vi}, đợt phát hành ${date}`, en: `${DATASET_TITLE.en}, release ${date}` },
    description: `Every indicator of An Sinh as of ${date}: for each, the newest version released on or before that date, with the registries, boundaries and licences.`,
    homepage: absoluteUrl(site, homePath('vi')),
    'ansinh:pages': { vi: absoluteUrl(site, homePath('vi')), en: absoluteUrl(site, homePath('en')) },
    'ansinh:catalog': absoluteUrl(site, catalogPath),
    version: date,
    created: `${date}T00:00:00Z`,
    keywords: ['Hanoi', 'Hà Nội', 'labour', 'people with merit', 'social welfare', 'poverty', 'social insurance'],
    licenses: [{ name: 'CC-BY-4.0', ...licence }],
    contributors: [{ title: PUBLISHER, role: 'publisher', path: absoluteUrl(site, homePath('vi')) }],
    'ansinh:citation': { vi: releaseCitationText(date, site, 'vi'), en: releaseCitationText(date, site, 'en') },
    resources,
  };
}

// ---- README.md -------------------------------------------------------------------------------

const PERIODS: Localized[] = [
  { vi: '`YYYY`: cả năm dương lịch', en: '`YYYY`: a full calendar year' },
  { vi: '`YYYY-MM/YYYY-MM`: các tháng, kể cả hai đầu (lũy kế tháng 1–10/2025 là `2025-01/2025-10`)', en: '`YYYY-MM/YYYY-MM`: months, both ends included (January–October 2025 is `2025-01/2025-10`)' },
  { vi: '`YYYY-MM-DD`: một thời điểm, hoặc ngày một mức bắt đầu áp dụng', en: '`YYYY-MM-DD`: a point in time, or the day a level took effect' },
  { vi: '`YYYY-MM`: một thời điểm trong tháng đó, không nêu ngày', en: '`YYYY-MM`: a point within that month, day not stated' },
  { vi: '`YYYY-XX`: một thời điểm trong năm đó, không nêu tháng và ngày', en: '`YYYY-XX`: a point within that year, month and day not stated' },
];

const COMPARATOR_TEXT: Record<(typeof COMPARATORS)[number], Localized> = {
  '': { vi: '(trống): giá trị chính xác', en: '(empty): an exact value' },
  '<': { vi: '`<`: dưới giá trị', en: '`<`: below the value' },
  '<=': { vi: '`<=`: không quá giá trị', en: '`<=`: at most the value' },
  '>': { vi: '`>`: hơn giá trị', en: '`>`: more than the value' },
  '>=': { vi: '`>=`: ít nhất bằng giá trị', en: '`>=`: at least the value' },
  '~': { vi: '`~`: khoảng, gần, xấp xỉ (ghi chú nêu từ nguồn dùng)', en: '`~`: about, nearly (the note gives the word the source used)' },
  range: { vi: '`range`: khoảng từ `value` đến `upper`', en: '`range`: from `value` to `upper`' },
};

const t2 = (vi: string, en: string) => `${vi} / ${en}`;
const cellText = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The README of a release: what each file is, units, flags, how to verify and cite. Vietnamese, then English. */
export function releaseReadme(input: ReleaseInput, members: readonly ReleaseMember[], hasBoundaries: boolean): string {
  const { date, site } = input;
  const zipUrl = absoluteUrl(site, releaseZipPath(date));
  const P = RELEASE_PATHS;
  const part = (lang: 'vi' | 'en') => {
    const vi = lang === 'vi';
    const t = (v: string, e: string) => (vi ? v : e);
    const files: [string, string][] = [
      [P.readme, t('tệp này', 'this file')],
      [P.datapackage, t('Frictionless Data Package liệt kê mọi tệp số liệu, kèm kích thước, sha256 và lược đồ bảng của các tệp CSV', 'Frictionless Data Package listing every data file, with its size, sha256 and, for the CSVs, its Table Schema')],
      [P.sums, t('mã sha256 của mọi tệp khác trong thư mục', 'sha256 of every other file in the folder')],
      ['indicators/<id>/<version>/<id>.csv', t('số liệu của một phiên bản chỉ tiêu: CSV UTF-8, dấu phẩy, một dòng cho mỗi địa bàn × kỳ × loại số liệu × nguồn', 'the values of one indicator version: UTF-8 CSV, comma-separated, one row per area × period × measure × source')],
      ...(releaseFormats(date).includes('json-v2') ? [
        ['indicators/<id>/<version>/<id>.json', t('số liệu dạng JSON lược đồ 1 (cho widget 1.0), kèm siêu dữ liệu, nguồn và trích dẫn; không có các dòng lược đồ 1 không diễn đạt được (pct_change, reference, ~, YYYY-XX), trường omitted đếm chúng', 'the values as schema 1 JSON (for widget 1.0), with the metadata, sources and citation; rows schema 1 cannot express (pct_change, reference, ~, YYYY-XX) are left out, and the omitted field counts them')] as [string, string],
        ['indicators/<id>/<version>/<id>.v2.json', t('mọi số liệu dạng JSON lược đồ 2, kèm siêu dữ liệu, nguồn và trích dẫn', 'every value as schema 2 JSON, with the metadata, sources and citation')] as [string, string],
      ] : [
        ['indicators/<id>/<version>/<id>.json', t('cùng số liệu dạng JSON, kèm siêu dữ liệu, nguồn và trích dẫn', 'the same values as JSON, with the metadata, sources and citation')] as [string, string],
      ]),
      ['indicators/<id>/<version>/datapackage.json', t('mô tả Frictionless của phiên bản: định nghĩa, đơn vị, ghi chú phát hành, nguồn', 'Frictionless descriptor of the version: definition, unit, release note, sources')],
      [P.areas, t('danh mục địa bàn: thành phố (mã 01) và 30 quận, huyện, thị xã (mã GSO 3 chữ số) với thời gian hiệu lực', 'area registry: the city (code 01) and the 30 districts (3-digit GSO codes) with their validity')],
      [P.communes, t('126 đơn vị hành chính cấp xã từ 1/7/2025', 'the 126 commune-level units from 1 July 2025')],
      [P.successors, t('quận, huyện cũ → các đơn vị mới nhận địa bàn của nó', 'old district → the new units that took its territory')],
      [P.sources, t('các nguồn mà số liệu trong đợt này trích dẫn (cột source_id)', 'the sources the data in this release cites (column source_id)')],
      ...(hasBoundaries ? [[P.boundaries, t('ranh giới 30 quận, huyện trước 1/7/2025 (GeoJSON, WGS84)', 'boundaries of the 30 districts before 1 July 2025 (GeoJSON, WGS84)')] as [string, string]] : []),
      [P.licence, t('giấy phép của bộ dữ liệu và của tài liệu bên thứ ba', 'licences of the compilation and of third-party material')],
      [P.boundariesSource, t('nguồn gốc, giấy phép (CC BY 3.0 IGO) và dòng ghi công của ranh giới', 'origin, licence (CC BY 3.0 IGO) and attribution of the boundaries')],
      [P.communesNotice, t('thông báo giấy phép MIT của dvhcvn, nguồn của hai danh mục cấp xã', 'MIT notice of dvhcvn, from which the two commune files derive')],
    ];
    const columns = PUBLISHED_SCHEMA_CURRENT.fields.map((x) => `| \`${x.name}\` | ${cellText(x['ansinh:description'][lang])} |`);
    return [
      vi ? '## Tiếng Việt' : '## English',
      '',
      vi
        ? `Tệp nén này là toàn bộ số liệu của An Sinh tính đến ngày ${date}: với mỗi chỉ tiêu (${members.length} chỉ tiêu), phiên bản mới nhất được phát hành vào hoặc trước ngày đó; kèm các danh mục, ranh giới và giấy phép. Các tệp số liệu giống từng byte với tệp cùng tên trên trang (\`${absoluteUrl(site, '/data/')}<id>/<version>/\`), nơi chúng không bao giờ thay đổi. Danh mục máy đọc của mọi tệp: ${absoluteUrl(site, catalogPath)}.`
        : `This zip is the whole An Sinh dataset as of ${date}: for each indicator (${members.length} of them), the newest version released on or before that date; with the registries, boundaries and licences. The data files are byte for byte the files of the same name on the site (\`${absoluteUrl(site, '/data/')}<id>/<version>/\`), where they never change. Machine-readable index of every file: ${absoluteUrl(site, catalogPath)}.`,
      '',
      `### ${t('Các tệp', 'Files')}`,
      '',
      `| ${t('tệp', 'file')} | ${t('nội dung', 'what it is')} |`,
      '|---|---|',
      ...files.map(([p, what]) => `| \`${p}\` | ${what} |`),
      '',
      `### ${t('Các cột của tệp số liệu (CSV)', 'Columns of the data files (CSV)')}`,
      '',
      t('Số dùng dấu chấm thập phân, không có dấu phân cách hàng nghìn (`203027`, `72.23`). Mã địa bàn và kỳ là văn bản: đọc chúng dạng chuỗi để giữ số 0 ở đầu (`017`) và không biến `2024-06` thành ngày.', 'Numbers use "." as the decimal mark and no thousands separator (`203027`, `72.23`). Area codes and periods are text: read them as strings to keep leading zeros (`017`) and to keep `2024-06` from becoming a date.'),
      '',
      `| ${t('cột', 'column')} | ${t('ý nghĩa', 'meaning')} |`,
      '|---|---|',
      ...columns,
      '',
      `### ${t('Kỳ số liệu (cột period)', 'Periods (column period)')}`,
      '',
      ...PERIODS.map((p) => `- ${p[lang]}`),
      '',
      `### ${t('Loại số liệu (cột measure)', 'Measures (column measure)')}`,
      '',
      ...MEASURES.map((m) => `- \`${m}\`: ${MEASURE_LABEL[m][lang]}`),
      '',
      `### ${t('So sánh (cột comparator)', 'Comparators (column comparator)')}`,
      '',
      ...COMPARATORS.map((c) => `- ${COMPARATOR_TEXT[c][lang]}`),
      '',
      `### ${t('Nguồn gốc của từng giá trị (cột flag)', 'Provenance of each value (column flag)')}`,
      '',
      ...FLAGS.map((fl) => `- \`${fl}\`: ${FLAG_EXPLANATION[fl][lang]}`),
      '',
      `### ${t('Kiểm tra tệp', 'Checking the files')}`,
      '',
      t('Trong thư mục đã giải nén:', 'In the unzipped folder:'),
      '',
      '```sh',
      'sha256sum -c SHA256SUMS',
      '```',
      '',
      t('Trên Windows (PowerShell): `Get-FileHash -Algorithm SHA256 <tệp>`, rồi so với dòng của tệp đó trong `SHA256SUMS`.', 'On Windows (PowerShell): `Get-FileHash -Algorithm SHA256 <file>`, then compare with that file\'s line in `SHA256SUMS`.'),
      '',
      `### ${t('Cách trích dẫn', 'How to cite')}`,
      '',
      t('Ghi ngày bạn tải tệp vào chỗ "…":', 'Put the date you downloaded it where the "…" is:'),
      '',
      `> ${releaseCitationText(date, site, lang)}`,
      '',
      t(`Mỗi chỉ tiêu có trích dẫn riêng (văn bản, BibTeX, CSL-JSON) trên trang của nó và trong tệp JSON của nó. Tệp zip này: ${zipUrl}.`, `Each indicator has its own citation (text, BibTeX, CSL-JSON) on its page and in its JSON file. This zip: ${zipUrl}.`),
      '',
      `### ${t('Giấy phép', 'Licences')}`,
      '',
      t('Bộ dữ liệu: CC BY 4.0. Ranh giới quận, huyện: CC BY 3.0 IGO (geoBoundaries; ghi công trong `geo/SOURCE.md`). Danh mục cấp xã và bảng quận → đơn vị mới: dẫn xuất từ dvhcvn/20250701 (MIT, `areas/NOTICE-dvhcvn.md`). Chi tiết: `LICENSE.md`.', 'The compilation: CC BY 4.0. District boundaries: CC BY 3.0 IGO (geoBoundaries; attribution in `geo/SOURCE.md`). The commune registry and the district → new units table derive from dvhcvn/20250701 (MIT, `areas/NOTICE-dvhcvn.md`). Details: `LICENSE.md`.'),
      '',
    ];
  };
  const indicators = members.map((m) => `| \`${m.indicator.id}\` | ${cellText(m.version.meta.title.vi)} / ${cellText(m.version.meta.title.en)} | ${cellText(m.version.meta.unit.vi)} / ${cellText(m.version.meta.unit.en)} | ${m.version.id} | ${m.version.observations.length} | ${absoluteUrl(site, indicatorPath('vi', m.indicator.id))} |`);
  return [
    `# An Sinh — ${DATASET_TITLE.vi} / ${DATASET_TITLE.en}`,
    '',
    `**${t2('Đợt phát hành', 'Release')} ${date}** · ${absoluteUrl(site, homePath('vi'))}`,
    '',
    ...part('vi'),
    ...part('en'),
    '## Chỉ tiêu / Indicators',
    '',
    'Đơn vị của cột `value` (trừ `pct_of_plan` và `pct_change`, tính bằng %). / Unit of column `value` (except `pct_of_plan` and `pct_change`, in percent).',
    '',
    '| id | tên / title | đơn vị / unit | phiên bản / version | số dòng / rows | trang / page |',
    '|---|---|---|---|---|---|',
    ...indicators,
    '',
  ].join('\n');
}

// ---- the zip ---------------------------------------------------------------------------------

/** The entries of a release zip (without the folder prefix) and the zip's bytes. */
export interface ReleaseBundle {
  date: string;
  members: ReleaseMember[];
  /** Path in the release folder → the file, every file of the zip. */
  files: ReadonlyMap<string, ReleaseFileSource>;
  bytes: Uint8Array<ArrayBuffer>;
}

/** The zip of one release. */
export function releaseBundle(input: ReleaseInput): ReleaseBundle {
  const { data, date } = input;
  const members = releaseMembers(data, date);
  if (members.length === 0) throw new Error(`no version released on or before ${date}`);
  const files = new Map<string, ReleaseFileSource>();
  const put = (path: string, file: ReleaseFileSource) => {
    if (files.has(path)) throw new Error(`release ${date}: two files at ${path}`);
    files.set(path, file);
  };
  const putText = (path: string, text: string) => put(path, inMemorySource(encoder.encode(text)));
  for (const m of members) {
    for (const format of releaseFormats(date)) put(`${memberDir(m)}/${dataFileName(m.indicator.id, format)}`, input.versionFile(m.indicator.id, m.version.id, format));
  }
  const cited = new Set(members.flatMap((m) => m.version.observations.map((o) => o.source)));
  putText(RELEASE_PATHS.areas, areasCsv(data));
  putText(RELEASE_PATHS.communes, communesCsv(data));
  putText(RELEASE_PATHS.successors, successorsCsv(data));
  putText(RELEASE_PATHS.sources, sourcesCsv(data, cited));
  for (const [path, file] of input.copies) put(path, file);
  putText(RELEASE_PATHS.datapackage, `${JSON.stringify(releaseDatapackage(input, files, members), null, 2)}\n`);
  putText(RELEASE_PATHS.readme, releaseReadme(input, members, files.has(RELEASE_PATHS.boundaries)));
  const listed = [...files.keys()].sort();
  putText(RELEASE_PATHS.sums, sha256sums(listed.map((name) => ({ name, sha256: files.get(name)!.sha256 }))));
  const folder = releaseFolder(date);
  const sources: ZipSource[] = [...files].map(([name, f]) => ({ name: `${folder}/${name}`, sha256: f.sha256, read: f.read }));
  return { date, members, files, bytes: cachedZip(sources, date, input.cacheDir) };
}
