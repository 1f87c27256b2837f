import type { Localized } from './types.ts';

/**
 * Words drawn inside a time-series chart, in both languages: one table for the site's SVG
 * (src/lib/charts) and the widget (widgets/chart), so the two always say the same. Both
 * import it through src/lib/charts/text.ts.
 */
export const CHART_LEGEND_TEXT = {
  actual: { vi: 'Thực hiện', en: 'Actual' },
  approximate: { vi: '≈ Tính toán, ước tính', en: '≈ Derived or estimated' },
  yearToDate: { vi: 'Lũy kế từ đầu năm', en: 'Year to date' },
  above: { vi: 'Trên mức này', en: 'More than' },
  below: { vi: 'Dưới mức này', en: 'Less than' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  planApproximate: { vi: '≈ Kế hoạch suy ra', en: '≈ Derived plan' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  targetRange: { vi: 'Khoảng mục tiêu', en: 'Target range' },
  seriesBreak: { vi: 'Đứt chuỗi số liệu', en: 'Series break' },
} satisfies Record<string, Localized>;
