/**
 * The Excel workbook of one released version (`<id>.xlsx`), written by write-excel-file.
 * It opens right in Vietnamese and English Excel whatever the reader's locale: codes
 * (`017`) and periods (`2024-06`) are text cells, so Excel neither drops the zero nor
 * turns the period into a date; values are number cells (no decimal mark to misread:
 * `72,23` vs `72.23`); first and last days are date cells.
 *
 * Sheet 1 holds the rows of the published CSV, same columns in the same order, under a
 * Vietnamese and an English header row. Sheet 2 holds the metadata (titles, definition,
 * unit, version, licence, citation, URLs), what each column means, and the sources.
 *
 * The bytes are reproducible: the workbook holds no timestamp, and its zip is rewritten
 * with entries sorted and dated the version's release day (zip.ts). A released version's
 * workbook is served as an immutable file: its bytes never change.
 */
import writeXlsxFile, { type Cell, type Row, type SheetData } from 'write-excel-file/node';
import { LICENCES } from '../data/datapackage.ts';
import type { Dataset, Indicator, Localized, Version } from '../data/model.ts';
import { dataFilePath, indicatorPath } from '../routes.ts';
import { citationText } from './citation.ts';
import { observationRows, PUBLISHED_COLUMNS, type PublishedColumn, type PublishedRow } from './csv.ts';
import { citedSources, publishedSchema } from './datapackage.ts';
import { absoluteUrl } from './url.ts';
import { cachedBytesAsync, installedVersion, outputCacheDir, sha256 } from '../content-cache.ts';
import { isWholeZip, normalizeZip } from './zip.ts';

/** Media type of an XLSX file. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sheet names (at most 31 characters, none of `[]:*?/\`). */
export const XLSX_SHEETS = { data: 'Dữ liệu - Data', about: 'Thông tin - About' } as const;

