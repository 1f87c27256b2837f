/**
 * The rows of the chart's data table: every drawn value, in time order, with its measure
 * and what its flag means. Keyboard and screen-reader users read the values here.
 */
import type { Indicator } from '../../src/lib/data/model.ts';
import type { Lang } from '../../src/lib/format.ts';
import { formatValue } from '../../src/lib/prepare/headline.ts';
import { FLAG_LABEL, MEASURE_LABEL } from '../../src/lib/prepare/labels.ts';
import type { ChartData, ChartPoint } from '../../src/lib/prepare/types.ts';

export interface TableRow {
  period: string;
  measure: string;
  value: string;
  /** Empty for a reported exact value; otherwise how it was obtained (derived, translated…). */
  note: string;
}

export function tableRows(data: ChartData, indicator: Pick<Indicator, 'decimals' | 'unit' | 'kind'>, lang: Lang): TableRow[] {
  const points: ChartPoint[] = [...data.actualSegments.flatMap((s) => s.points), ...data.actualMarks, ...data.plan, ...data.target, ...data.reference];
  // By date, then actual, estimate, plan, target (alphabetical), then period.
  const key = (p: ChartPoint) => `${p.date} ${p.measure} ${p.period}`;
  points.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return points.map((p) => ({
    period: p.label[lang],
    measure: MEASURE_LABEL[p.measure][lang],
    value: formatValue(p, indicator, lang),
    note: p.flag === 'reported' ? '' : FLAG_LABEL[p.flag][lang],
  }));
}
