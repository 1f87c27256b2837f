import type { Localized } from './types.ts';

/**
 * Words drawn inside a time-series chart, in both languages: one table for the site's SVG
 * and the widget, which draw from the same layout (src/lib/charts/layout.ts). Legend words
 * are short, so that a phone's legend stays smaller than its plot; the measures' own names
 * (Thực hiện, Kế hoạch, Mục tiêu) are those of src/lib/i18n/labels.ts.
 */
export const CHART_TEXT = {
  approx: { vi: '≈ ước tính', en: '≈ estimate' },
  ytd: { vi: 'Lũy kế trong năm', en: 'Year to date' },
  when: { vi: 'Không rõ ngày', en: 'Date unknown' },
  reference: { vi: 'Mức trung ương', en: 'National level' },
  /** After a percentage: "126,9% kế hoạch". */
  ofPlan: { vi: 'kế hoạch', en: 'of plan' },
  /** After the percentage of a year-to-date figure: "115,7% kế hoạch năm". */
  ofAnnualPlan: { vi: 'kế hoạch năm', en: 'of annual plan' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  seriesBreak: { vi: 'Đứt chuỗi số liệu', en: 'Series break' },
  noData: { vi: 'Không có số liệu', en: 'No data' },
} satisfies Record<string, Localized>;
