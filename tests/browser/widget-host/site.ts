/**
 * What a newsroom knows about the site: the published catalog (dist/data/catalog.json:
 * the widget script, its SRI hash, the element names) and the real snippets
 * (src/lib/site/embed.ts) built from the real dataset (data/, as the site build loads it).
 * And what the widgets should show, computed here from data/ without the widget code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../../../src/lib/data/load.ts';
import { latestReleased, type Area, type Dataset, type Indicator, type Observation, type Version } from '../../../src/lib/data/model.ts';
import type { Lang } from '../../../src/lib/format.ts';
import { elementHtml, embedElements, iframeSnippet, scriptSnippet, type SnippetInput } from '../../../src/lib/site/embed.ts';
import { indicatorPath } from '../../../src/lib/routes.ts';
import type { WidgetElement } from '../../../src/lib/widgets-contract.ts';
import { DIST } from '../site.ts';

/** The part of catalog.json a newsroom reads to embed the widgets. */
export interface CatalogWidgetsJson {
  script: string | null;
  alias?: string | null;
  integrity: string | null;
  elements: string[];
}

export interface Site {
  /** `http://127.0.0.1:<port>/`: the built site, served by the browser tests' global setup. */
  baseUrl: string;
  origin: string;
  widgets: CatalogWidgetsJson;
  /** The exact-version script, absolute, and its SRI hash. */
  scriptUrl: string;
  aliasUrl: string;
  integrity: string;
  data: Dataset;
  indicator: (id: string) => Indicator;
  latest: (id: string) => Version;
  city: Area;
  /** Root-relative URL of an indicator's page. */
  indicatorPage: (id: string, lang: Lang) => string;
}

let dataset: Dataset | undefined;

/** data/ (or `ANSINH_DATA`), loaded once, the way the site build loads it. */
export function realData(): Dataset {
  if (dataset) return dataset;
  const dir = process.env.ANSINH_DATA ?? join(import.meta.dirname, '../../../data');
  const { data, problems } = loadData(dir);
  if (problems.size > 0) throw new Error(`${problems.size} problems in ${dir}: run npm run check:data`);
  return (dataset = data);
}

export function readCatalogWidgets(): CatalogWidgetsJson {
  const catalog = JSON.parse(readFileSync(join(DIST, 'data/catalog.json'), 'utf8')) as { widgets?: CatalogWidgetsJson };
  if (!catalog.widgets) throw new Error('dist/data/catalog.json has no "widgets"');
  return catalog.widgets;
}

export function site(baseUrl: string): Site {
  const widgets = readCatalogWidgets();
  if (!widgets.script || !widgets.integrity) throw new Error(`catalog.json widgets: script ${widgets.script}, integrity ${widgets.integrity}`);
  const data = realData();
  const indicator = (id: string) => {
    const found = data.indicators.find((i) => i.id === id);
    if (!found) throw new Error(`no indicator ${id} in data/`);
    return found;
  };
  return {
    baseUrl,
    origin: new URL(baseUrl).origin,
    widgets,
    scriptUrl: new URL(widgets.script, baseUrl).href,
    aliasUrl: new URL(widgets.alias ?? widgets.script, baseUrl).href,
    integrity: widgets.integrity,
    data,
    indicator,
    latest: (id) => latestReleased(indicator(id))!,
    city: data.areas.find((a) => a.level === 'city')!,
    indicatorPage: (id, lang) => indicatorPath(lang, id),
  };
}

/** What the embed panel feeds the snippet functions, for this site. */
export function snippetInput(s: Site, element: WidgetElement, indicatorId: string, lang: Lang = 'vi'): SnippetInput {
  return {
    element,
    indicator: s.indicator(indicatorId),
    version: s.latest(indicatorId),
    area: s.city,
    lang,
    site: s.baseUrl,
    script: { path: s.widgets.script!, integrity: s.widgets.integrity },
  };
}

/** The one-paste snippet (script with SRI + element with its fallback), as a newsroom copies it. */
export const scriptEmbed = (s: Site, element: WidgetElement, id: string, lang: Lang = 'vi'): string => scriptSnippet(snippetInput(s, element, id, lang));
/** The element and its fallback only (the script pasted once elsewhere). */
export const elementEmbed = (s: Site, element: WidgetElement, id: string, lang: Lang = 'vi'): string => elementHtml(snippetInput(s, element, id, lang));
export const iframeEmbed = (s: Site, element: WidgetElement, id: string, lang: Lang = 'vi'): string => iframeSnippet(snippetInput(s, element, id, lang));

/** Every (element, indicator) pair the site offers an embed for (as its embed pages do). */
export function allEmbeds(s: Site): { element: WidgetElement; indicator: string }[] {
  return s.data.indicators.flatMap((ind) => {
    const version = latestReleased(ind);
    return version ? embedElements(version).map((element) => ({ element, indicator: ind.id })) : [];
  });
}

/**
 * A deterministic sample of {@link allEmbeds}: for each element, the first `perKind`
 * indicators offering it in the dataset's order, and jobs created wherever it is offered.
 * Every embed page is built from the same component, so a sample per kind covers them;
 * all of them (354 pages) took longer than a test may.
 */
export function sampleEmbeds(s: Site, perKind = 3): { element: WidgetElement; indicator: string }[] {
  const all = allEmbeds(s);
  const kinds = [...new Set(all.map((e) => e.element))];
  return kinds.flatMap((element) => {
    const of = all.filter((e) => e.element === element);
    return of.filter((e, i) => i < perKind || e.indicator === 'jobs_created');
  });
}

// ---- expected values, straight from data/ ----------------------------------------------

