/** What the site's files other than pages say: feeds, share images, citations, JSON-LD. */
import type { PublishedColumn } from '../outputs/csv.ts';
import { template, type Localized } from './types.ts';

export const FEED_TEXT = {
  title: { vi: 'An Sinh — Số liệu mới phát hành', en: 'An Sinh — Data releases' },
  subtitle: {
    vi: 'Mỗi mục là một phiên bản số liệu vừa phát hành của một chỉ tiêu an sinh xã hội Hà Nội.',
    en: "Each entry is a newly released version of one of Hanoi's social-welfare indicators.",
  },
  entry: template<{ title: string; version: string }>({ vi: ({ title, version }) => `${title} — phiên bản ${version}`, en: ({ title, version }) => `${title} — version ${version}` }),
  first: template<{ n: number }>({ vi: ({ n }) => `${n} giá trị.`, en: ({ n }) => `${n} values.` }),
  changes: template<{ from: string; added: number; removed: number; revised: number }>({
    vi: ({ from, added, removed, revised }) => `So với phiên bản ${from}: thêm ${added}, bỏ ${removed}, sửa ${revised} giá trị.`,
    en: ({ from, added, removed, revised }) => `Compared with version ${from}: ${added} added, ${removed} removed, ${revised} revised values.`,
  }),
  csv: { vi: 'Tải CSV', en: 'Download CSV' },
};

/** Words of the standalone chart images (src/lib/og/chart-image.ts) and the links to them. */
export const CHART_IMAGE_TEXT = {
  version: template<{ date: string }>({ vi: ({ date }) => `Số liệu phiên bản ${date}`, en: ({ date }) => `Data version of ${date}` }),
  /** The most cited publishers, and how many others the page lists. */
  sources: template<{ list: string; more: number }>({
    vi: ({ list, more }) => `Nguồn: ${list}${more ? ` và ${more} nguồn khác` : ''}.`,
    en: ({ list, more }) => `Source${more ? 's' : ''}: ${list}${more ? ` and ${more} more` : ''}.`,
  }),
  /** Before the link pair near a chart: "Tải ảnh: PNG · SVG". */
  download: { vi: 'Tải ảnh', en: 'Download image' },
  /** The image's alternative text in feeds: "Biểu đồ: <title>". */
  alt: template<{ title: string }>({ vi: ({ title }) => `Biểu đồ: ${title}`, en: ({ title }) => `Chart: ${title}` }),
  /** The same for a district map (a version without a city chart): "Bản đồ theo quận, huyện: <title>". */
  mapAlt: template<{ title: string }>({ vi: ({ title }) => `Bản đồ theo quận, huyện: ${title}`, en: ({ title }) => `Map by district: ${title}` }),
};

export const CARD_TEXT = {
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  derived: { vi: 'tính từ số liệu công bố', en: 'derived from published figures' },
  noData: { vi: 'Chưa có số liệu', en: 'No data yet' },
  byDistrict: { vi: 'Số liệu theo quận, huyện; không có số toàn thành phố', en: 'Figures by district; no city-wide figure' },
  openData: { vi: 'Dữ liệu mở', en: 'Open data' },
  districts: template<{ n: number }>({ vi: ({ n }) => `${n} quận, huyện, thị xã`, en: ({ n }) => `${n} districts` }),
  /** The period of a full year's figure: "Năm 2022", "2022". */
  fullYear: template<{ year: number }>({ vi: ({ year }) => `Năm ${year}`, en: ({ year }) => `${year}` }),
  until: template<{ date: string }>({ vi: ({ date }) => `đến ${date}`, en: ({ date }) => `until ${date}` }),
  communes: template<{ n: number; on: string }>({ vi: ({ n, on }) => `${n} đơn vị cấp xã (${on})`, en: ({ n, on }) => `${n} commune-level units (${on})` }),
  abolished: template<{ from: string }>({ vi: ({ from }) => `cấp huyện bãi bỏ từ ${from}`, en: ({ from }) => `district level abolished ${from}` }),
  homeFigure: template<{ n: string }>({ vi: ({ n }) => `${n} chỉ tiêu`, en: ({ n }) => `${n} indicators` }),
  homeCaption: template<{ n: number }>({ vi: ({ n }) => `${n} quận, huyện, thị xã · mỗi con số đều có nguồn`, en: ({ n }) => `${n} districts · a source for every figure` }),
};

export const CITATION_TEXT = {
  version: { vi: 'phiên bản', en: 'version' },
  dataset: { vi: 'Bộ dữ liệu', en: 'Data set' },
  accessed: { vi: 'truy cập ngày', en: 'retrieved' },
  accessedNote: template<{ date: string }>({
    vi: ({ date }) => `Ngày truy cập ghi sẵn là ngày trang này được tạo (${date}); nếu bạn tải số liệu vào ngày khác, hãy sửa lại.`,
    en: ({ date }) => `The retrieval date given is the day this page was built (${date}); if you download the data on another day, change it.`,
  }),
  release: { vi: 'đợt phát hành', en: 'release' },
  datasetTitle: { vi: 'Số liệu lao động, người có công và an sinh xã hội Hà Nội', en: "Hanoi's labour, people-with-merit and social-welfare indicators" },
};

export const JSON_LD_TEXT = {
  place: { vi: 'Hà Nội, Việt Nam', en: 'Hanoi, Viet Nam' },
} satisfies Record<string, Localized>;

/**
 * What each column of the published CSV holds (its datapackage.json describes them in both
 * languages), as the first releases published it: their descriptors never change.
 */
