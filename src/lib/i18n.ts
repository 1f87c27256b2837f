import type { Localized, Topic } from './data/model.ts';
import type { Lang } from './format.ts';

/** Interface text of the site, in both languages (VI/EN parity is checked by a test). */
export const UI = {
  siteName: { vi: 'An Sinh', en: 'An Sinh' },
  tagline: { vi: 'Số liệu mở về lao động, người có công và xã hội của Hà Nội', en: "Open data on Hanoi's labour, people with merit and social welfare" },
  skip: { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
  nav: { vi: 'Điều hướng chính', en: 'Main navigation' },
  home: { vi: 'Trang chủ', en: 'Home' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  districts: { vi: 'Quận, huyện', en: 'Districts' },
  about: { vi: 'Giới thiệu và phương pháp', en: 'About and methods' },
  search: { vi: 'Tìm kiếm', en: 'Search' },
  switchTo: { vi: 'English', en: 'Tiếng Việt' },
  latest: { vi: 'Số liệu mới nhất', en: 'Latest figure' },
  ofPlan: { vi: 'so với kế hoạch', en: 'of plan' },
  chart: { vi: 'Biểu đồ', en: 'Chart' },
  table: { vi: 'Bảng số liệu', en: 'Data table' },
  period: { vi: 'Kỳ', en: 'Period' },
  area: { vi: 'Địa bàn', en: 'Area' },
  measure: { vi: 'Loại số liệu', en: 'Measure' },
  value: { vi: 'Giá trị', en: 'Value' },
  provenance: { vi: 'Nguồn gốc', en: 'Provenance' },
  source: { vi: 'Nguồn', en: 'Source' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  definition: { vi: 'Định nghĩa', en: 'Definition' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  breaks: { vi: 'Thay đổi trong chuỗi số liệu', en: 'Series breaks' },
  sources: { vi: 'Nguồn số liệu', en: 'Sources' },
  licence: { vi: 'Giấy phép', en: 'Licence' },
  download: { vi: 'Tải số liệu', en: 'Download the data' },
  cite: { vi: 'Trích dẫn', en: 'How to cite' },
  revisions: { vi: 'Lịch sử sửa đổi', en: 'Revision history' },
  embed: { vi: 'Nhúng biểu đồ', en: 'Embed this chart' },
  summary: { vi: 'Tóm tắt', en: 'Summary' },
  noData: { vi: 'Không có số liệu', en: 'No data' },
  version: { vi: 'Phiên bản', en: 'Version' },
  released: { vi: 'Ngày phát hành', en: 'Released' },
  districtAbolished: {
    vi: 'Cấp huyện đã bị bãi bỏ từ ngày 1/7/2025.',
    en: 'The district level was abolished on 1 July 2025.',
  },
  approxNote: { vi: '≈ là giá trị gần đúng (tính toán hoặc ước tính).', en: '≈ marks an approximate value (derived or estimated).' },
  footerData: { vi: 'Số liệu theo giấy phép CC BY 4.0; bản đồ © geoBoundaries (CC BY 3.0 IGO).', en: 'Data under CC BY 4.0; map boundaries © geoBoundaries (CC BY 3.0 IGO).' },
} satisfies Record<string, Localized>;

export const TOPIC_LABEL: Record<Topic, Localized> = {
  labour: { vi: 'Lao động, việc làm', en: 'Labour and jobs' },
  poverty: { vi: 'Giảm nghèo', en: 'Poverty reduction' },
  merit: { vi: 'Người có công', en: 'People with merit' },
  welfare: { vi: 'Trợ giúp xã hội', en: 'Social assistance' },
  insurance: { vi: 'Bảo hiểm xã hội, bảo hiểm y tế', en: 'Social and health insurance' },
  geography: { vi: 'Dân số và địa giới', en: 'Population and geography' },
};

export const TOPIC_ORDER: readonly Topic[] = ['labour', 'merit', 'welfare', 'poverty', 'insurance', 'geography'];

export const AREA_TYPE_LABEL: Record<string, Localized> = {
  city: { vi: 'Thành phố', en: 'City' },
  quan: { vi: 'Quận', en: 'Urban district' },
  huyen: { vi: 'Huyện', en: 'Rural district' },
  'thi-xa': { vi: 'Thị xã', en: 'Town' },
};

export const t = (key: keyof typeof UI, lang: Lang): string => UI[key][lang];

/** "d/m/yyyy" in Vietnamese, "d Month yyyy" in English, from an ISO date. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'vi') return `${d}/${m}/${y}`;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return `${d} ${month} ${y}`;
}