/** A number as a reader of `lang` reads it: `203.027` / `203,027`; years without grouping. */
export function num(value: number, lang: Lang, ind: Pick<Indicator, 'decimals' | 'kind'>): string {
  if (ind.kind === 'year') return String(value);
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: ind.decimals }).format(value);
}

/** The numbers in a text as written (`≈ 1.234,5 người` → `1.234,5`). */
export const numbersIn = (text: string): string[] => [...text.matchAll(/\d(?:[\d.,]*\d)?/g)].map((m) => m[0]);

const isCity = (o: Observation) => o.area.length === 2;
const DRAWN = new Set(['actual', 'estimate', 'plan', 'target']);

/**
 * The city values a time-series chart of `id` has to show: one group per area, period and
 * measure (more than one number when two sources give the same figure; either will do).
 */
export function chartValueGroups(s: Site, id: string, lang: Lang): { key: string; numbers: string[] }[] {
  const ind = s.indicator(id);
  const groups = new Map<string, Set<string>>();
  for (const o of s.latest(id).observations.filter((o) => isCity(o) && DRAWN.has(o.measure))) {
    const key = `${o.period.id} ${o.measure}`;
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key)!.add(num(o.value, lang, ind));
  }
  return [...groups].map(([key, numbers]) => ({ key, numbers: [...numbers] }));
}

/** Where a period ends for ordering; a date known only to its year sits mid-year (as the charts and headlines place it), not on 31 December. */
const endOf = (o: Observation) => (o.period.kind === 'in-year' ? `${o.period.year}-07-01` : o.period.end);
const byEnd = (a: Observation, b: Observation) => (endOf(a) !== endOf(b) ? (endOf(a) < endOf(b) ? -1 : 1) : a.period.start !== b.period.start ? (a.period.start < b.period.start ? 1 : -1) : 0);
/** A year-to-date figure: months of a year, not all twelve. */
const isYearToDate = (o: Observation) => o.period.kind === 'months' && !(o.period.fromMonth === 1 && o.period.toMonth === 12);

/** Outcomes (actuals; estimates where no actual exists for the area and period) of `id`, oldest first. */
function outcomes(s: Site, id: string, where: (o: Observation) => boolean): Observation[] {
  const obs = s.latest(id).observations.filter((o) => where(o) && (o.measure === 'actual' || o.measure === 'estimate'));
  const actual = new Set(obs.filter((o) => o.measure === 'actual').map((o) => `${o.area}|${o.period.id}`));
  return obs.filter((o) => o.measure === 'actual' || !actual.has(`${o.area}|${o.period.id}`)).sort(byEnd);
}

/**
 * The headline of `id` for the city: its latest outcome that is not a year-to-date figure
 * (those are reported beside it), and a year-to-date figure that ends after it; with only
 * year-to-date figures, the latest of them.
 */
export function expectedHeadline(s: Site, id: string): { latest: Observation; alternatives: Observation[]; yearToDate?: Observation } {
  const all = outcomes(s, id, isCity);
  const full = all.filter((o) => !isYearToDate(o));
  const latest = full.at(-1) ?? all.at(-1)!;
  // Sources that disagree on the latest period are all kept; the headline shows one of them.
  const alternatives = all.filter((o) => o.period.id === latest.period.id && o.measure === latest.measure);
  const ytd = full.length === 0 ? undefined : all.filter((o) => isYearToDate(o) && o.period.end > latest.period.end && o.period.year > latest.period.year).at(-1);
  return ytd ? { latest, alternatives, yearToDate: ytd } : { latest, alternatives };
}

/**
 * Jobs-progress of `id`: the latest year with an exact full-year plan and an outcome — the
 * full year's, else the year-to-date figure that ends last (an exact one before a bound).
 */
export function expectedProgress(s: Site, id: string): { year: number; outcome: Observation; plan: Observation; percent: number } {
  const obs = s.latest(id).observations.filter(isCity);
  const plans = obs.filter((o) => o.measure === 'plan' && o.period.kind === 'year' && o.comparator === '' && o.value !== 0).sort(byEnd);
  const all = outcomes(s, id, isCity);
  const outcomeOf = (year: number) => {
    const full = all.filter((o) => o.period.kind === 'year' && o.period.year === year);
    const ytd = all.filter((o) => isYearToDate(o) && o.period.year === year)
      .sort((a, b) => byEnd(a, b) || (a.comparator === '' ? 1 : 0) - (b.comparator === '' ? 1 : 0));
    return (full.length ? full : ytd).at(-1);
  };
  const plan = plans.filter((p) => outcomeOf(p.period.year)).at(-1)!;
  const outcome = outcomeOf(plan.period.year)!;
  return { year: plan.period.year, outcome, plan, percent: (outcome.value / plan.value) * 100 };
}

/** District comparison of `id`: the latest period with district figures, and each district's figure then (exact or a bound). */
export function expectedDistricts(s: Site, id: string): { period: string; values: Map<string, Observation> } {
  const obs = outcomes(s, id, (o) => o.area.length === 3);
  const latest = obs.at(-1)!.period.id;
  return { period: latest, values: new Map(obs.filter((o) => o.period.id === latest).map((o) => [o.area, o])) };
}

/** The district outlines the map widget reads (code → name in Vietnamese and ASCII). */
export function districtNames(): Map<string, { vi: string; en: string }> {
  const file = JSON.parse(readFileSync(join(DIST, 'data/geo/district-paths.json'), 'utf8')) as { paths: { code: string; name_vi: string; name_ascii: string }[] };
  return new Map(file.paths.map((p) => [p.code, { vi: p.name_vi, en: p.name_ascii }]));
}
