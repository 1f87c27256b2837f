import { formatNumber, type Lang } from '../format.ts';
import { formatPercent, formatValue, headline } from './headline.ts';
import { periodPhrase } from './labels.ts';
import { parsePeriod, type Period } from '../data/period.ts';
import type { AreaInput, ChartPoint, IndicatorInput, VersionInput } from './types.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const period = (p: ChartPoint): Period => parsePeriod(p.period) as Period;

/**
 * The plain-words summary beside a chart, generated from the data:
 * "Năm 2022, Hà Nội: 203.027 người, đạt 126,9% kế hoạch năm (160.000 người)."
 * Returns one or more sentences, or a sentence saying there is no figure.
 */
export function summary(indicator: IndicatorInput, version: VersionInput, area: AreaInput, lang: Lang): string {
  const h = headline(indicator, version, area.code);
  const place = lang === 'vi' ? area.nameVi : area.level === 'city' ? 'Hanoi' : area.nameEn;
  if (!h) {
    return lang === 'vi' ? `Chưa có số liệu cho ${place}.` : `No figure for ${place} yet.`;
  }
  const v = (p: ChartPoint) => formatValue(p, indicator, lang);
  const sentences: string[] = [];
  const when = periodPhrase(period(h.latest))[lang];
  let first = lang === 'vi' ? `${capitalise(when)}, ${place}: ${v(h.latest)}` : `${capitalise(when)}, ${place}: ${v(h.latest)}`;
  if (h.plan) {
    first += lang === 'vi'
      ? `, đạt ${formatPercent(h.plan.percent, lang, h.plan.approximate)} kế hoạch năm (${v(h.plan.plan)})`
      : `, ${formatPercent(h.plan.percent, lang, h.plan.approximate)} of the annual plan (${v(h.plan.plan)})`;
  }
  if (h.change) {
    const { absolute, relative, from } = h.change;
    const rising = absolute > 0;
    const fromWhen = periodPhrase(period(from))[lang];
    const amount = indicator.unit.id === 'percent'
      ? `${formatNumber(Math.abs(absolute), lang, indicator.decimals)} ${lang === 'vi' ? 'điểm phần trăm' : 'percentage points'}`
      : relative !== undefined ? formatPercent(Math.abs(relative), lang) : formatValue({ ...from, value: Math.abs(absolute), comparator: '', flag: 'reported' }, indicator, lang);
    if (absolute === 0) first += lang === 'vi' ? `, không đổi so với ${fromWhen}` : `, unchanged from ${fromWhen.replace(/^(in|at|on) /, '')}`;
    else first += lang === 'vi'
      ? `, ${rising ? 'tăng' : 'giảm'} ${amount} so với ${fromWhen}`
      : `, ${rising ? 'up' : 'down'} ${amount} on ${fromWhen.replace(/^(in|at|on) /, '')}`;
  }
  sentences.push(`${first}.`);

  if (h.yearToDate) {
    const { point, plan } = h.yearToDate;
    const ytdWhen = periodPhrase(period(point))[lang];
    let s = lang === 'vi' ? `Lũy kế ${ytdWhen}: ${v(point)}` : `Year to date (${ytdWhen.replace(/^in /, '')}): ${v(point)}`;
    if (plan) s += lang === 'vi' ? `, bằng ${formatPercent(plan.percent, lang, plan.approximate)} kế hoạch năm (${v(plan.plan)})` : `, ${formatPercent(plan.percent, lang, plan.approximate)} of the annual plan (${v(plan.plan)})`;
    sentences.push(`${s}.`);
  }
  if (h.missingYears.length) {
    const years = h.missingYears.join(', ');
    sentences.push(lang === 'vi' ? `Không có số liệu cả năm cho năm ${years}.` : `No full-year figure for ${years}.`);
  }
  if (h.latest.approximate) {
    sentences.push(lang === 'vi' ? 'Số mới nhất là giá trị gần đúng (xem ghi chú trong bảng).' : 'The latest figure is approximate (see the notes in the table).');
  }
  return sentences.join(' ');
}
