/**
 * A headline (src/lib/prepare/headline.ts) as the pages word it: the indicator page's
 * headline box, the cards of the home page and the indicator index.
 */
import type { Indicator } from '../data/model.ts';
import type { Lang } from '../format.ts';
import { UI, sincePhrase } from '../i18n/index.ts';
import { formatProgress, formatValue, type Headline } from '../prepare/headline.ts';
import { requirePeriod } from '../prepare/period.ts';

export interface HeadlineView {
  /** What the figure is: "Số liệu mới nhất (2025)", "Mức áp dụng từ 1/1/2026", "Kế hoạch (2025)". */
  label: string;
  /** When, in few words, for a card: "2025", "từ 1/1/2026", "Kế hoạch 2025". */
  when: string;
  /** The figure: "222.000 người", "hơn 180.500 người". */
  value: string;
  /** % of the year's plan and the plan: "≈ 131,4%", "169.000 người". */
  plan?: { percent: string; plan: string; year: number };
  /** The year's plan where a % of it would mean nothing (a rate). */
  yearPlan?: { year: number; value: string };
  /** Newer part-year figures: "Số liệu 10 tháng 2025 đã có: 195.558 người, bằng 115,7% kế hoạch năm (169.000 người)". */
  newer?: string;
}

export function headlineView(indicator: Pick<Indicator, 'unit' | 'kind' | 'decimals' | 'temporal'>, h: Headline, lang: Lang): HeadlineView {
  const { latest } = h;
  const v = (p: Parameters<typeof formatValue>[0]) => formatValue(p, indicator, lang);
  const period = latest.label[lang];
  let label: string;
  let when: string;
  if (latest.measure === 'plan' || latest.measure === 'target') {
    label = `${UI.measure[latest.measure][lang]} (${period})`;
    when = label;
  } else if (indicator.temporal === 'level' && indicator.kind !== 'year') {
    const since = sincePhrase(requirePeriod(latest.period))[lang];
    label = UI.indicator.levelSince[lang]({ since });
    when = since;
  } else {
    label = `${UI.site.latest[lang]} (${period})`;
    when = period;
  }
  const view: HeadlineView = { label, when, value: v(latest) };
  if (h.plan) view.plan = { percent: formatProgress(h.plan, lang), plan: v(h.plan.plan), year: h.plan.plan.year };
  if (h.yearPlan) view.yearPlan = { year: h.yearPlan.year, value: v(h.yearPlan) };
  if (h.yearToDate) {
    const { point, plan } = h.yearToDate;
    let newer = UI.indicator.newerPartial[lang]({ period: point.label[lang], value: v(point) });
    if (plan) newer += UI.summary.yearToDateOfPlan[lang]({ percent: formatProgress(plan, lang), plan: v(plan.plan) });
    view.newer = `${newer}.`;
  }
  return view;
}
