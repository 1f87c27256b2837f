import type { Localized } from '../data/model.ts';
import type { Period } from '../data/period.ts';
import type { Flag, Measure } from '../data/schema.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How a period reads in a sentence or a table cell, in both languages. */
export function periodLabel(p: Period): Localized {
  switch (p.kind) {
    case 'year':
      return { vi: `${p.year}`, en: `${p.year}` };
    case 'months': {
      const from = p.fromMonth!;
      const to = p.toMonth!;
      if (from === 1) {
        return to === 12
          ? { vi: `${p.year}`, en: `${p.year}` }
          : { vi: `${to} tháng ${p.year}`, en: `Jan–${MONTHS_EN[to - 1]} ${p.year}` };
      }
      return { vi: `Tháng ${from}–${to}/${p.year}`, en: `${MONTHS_EN[from - 1]}–${MONTHS_EN[to - 1]} ${p.year}` };
    }
    case 'date': {
      const [, m, d] = p.start.split('-').map(Number) as [number, number, number];
      if (m === 1 && d === 1) return { vi: `Đầu năm ${p.year}`, en: `Start of ${p.year}` };
      if (m === 12 && d === 31) return { vi: `Cuối năm ${p.year}`, en: `End of ${p.year}` };
      return { vi: `${d}/${m}/${p.year}`, en: `${d} ${MONTHS_EN_LONG[m - 1]} ${p.year}` };
    }
    case 'month': {
      const m = Number(p.start.slice(5, 7));
      return { vi: `Tháng ${m}/${p.year}`, en: `${MONTHS_EN_LONG[m - 1]} ${p.year}` };
    }
    case 'in-year':
      return { vi: `Năm ${p.year} (không rõ ngày)`, en: `${p.year} (date unknown)` };
  }
}

/** A period's label inside a sentence: "năm 2022" / "in 2022", "cuối năm 2022" / "at the end of 2022". */
export function periodPhrase(p: Period): Localized {
  const l = periodLabel(p);
  if (p.kind === 'year' || (p.kind === 'months' && p.fromMonth === 1 && p.toMonth === 12)) return { vi: `năm ${p.year}`, en: `in ${p.year}` };
  if (p.kind === 'months') return { vi: l.vi.charAt(0).toLowerCase() + l.vi.slice(1), en: `in ${l.en}` };
  if (p.kind === 'date') {
    const lower = l.vi.charAt(0).toLowerCase() + l.vi.slice(1);
    if (l.en.startsWith('Start')) return { vi: lower, en: `at the start of ${p.year}` };
    if (l.en.startsWith('End')) return { vi: lower, en: `at the end of ${p.year}` };
    return { vi: `ngày ${l.vi}`, en: `on ${l.en}` };
  }
  if (p.kind === 'in-year') return { vi: `trong năm ${p.year} (không rõ ngày)`, en: `at some point in ${p.year} (date unknown)` };
  return { vi: l.vi.charAt(0).toLowerCase() + l.vi.slice(1), en: `in ${l.en}` };
}

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