export const COLUMN_TEXT: Record<PublishedColumn, Localized> = {
  indicator: {
    vi: 'Mã chỉ tiêu',
    en: 'Indicator id',
  },
  area: {
    vi: 'Mã GSO của địa bàn: 01 là thành phố Hà Nội, 3 chữ số là quận, huyện, thị xã (trước 1/7/2025)',
    en: 'GSO code of the area: 01 for Hanoi city, 3 digits for a district (before 1 July 2025)',
  },
  area_name_vi: {
    vi: 'Tên địa bàn bằng tiếng Việt',
    en: 'Name of the area in Vietnamese',
  },
  area_name_en: {
    vi: 'Tên địa bàn không dấu, dùng trong tiếng Anh',
    en: 'ASCII name of the area, as used in English',
  },
  period: {
    vi: 'Kỳ số liệu: YYYY cả năm; YYYY-MM/YYYY-MM các tháng (kể cả hai đầu); YYYY-MM-DD thời điểm; YYYY-MM thời điểm trong tháng',
    en: 'Period: YYYY full year; YYYY-MM/YYYY-MM months inclusive; YYYY-MM-DD point in time; YYYY-MM point within that month',
  },
  period_start: {
    vi: 'Ngày đầu tiên của kỳ',
    en: 'First day covered by the period',
  },
  period_end: {
    vi: 'Ngày cuối cùng của kỳ',
    en: 'Last day covered by the period',
  },
  measure: {
    vi: 'actual: thực hiện; estimate: ước đạt; plan: kế hoạch năm; target: mục tiêu; pct_of_plan: % so với kế hoạch do nguồn nêu',
    en: 'actual: reported outcome; estimate: outcome estimated before year end; plan: the annual plan; target: a strategy target or ceiling; pct_of_plan: the % of plan the source states',
  },
  value: {
    vi: 'Giá trị theo đơn vị ở cột unit; dấu chấm là dấu thập phân, không có dấu phân cách hàng nghìn',
    en: 'Value in the unit of column unit; "." as decimal mark, no thousands separator',
  },
  comparator: {
    vi: 'Để trống nếu là giá trị chính xác; <, <=, >, >= nếu là cận; range nếu là khoảng (với upper)',
    en: 'Empty for an exact value; <, <=, >, >= for a bound; range for a range (with upper)',
  },
  upper: {
    vi: 'Cận trên, chỉ khi comparator là range',
    en: 'Upper bound, only with comparator range',
  },
  unit: {
    vi: 'Mã đơn vị của value (percent với pct_of_plan)',
    en: 'Unit id of value (percent for pct_of_plan)',
  },
  flag: {
    vi: 'Nguồn gốc: reported (nguồn nêu), reported-translation (chỉ thấy trong bản dịch của nguồn), derived (tính từ số liệu được nêu, xem formula; là giá trị gần đúng), founding-article (chỉ có trong bài báo gốc tháng 1/2023)',
    en: 'Provenance: reported (stated in the source), reported-translation (seen only in a translation of the source), derived (computed from reported values, see formula; approximate), founding-article (stated only in the January 2023 founding article)',
  },
  source_id: {
    vi: 'Mã nguồn trong /data/sources.csv',
    en: 'Source id in /data/sources.csv',
  },
  source_url: {
    vi: 'Địa chỉ của nguồn',
    en: 'URL of the source',
  },
  formula: {
    vi: 'Phép tính ra giá trị derived, từ các số được nêu',
    en: 'Arithmetic on reported numbers behind a derived value',
  },
  note_vi: {
    vi: 'Ghi chú bằng tiếng Việt',
    en: 'Note in Vietnamese',
  },
  note_en: {
    vi: 'Ghi chú bằng tiếng Anh',
    en: 'Note in English',
  },
};

/**
 * The descriptions of the columns whose forms the current data schema widened (periods
 * known only to their year, `~`, the stated % change, national reference levels): used
 * by the descriptor of a version whose rows use those forms.
 */
export const COLUMN_TEXT_CURRENT = {
  period: {
    vi: 'Kỳ số liệu: YYYY cả năm; YYYY-MM/YYYY-MM các tháng (kể cả hai đầu); YYYY-MM-DD thời điểm; YYYY-MM thời điểm trong tháng; YYYY-XX thời điểm trong năm, không rõ tháng và ngày',
    en: 'Period: YYYY full year; YYYY-MM/YYYY-MM months inclusive; YYYY-MM-DD point in time; YYYY-MM point within that month; YYYY-XX point within that year, month and day unknown',
  },
  measure: {
    vi: 'actual: thực hiện; estimate: ước đạt; plan: kế hoạch năm; target: mục tiêu; pct_of_plan: % so với kế hoạch do nguồn nêu; pct_change: % thay đổi so với năm trước do nguồn nêu; reference: mức của trung ương áp dụng bên cạnh mức của thành phố',
    en: 'actual: reported outcome; estimate: outcome estimated before year end; plan: the annual plan; target: a strategy target or ceiling; pct_of_plan: the % of plan the source states; pct_change: the % change on the previous year the source states; reference: the national level that applies beside the city\'s own',
  },
  comparator: {
    vi: 'Để trống nếu là giá trị chính xác; <, <=, >, >= nếu là cận; ~ nếu là giá trị khoảng chừng; range nếu là khoảng (với upper)',
    en: 'Empty for an exact value; <, <=, >, >= for a bound; ~ for an approximate value; range for a range (with upper)',
  },
  unit: {
    vi: 'Mã đơn vị của value (percent với pct_of_plan và pct_change)',
    en: 'Unit id of value (percent for pct_of_plan and pct_change)',
  },
} satisfies Partial<Record<PublishedColumn, Localized>>;
