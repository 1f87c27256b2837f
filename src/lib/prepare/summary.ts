import type { Temporal } from '../data/model.ts';
import { formatNumber, type Lang } from '../format.ts';
import { periodObject, periodPhrase, sincePhrase } from '../i18n/dates.ts';
import { MEASURE_LABEL } from '../i18n/labels.ts';
import { SUMMARY_TEXT as S } from '../i18n/summary.ts';
import { placeName } from '../i18n/names.ts';
import { formatPercent, formatProgress, formatValue, headline, isApproximate } from './headline.ts';
import { requirePeriod } from './period.ts';
import type { AreaInput, ChartPoint, IndicatorInput, VersionInput } from './types.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const period = (p: ChartPoint) => requirePeriod(p.period);

/**
 * The plain-words summary beside a chart, generated from the data:
 * "Năm 2022, Hà Nội: 203.027 người, đạt 126,9% kế hoạch năm (160.000 người)."
 * Returns one or more sentences, or a sentence saying there is no figure. With `temporal`
 * `level` (a standard in force until the next one), the figure reads with the day it took
 * effect: "Hà Nội: 650.000 đồng/tháng từ 1/1/2026". A plan or target alone says so; a fall
 * to 0 reads "reached zero", not "down 100%".
 */
export function summary(indicator: IndicatorInput & { temporal?: Temporal | undefined }, version: VersionInput, area: AreaInput, lang: Lang): string {
  const h = headline(indicator, version, area.code);
  const place = placeName(area, lang);
  if (!h) return S.noFigure[lang]({ place });
  const v = (p: ChartPoint) => formatValue(p, indicator, lang);
  // A year (when a standard was met) is not a level in force: it keeps its date.
  const level = indicator.temporal === 'level' && indicator.kind !== 'year';
  const { latest } = h;
  const sentences: string[] = [];
  const value = v(latest);
  let first =
    latest.measure === 'plan' || latest.measure === 'target'
      ? S.planned[lang]({ measure: MEASURE_LABEL[latest.measure][lang], period: periodObject(period(latest))[lang], place, value })
      : level
        ? `${place}: ${value} ${sincePhrase(period(latest))[lang]}`
        : `${capitalise(periodPhrase(period(latest))[lang])}, ${place}: ${value}`;
  if (h.plan) first += S.ofPlan[lang]({ percent: formatProgress(h.plan, lang), plan: v(h.plan.plan) });
  else if (h.yearPlan) first += S.yearPlan[lang]({ year: h.yearPlan.year, plan: v(h.yearPlan) });
  if (h.change) {
    const { absolute, relative, from } = h.change;
    const fromWhen = level ? S.previousLevel[lang]({ since: sincePhrase(period(from))[lang] }) : periodObject(period(from))[lang];
    // Districts are counted one by one: "up 11 districts", not "up 57.9%".
    const counted = !isApproximate({ approximate: true, flag: 'derived' }, indicator);
    const amount = indicator.unit.id === 'percent'
      ? S.percentagePoints[lang]({ n: formatNumber(Math.abs(absolute), lang, indicator.decimals) })
      : relative !== undefined && !counted ? formatPercent(Math.abs(relative), lang) : formatValue({ ...from, value: Math.abs(absolute), comparator: '', flag: 'reported' }, indicator, lang);
    if (absolute === 0) first += S.unchanged[lang]({ from: fromWhen });
    else if (latest.value === 0 && latest.comparator === '') first += S.toZero[lang]({ from: v(from), when: periodPhrase(period(from))[lang] });
    else first += (absolute > 0 ? S.up : S.down)[lang]({ amount, from: fromWhen });
  }
  sentences.push(`${first}.`);

  if (h.yearToDate) {
    const { point, plan } = h.yearToDate;
    let s = S.yearToDate[lang]({ period: periodObject(period(point))[lang], value: v(point) });
    if (plan) s += S.yearToDateOfPlan[lang]({ percent: formatProgress(plan, lang), plan: v(plan.plan) });
    sentences.push(`${s}.`);
  }
  if (h.missingYears.length) sentences.push(S.missingYears[lang]({ years: h.missingYears.join(', ') }));
  if (isApproximate(latest, indicator) && latest.measure !== 'plan' && latest.measure !== 'target') sentences.push(S.approximate[lang]);
  return sentences.join(' ');
}
