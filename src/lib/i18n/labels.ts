/**
 * Names of the data model's codes in both languages: topics, area and commune types,
 * measures, provenance flags, bounds, source kinds. Widgets import some of them (through
 * src/lib/prepare/labels.ts), so this file stays free of Node code.
 */
import type { AreaType, SourceKind, Topic } from '../data/model.ts';
import type { Comparator, Flag, Measure } from '../data/schema.ts';
import type { Localized } from './types.ts';

export const TOPIC_LABEL: Record<Topic, Localized> = {
  labour: { vi: 'Lao động, việc làm', en: 'Labour and jobs' },
  poverty: { vi: 'Giảm nghèo', en: 'Poverty reduction' },
  merit: { vi: 'Người có công', en: 'People with merit' },
  welfare: { vi: 'Trợ giúp xã hội', en: 'Social assistance' },
  insurance: { vi: 'Bảo hiểm xã hội, bảo hiểm y tế', en: 'Social and health insurance' },
  geography: { vi: 'Dân số và địa giới', en: 'Population and geography' },
};

/** The order topics are listed in: the founding article's three pillars, then geography. */
export const TOPIC_ORDER: readonly Topic[] = ['labour', 'merit', 'welfare', 'poverty', 'insurance', 'geography'];

export const AREA_TYPE_LABEL: Record<AreaType, Localized> = {
  city: { vi: 'Thành phố', en: 'City' },
  quan: { vi: 'Quận', en: 'Urban district' },
  huyen: { vi: 'Huyện', en: 'Rural district' },
  'thi-xa': { vi: 'Thị xã', en: 'Town' },
};

export const MEASURE_LABEL: Record<Measure, Localized> = {
  actual: { vi: 'Thực hiện', en: 'Actual' },
  estimate: { vi: 'Ước tính', en: 'Estimate' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  pct_of_plan: { vi: '% kế hoạch (nguồn nêu)', en: '% of plan (as stated)' },
  pct_change: { vi: '% thay đổi so với năm trước (nguồn nêu)', en: '% change on the previous year (as stated)' },
  reference: { vi: 'Mức của trung ương', en: 'National level' },
};

export const FLAG_LABEL: Record<Flag, Localized> = {
  reported: { vi: 'nguồn công bố', en: 'reported' },
  'reported-translation': { vi: 'qua bản dịch', en: 'via a translation' },
  derived: { vi: 'tính toán (≈)', en: 'derived (≈)' },
  'founding-article': { vi: 'chỉ có trong bài báo gốc', en: 'founding article only' },
};

export const FLAG_EXPLANATION: Record<Flag, Localized> = {
  reported: { vi: 'Con số có trong nguồn được dẫn.', en: 'The figure is stated in the cited source.' },
  'reported-translation': {
    vi: 'Con số chỉ thấy trong bản dịch của bài gốc; cần đối chiếu với bản tiếng Việt.',
    en: 'The figure was seen only in a translation of the original article; it should be checked against the Vietnamese original.',
  },
  derived: {
    vi: 'Con số được tính từ các số liệu đã công bố; công thức được ghi lại. Hiển thị là giá trị gần đúng (≈).',
    en: 'The figure is computed from published figures; the formula is recorded. It is shown as approximate (≈).',
  },
  'founding-article': {
    vi: 'Con số chỉ có trong bài báo gốc (Tuổi trẻ Thủ đô, tháng 1/2023), chưa tìm thấy ở nguồn khác.',
    en: 'The figure appears only in the founding article (Tuổi trẻ Thủ đô, January 2023) and was not found elsewhere.',
  },
};

/** The words before a bound: "dưới 4%", "more than 1,000". */
export const BOUND_WORDS: Record<Exclude<Comparator, '' | 'range'>, Localized> = {
  '<': { vi: 'dưới', en: 'below' },
  '<=': { vi: 'không quá', en: 'at most' },
  '>': { vi: 'hơn', en: 'more than' },
  '>=': { vi: 'ít nhất', en: 'at least' },
  '~': { vi: 'khoảng', en: 'about' },
};

export const SOURCE_KIND_LABEL: Record<SourceKind, Localized> = {
  primary: { vi: 'nguồn gốc', en: 'primary' },
  secondary: { vi: 'nguồn thứ cấp (bản sao, tổng hợp)', en: 'secondary (mirror or aggregator)' },
  translation: { vi: 'bản dịch', en: 'translation' },
  dataset: { vi: 'bộ dữ liệu', en: 'dataset' },
};

/** Languages a source is written in, by ISO 639-1 code. */
export const SOURCE_LANGUAGE_LABEL: Readonly<Record<string, Localized>> = {
  vi: { vi: 'tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'tiếng Anh', en: 'English' },
  ja: { vi: 'tiếng Nhật', en: 'Japanese' },
  es: { vi: 'tiếng Tây Ban Nha', en: 'Spanish' },
  de: { vi: 'tiếng Đức', en: 'German' },
  fr: { vi: 'tiếng Pháp', en: 'French' },
};