/** The two header rows of the data sheet, Vietnamese then English. */
export const XLSX_HEADERS: Record<PublishedColumn, Localized> = {
  indicator: { vi: 'Mã chỉ tiêu', en: 'Indicator id' },
  area: { vi: 'Mã địa bàn', en: 'Area code' },
  area_name_vi: { vi: 'Tên địa bàn', en: 'Area name (Vietnamese)' },
  area_name_en: { vi: 'Tên địa bàn (không dấu)', en: 'Area name' },
  period: { vi: 'Kỳ số liệu', en: 'Period' },
  period_start: { vi: 'Từ ngày', en: 'First day' },
  period_end: { vi: 'Đến ngày', en: 'Last day' },
  measure: { vi: 'Loại số liệu', en: 'Measure' },
  value: { vi: 'Giá trị', en: 'Value' },
  comparator: { vi: 'So sánh', en: 'Comparator' },
  upper: { vi: 'Cận trên', en: 'Upper bound' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  flag: { vi: 'Nguồn gốc', en: 'Provenance' },
  source_id: { vi: 'Mã nguồn', en: 'Source id' },
  source_url: { vi: 'Địa chỉ nguồn', en: 'Source URL' },
  formula: { vi: 'Công thức', en: 'Formula' },
  note_vi: { vi: 'Ghi chú', en: 'Note (Vietnamese)' },
  note_en: { vi: 'Ghi chú (tiếng Anh)', en: 'Note' },
};

/** How each column is written: text (Excel's `@` format), a number, or a date. */
const CELL_KIND: Record<PublishedColumn, 'text' | 'number' | 'date'> = {
  indicator: 'text', area: 'text', area_name_vi: 'text', area_name_en: 'text', period: 'text',
  period_start: 'date', period_end: 'date', measure: 'text', value: 'number', comparator: 'text', upper: 'number',
  unit: 'text', flag: 'text', source_id: 'text', source_url: 'text', formula: 'text', note_vi: 'text', note_en: 'text',
};

const WIDTH: Record<PublishedColumn, number> = {
  indicator: 20, area: 10, area_name_vi: 20, area_name_en: 18, period: 16, period_start: 12, period_end: 12, measure: 12,
  value: 14, comparator: 10, upper: 12, unit: 12, flag: 18, source_id: 30, source_url: 40, formula: 22, note_vi: 50, note_en: 50,
};

const text = (value: string, style: { bold?: boolean; wrap?: boolean } = {}): Cell => (value === '' ? null : {
  type: String, value, format: '@',
  ...(style.bold ? { fontWeight: 'bold' } : {}),
  ...(style.wrap ? { wrap: true, alignVertical: 'top' } : {}),
});
const header = (value: string): Cell => ({ type: String, value, fontWeight: 'bold', alignVertical: 'top' });

function cell(column: PublishedColumn, value: string): Cell {
  if (value === '') return null;
  switch (CELL_KIND[column]) {
    case 'number': return { type: Number, value: Number(value) };
    case 'date': return { type: Date, value: new Date(`${value}T00:00:00Z`), format: 'yyyy-mm-dd' };
    case 'text': return text(value);
  }
}

/** The data sheet: two header rows, then one row per published CSV row. */
function dataSheet(published: readonly PublishedRow[]): SheetData {
  const rows: Row[] = [
    PUBLISHED_COLUMNS.map((c) => header(XLSX_HEADERS[c].vi)),
    PUBLISHED_COLUMNS.map((c) => header(XLSX_HEADERS[c].en)),
  ];
  for (const r of published) rows.push(PUBLISHED_COLUMNS.map((c) => cell(c, r[c])));
  return rows;
}

const L = (vi: string, en: string): Localized => ({ vi, en });

/** The metadata sheet: label | Vietnamese | English, then the columns, then the sources. */
function aboutSheet(data: Dataset, indicator: Indicator, version: Version, site: string): SheetData {
  const meta = version.meta;
  const licence = LICENCES[meta.licence];
  const input = { indicator, version, site };
  const same = (v: string): Localized => ({ vi: v, en: v });
  const facts: [Localized, Localized][] = [
    [L('Chỉ tiêu', 'Indicator'), meta.title],
    [L('Mã chỉ tiêu', 'Indicator id'), same(indicator.id)],
    [L('Mô tả', 'Description'), meta.description],
    [L('Định nghĩa', 'Definition'), meta.definition],
    [L('Đơn vị (mã ở cột unit)', 'Unit (id in column unit)'), { vi: `${meta.unit.vi} (${meta.unit.id})`, en: meta.unit.en === meta.unit.id ? meta.unit.en : `${meta.unit.en} (${meta.unit.id})` }],
    [L('Phiên bản (ngày phát hành)', 'Version (release date)'), same(version.id)],
    [L('Thay đổi trong phiên bản', 'What changed in this version'), version.notes],
    [L('Ghi chú', 'Notes'), meta.notes],
    [L('Gián đoạn chuỗi số liệu', 'Series breaks'), {
      vi: meta.breaks.map((b) => `${b.date}: ${b.title.vi}. ${b.explanation.vi}`).join('\n'),
      en: meta.breaks.map((b) => `${b.date}: ${b.title.en}. ${b.explanation.en}`).join('\n'),
    }],
    [L('Giấy phép', 'Licence'), same(licence ? `${licence.title} (${meta.licence}) ${licence.path}` : meta.licence)],
    [L('Cách trích dẫn', 'How to cite'), { vi: citationText(input, 'vi'), en: citationText(input, 'en') }],
    [L('Trang chỉ tiêu', 'Indicator page'), { vi: absoluteUrl(site, indicatorPath('vi', indicator.id)), en: absoluteUrl(site, indicatorPath('en', indicator.id)) }],
    [L('Tệp CSV của phiên bản này', 'CSV file of this version'), same(absoluteUrl(site, dataFilePath(indicator.id, version.id, 'csv')))],
    [L('Số dòng số liệu', 'Rows of data'), same(String(version.observations.length))],
  ];
  const rows: Row[] = [[header(''), header('Tiếng Việt'), header('English')]];
  for (const [label, value] of facts) rows.push([header(`${label.vi} / ${label.en}`), text(value.vi, { wrap: true }), text(value.en, { wrap: true })]);

  rows.push([], [header('Cột của trang "Dữ liệu" / Columns of the "Data" sheet'), header('Ý nghĩa'), header('Meaning')]);
  for (const f of publishedSchema(version).fields) rows.push([text(f.name, { bold: true }), text(f['ansinh:description'].vi, { wrap: true }), text(f['ansinh:description'].en, { wrap: true })]);

  const sourceColumns = ['id', 'publisher', 'title', 'date', 'url', 'language', 'kind', 'note'] as const;
  rows.push([], [header('Nguồn được dẫn / Sources cited')], sourceColumns.map(header));
  for (const s of citedSources(data, version)) rows.push(sourceColumns.map((c) => text(s[c])));
  return rows;
}

/** Bump to write every workbook anew (a change to how they are written that the probe would not show). */
export const XLSX_WRITER_REVISION = 1;

type Sheets = Parameters<typeof writeXlsxFile>[0];

/** The workbook's bytes, written now: write-excel-file, then its zip made reproducible. */
async function writeWorkbook(sheets: Sheets, date: string): Promise<Uint8Array<ArrayBuffer>> {
  return normalizeZip(new Uint8Array(await writeXlsxFile(sheets).toBuffer()), date);
}

/** Cells name their kind by constructor (`type: String`): kept in the key by name. */
const keyJson = (value: unknown): string => JSON.stringify(value, (_, v: unknown) => (typeof v === 'function' ? `[${v.name}]` : v));

let writerFingerprint: Promise<string> | undefined;

/**
 * The writer's fingerprint: the installed write-excel-file and fflate, and the digest of a
 * probe workbook written now, two sheets with every kind of cell, style and option the
 * workbooks use (XLSX_WRITER_REVISION: bump for a change the probe would not show).
 */
function xlsxWriterFingerprint(): Promise<string> {
  writerFingerprint ??= writeWorkbook([
    {
      sheet: 'Probe ă', stickyRowsCount: 2, columns: [{ width: 10 }, { width: 20 }],
      data: [
        [header('Mã'), header('Giá trị')],
        [text('001', { bold: true }), { type: Number, value: 1234.5 }],
        [text('Hà Nội\n"x" <y> & z', { wrap: true }), { type: Date, value: new Date('2024-06-30T00:00:00Z'), format: 'yyyy-mm-dd' }],
        [null, text('')],
      ],
    },
    { sheet: 'Probe 2', data: [[text('b', { wrap: true })]], columns: [{ width: 40 }] },
  ], '2024-01-01').then((bytes) => sha256(keyJson([XLSX_WRITER_REVISION, installedVersion('write-excel-file'), installedVersion('fflate'), sha256(bytes)])));
  return writerFingerprint;
}

/**
 * Digest of the code that turns published rows into the data sheet, and of its tables: part
 * of every key, so a change to how a cell is written is a new key without a revision bump.
 */
const SHEET_CODE = sha256(JSON.stringify([
  [text, header, cell, dataSheet].map(String), CELL_KIND, WIDTH, XLSX_HEADERS, XLSX_SHEETS, PUBLISHED_COLUMNS,
]));

/**
 * The XLSX bytes of one released version. `site` is the absolute origin the URLs in the
 * metadata sheet use; `rows`, the version's published rows when the caller has them.
 *
 * Writing a workbook costs ~0.3 s per thousand rows (write-excel-file escapes and styles
 * cell by cell, then its zip is deflated twice), and a released version's workbook never
 * changes: the bytes are kept in the output cache (content-cache.ts), so each is written
 * once. The key is the digest of the published rows (the data sheet is made from them
 * alone, by SHEET_CODE), the metadata sheet, every sheet's options, and the writer's
 * fingerprint: the installed write-excel-file and fflate, and a probe workbook's bytes.
 */
export async function versionXlsx(
  data: Dataset, indicator: Indicator, version: Version, site: string, cacheDir: string | null = outputCacheDir(),
  rows: readonly PublishedRow[] = observationRows(data, indicator, version),
): Promise<Uint8Array<ArrayBuffer>> {
  const about = aboutSheet(data, indicator, version, site);
  // Each sheet's options (all but its data): in the key as they are.
  const options = [
    { sheet: XLSX_SHEETS.data, stickyRowsCount: 2, columns: PUBLISHED_COLUMNS.map((c) => ({ width: WIDTH[c] })) },
    { sheet: XLSX_SHEETS.about, columns: [34, 70, 70, 14, 40, 10, 12, 40].map((width) => ({ width })) },
  ] as const;
  const sheets = (): Sheets => [{ ...options[0], data: dataSheet(rows) }, { ...options[1], data: about }];
  if (!cacheDir) return writeWorkbook(sheets(), version.id);
  // The rows are plain strings: JSON.stringify without a replacer is fast on thousands of them.
  const key = sha256(`${keyJson(['xlsx', await xlsxWriterFingerprint(), SHEET_CODE, version.id, options, about])}\n${JSON.stringify(rows)}`);
  return (await cachedBytesAsync(key, { dir: cacheDir, ext: 'xlsx', isWhole: isWholeZip }, () => writeWorkbook(sheets(), version.id))).bytes;
}
