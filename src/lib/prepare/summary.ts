import { formatNumber, type Lang } from '../format.ts';
import { periodObject, periodPhrase } from '../i18n/dates.ts';
import { SUMMARY_TEXT as S } from '../i18n/summary.ts';
import { placeName } from '../i18n/names.ts';
import { formatPercent, formatValue, headline } from './headline.ts';
import { requirePeriod } from './period.ts';
import type { AreaInput, ChartPoint, IndicatorInput, VersionInput } from './types.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const period = (p: ChartPoint) => requirePeriod(p.period);

/**
 * The plain-words summary beside a chart, generated from the data:
 * "Năm 2022, Hà Nội: 203.027 người, đạt 126,9% kế hoạch năm (160.000 người)."
 * Returns one or more sentences, or a sentence saying there is no figure.
 */
export function summary(indicator: IndicatorInput, version: VersionInput, area: AreaInput, lang: Lang): string {
  const h = headline(indicator, version, area.code);
  const place = placeName(area, lang);
  if (!h) return S.noFigure[lang]({ place });
  const v = (p: ChartPoint) => formatValue(p, indicator, lang);
  const sentences: string[] = [];
  let first = `${capitalise(periodPhrase(period(h.latest))[lang])}, ${place}: ${v(h.latest)}`;
  if (h.plan) first += S.ofPlan[lang]({ percent: formatPercent(h.plan.percent, lang, h.plan.approximate), plan: v(h.plan.plan) });
  if (h.change) {
    const { absolute, relative, from } = h.change;
    const fromWhen = periodObject(period(from))[lang];
    const amount = indicator.unit.id === 'percent'
      ? S.percentagePoints[lang]({ n: formatNumber(Math.abs(absolute), lang, indicator.decimals) })
      : relative !== undefined ? formatPercent(Math.abs(relative), lang) : formatValue({ ...from, value: Math.abs(absolute), comparator: '', flag: 'reported' }, indicator, lang);
    if (absolute === 0) first += S.unchanged[lang]({ from: fromWhen });
    else first += (absolute > 0 ? S.up : S.down)[lang]({ amount, from: fromWhen });
  }
  sentences.push(`${first}.`);

  if (h.yearToDate) {
    const { point, plan } = h.yearToDate;
    let s = S.yearToDate[lang]({ period: periodObject(period(point))[lang], value: v(point) });
    if (plan) s += S.yearToDateOfPlan[lang]({ percent: formatPercent(plan.percent, lang, plan.approximate), plan: v(plan.plan) });
    sentences.push(`${s}.`);
  }
  if (h.missingYears.length) sentences.push(S.missingYears[lang]({ years: h.missingYears.join(', ') }));
  if (h.latest.approximate) sentences.push(S.approximate[lang]);
  return sentences.join(' ');
}
