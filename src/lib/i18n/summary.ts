/**
 * The words of the plain-words summary beside a chart (src/lib/prepare/summary.ts), which
 * the widgets show too: this file stays free of Node code. Values arrive formatted.
 */
import { template } from './types.ts';

export const SUMMARY_TEXT = {
  noFigure: template<{ place: string }>({ vi: ({ place }) => `Chưa có số liệu cho ${place}.`, en: ({ place }) => `No figure for ${place} yet.` }),
  /** Follows "Năm 2022, Hà Nội: 203.027 người". */
  ofPlan: template<{ percent: string; plan: string }>({
    vi: ({ percent, plan }) => `, đạt ${percent} kế hoạch năm (${plan})`,
    en: ({ percent, plan }) => `, ${percent} of the annual plan (${plan})`,
  }),
  /** Follows a rate (or a count on a day within the year): its year's plan, without a "% of plan". */
  yearPlan: template<{ year: number; plan: string }>({ vi: ({ year, plan }) => ` (kế hoạch năm ${year}: ${plan})`, en: ({ year, plan }) => ` (${year} plan: ${plan})` }),
  /** A figure that is only a plan or a target: "Kế hoạch năm 2025, Hà Nội: 92,83 tỷ đồng" (`measure`: "Kế hoạch", "Mục tiêu"). */
  planned: template<{ measure: string; period: string; place: string; value: string }>({
    vi: ({ measure, period, place, value }) => `${measure} ${period}, ${place}: ${value}`,
    en: ({ measure, period, place, value }) => `${measure} for ${period}, ${place}: ${value}`,
  }),
  /** The level a new one is compared with: "so với mức từ tháng 7/2024". */
  previousLevel: template<{ since: string }>({ vi: ({ since }) => `mức ${since}`, en: ({ since }) => `the level ${since}` }),
  /** A fall to 0, instead of "down 100%": "đã về 0 (từ 676 hộ vào tháng 6/2024)". */
  toZero: template<{ from: string; when: string }>({
    vi: ({ from, when }) => `, đã về 0 (từ ${from} vào ${when})`,
    en: ({ from, when }) => `, reached zero (from ${from} ${when})`,
  }),
  percentagePoints: template<{ n: string }>({ vi: ({ n }) => `${n} điểm phần trăm`, en: ({ n }) => `${n} percentage points` }),
  unchanged: template<{ from: string }>({ vi: ({ from }) => `, không đổi so với ${from}`, en: ({ from }) => `, unchanged from ${from}` }),
  up: template<{ amount: string; from: string }>({ vi: ({ amount, from }) => `, tăng ${amount} so với ${from}`, en: ({ amount, from }) => `, up ${amount} on ${from}` }),
  down: template<{ amount: string; from: string }>({ vi: ({ amount, from }) => `, giảm ${amount} so với ${from}`, en: ({ amount, from }) => `, down ${amount} on ${from}` }),
  yearToDate: template<{ period: string; value: string }>({ vi: ({ period, value }) => `Lũy kế ${period}: ${value}`, en: ({ period, value }) => `Year to date (${period}): ${value}` }),
  yearToDateOfPlan: template<{ percent: string; plan: string }>({
    vi: ({ percent, plan }) => `, bằng ${percent} kế hoạch năm (${plan})`,
    en: ({ percent, plan }) => `, ${percent} of the annual plan (${plan})`,
  }),
  missingYears: template<{ years: string }>({ vi: ({ years }) => `Không có số liệu cả năm cho năm ${years}.`, en: ({ years }) => `No full-year figure for ${years}.` }),
  approximate: { vi: 'Số mới nhất là giá trị gần đúng (xem ghi chú trong bảng).', en: 'The latest figure is approximate (see the notes in the table).' },
};
