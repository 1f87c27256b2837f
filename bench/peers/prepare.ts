/**
 * The data of the peer charts (Observable Plot, vega-embed): what `ansinh-jobs-progress`
 * shows, read the way the widget reads it — one request, the indicator's newest complete
 * JSON (`latest/<id>.v2.json`), which the page preloads as the builder's snippet does for
 * ours — and reduced to one value per year and measure (jobs created and the year's plan, city).
 * Runs in the browser; shared by both peers so they differ only in the charting library.
 */

import { byCodeUnits } from '../../src/lib/compare.ts';
import { dataFilePath } from '../../src/lib/routes.ts';

export interface Bar {
  year: string;
  measure: 'actual' | 'plan';
  value: number;
}

interface JsonObservation {
  area: string;
  period: string;
  periodKind: string;
  measure: string;
  value: number;
  comparator: string | null;
  flag: string;
}

/** Same preference as the site's charts: reported, translated, founding article, derived; exact first. */
const FLAG_RANK: Record<string, number> = { reported: 0, 'reported-translation': 1, 'founding-article': 2, derived: 3 };
const rank = (o: JsonObservation) => (FLAG_RANK[o.flag] ?? 9) * 2 + (o.comparator ? 1 : 0);

export async function loadBars(indicator = 'jobs_created', area = '01'): Promise<Bar[]> {
  const get = async (url: string): Promise<unknown> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  };
  const { observations } = (await get(dataFilePath(indicator, 'latest', 'json-v2'))) as { observations: JsonObservation[] };
  const best = new Map<string, JsonObservation>();
  for (const o of observations) {
    if (o.area !== area || o.periodKind !== 'year' || (o.measure !== 'actual' && o.measure !== 'plan')) continue;
    const key = `${o.period}|${o.measure}`;
    const cur = best.get(key);
    if (!cur || rank(o) < rank(cur)) best.set(key, o);
  }
  return [...best.values()]
    .map((o) => ({ year: o.period, measure: o.measure as Bar['measure'], value: o.value }))
    .sort((a, b) => byCodeUnits(a.year, b.year) || byCodeUnits(a.measure, b.measure));
}

export const WIDTH = 640;
export const HEIGHT = 320;
export const TITLE = 'Jobs created vs plan, Hanoi';
