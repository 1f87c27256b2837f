/**
 * What an indicator's district map shows: which period, the districts' values as they read,
 * and its words. One choice for the indicator page's map (components/IndicatorPage.astro,
 * DistrictMap.astro) and the image of a version without a city chart (og/chart-image.ts),
 * so both show the same period alike.
 */
import type { DistrictValue } from '../charts/choropleth.ts';
import type { IndicatorMeta, Observation } from '../data/model.ts';
import type { Period } from '../data/period.ts';
import type { Lang } from '../format.ts';
import { periodLabel, UI } from '../i18n/index.ts';
import { formatValue } from './headline.ts';
import { preferred, toPoint } from './series.ts';
import { byCodeUnits } from '../compare.ts';

/** Only exact values are coloured: a bound has no place on a sequential scale. */
export const colourable = (o: Observation): boolean => o.comparator === '' && (o.measure === 'actual' || o.measure === 'estimate');

/**
 * The period a district map shows, from district observations: the most recent period with
 * at least five districts coloured (a census beats a later figure for one district);
 * failing that, the period with the most, the most recent of those. Undefined when no
 * district figure can be coloured.
 */
export function districtMapPeriod(districtObs: readonly Observation[]): Period | undefined {
  const byPeriod = [...Map.groupBy(districtObs.filter(colourable), (o) => o.period.id).values()]
    .map((obs) => ({ period: obs[0]!.period, n: new Set(obs.map((o) => o.area)).size }))
    .sort((a, b) => byCodeUnits(a.period.end, b.period.end));
  return (byPeriod.filter((p) => p.n >= 5).at(-1) ?? [...byPeriod].sort((a, b) => a.n - b.n).at(-1))?.period;
}

/** The coloured values of one period's observations by area, and the areas ranked by value (highest first). */
export function districtMapValues(indicator: IndicatorMeta, observations: readonly Observation[], lang: Lang): {
  values: Map<string, DistrictValue>;
  ranked: { code: string; observation: Observation }[];
} {
  const values = new Map<string, DistrictValue>();
  const ranked: { code: string; observation: Observation }[] = [];
  for (const o of preferred(observations)) {
    if (!colourable(o)) continue;
    values.set(o.area, { value: o.value, label: formatValue(toPoint(o), indicator, lang) });
    ranked.push({ code: o.area, observation: o });
  }
  ranked.sort((a, b) => b.observation.value - a.observation.value || byCodeUnits(a.code, b.code));
  return { values, ranked };
}

/** The map's words: its period, its accessible title ("<title>, <period>") and its legend's title (period and unit). */
export function districtMapText(indicator: IndicatorMeta, period: Period, lang: Lang): { period: string; title: string; legend: string } {
  const text = periodLabel(period)[lang];
  return { period: text, title: `${indicator.title[lang]}, ${text}`, legend: UI.map.legend[lang]({ period: text, unit: indicator.unit[lang] }) };
}
