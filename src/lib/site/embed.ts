/**
 * The embed snippets newsrooms copy, and the same markup our own embed pages use (dogfood):
 * a module script with SRI, the element with the attributes chosen in the embed builder,
 * and light-DOM fallback content (a link and a small table) that shows without JavaScript,
 * before upgrade, in archives and on error.
 *
 * Pure, and typed on what src/lib/prepare reads (IndicatorInput, VersionInput, AreaInput),
 * not on the site's model: the build renders the default snippets with the model, and the
 * builder's page script renders the chosen ones in the browser from the version JSON the
 * widget reads — one implementation, so the fallback always matches the options.
 */
import { comparePeriods, parsePeriod, type Period } from '../data/period.ts';
import { escapeXml } from '../escape.ts';
import type { Lang } from '../format.ts';
import { periodLabel } from '../i18n/dates.ts';
import { FALLBACK_TEXT } from '../i18n/embed.ts';
import { MEASURE_LABEL } from '../i18n/labels.ts';
import { placeName } from '../i18n/names.ts';
import { formatPercent, formatValue } from '../prepare/headline.ts';
import { planShare, preferred, toPoint } from '../prepare/series.ts';
import type { AreaInput, IndicatorInput, ObservationInput, VersionInput } from '../prepare/types.ts';
import { dataFilePath, districtPathsJsonPath, embedPath, indicatorPath } from '../routes.ts';
import { HEIGHT_MESSAGE_TYPE, type WidgetElement } from '../widgets-contract.ts';

/** Short names used in embed URLs, by element. */
export const EMBED_KINDS: Record<WidgetElement, string> = {
  'ansinh-chart': 'chart',
  'ansinh-headline': 'headline',
  'ansinh-jobs-progress': 'jobs-progress',
  'ansinh-district-compare': 'district-compare',
};

const isCity = (o: Pick<ObservationInput, 'area'>) => o.area.length === 2;
const isOutcome = (o: Pick<ObservationInput, 'measure'>) => o.measure === 'actual' || o.measure === 'estimate';

/** A figure the progress bar can judge a year by: the full year's or a part of the year (as the widget's progress does). */
const yearOutcome = (o: ObservationInput) => isOutcome(o) && (o.period.kind === 'year' || o.period.kind === 'months');
/** A plan the progress bar measures against: a year's exact, non-zero plan. */
const exactPlan = (o: ObservationInput) => o.measure === 'plan' && o.period.kind === 'year' && o.comparator === '' && o.value !== 0;

/**
 * A version as the embed choices read it; with its unit when known (the site's versions carry
 * their metadata; the builder adds the file's): "% of plan" of a rate means nothing (the
 * headline never says it either), so a rate gets no progress bar.
 */
export type EmbedVersion = VersionInput & { meta?: { unit: { id?: string } } };

/** Years in which the city has both a figure and an exact plan: what the progress element can show. */
export function planYears(version: EmbedVersion): number[] {
  if (version.meta?.unit.id === 'percent') return [];
  const city = version.observations.filter(isCity);
  const planned = new Set(city.filter(exactPlan).map((o) => o.period.year));
  return [...new Set(city.filter((o) => yearOutcome(o) && planned.has(o.period.year)).map((o) => o.period.year))].sort((a, b) => a - b);
}

/**
 * Which elements make sense for a version: the chart and headline need city figures, the
 * progress bar a year with both a figure and a plan, the comparison district figures.
 */
export function embedElements(version: EmbedVersion): WidgetElement[] {
  const out: WidgetElement[] = [];
  if (version.observations.some((o) => isCity(o) && isOutcome(o))) out.push('ansinh-chart', 'ansinh-headline');
  if (planYears(version).length > 0) out.push('ansinh-jobs-progress');
  if (version.observations.some((o) => !isCity(o))) out.push('ansinh-district-compare');
  return out;
}

/** The periods of district figures, oldest first: what the comparison element can show. */
export function districtPeriods(version: VersionInput): string[] {
  const periods = new Map<string, Period>();
  for (const o of version.observations) if (!isCity(o) && isOutcome(o)) periods.set(o.period.id, o.period);
  return [...periods.values()].sort(comparePeriods).map((p) => p.id);
}

/** The years of an area's figures, oldest first: the periods the chart and headline offer. */
export function areaYears(version: VersionInput, area: string): number[] {
  return [...new Set(version.observations.filter((o) => o.area === area).map((o) => o.period.year))].sort((a, b) => a - b);
}

/** The areas with figures in a version: the city first, then districts by code. */
export function areasWithData(version: VersionInput): string[] {
  return [...new Set(version.observations.map((o) => o.area))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
}

/** Which release a snippet shows: the newest (live), one release, or the newest as of a date. */
export type Pin = { kind: 'live' } | { kind: 'version'; id: string } | { kind: 'as-of'; date: string };
export type EmbedTheme = 'light' | 'dark' | 'auto';
/** Parts a widget can leave out (`hide="legend footer"`). */
export type HiddenPart = 'legend' | 'footer';

/** What a newsroom chose in the builder; every field is optional and defaults to the widget's default. */
export interface EmbedOptions {
  /** A period id (`2022`; the comparison: the district figures' exact period). Default: the latest. */
  period?: string | undefined;
  pin?: Pin | undefined;
  /** `light` is the widget's default (dark only on a host that declares dark) and writes no attribute. */
  theme?: EmbedTheme | undefined;
  /** A custom title, replacing the indicator's. */
  heading?: string | undefined;
  /** A note under the drawing. */
  note?: string | undefined;
  hide?: readonly HiddenPart[] | undefined;
  /** A year (`2022`) or a district code (`017`). */
  highlight?: string | undefined;
  yearToDate?: 'show' | 'hide' | undefined;
  /** A fixed height in CSS px. */
  height?: number | undefined;
}

export interface SnippetInput extends EmbedOptions {
  element: WidgetElement;
  indicator: IndicatorInput;
  /** The version the snippet shows (the one its pin resolves to): the fallback lists its figures. */
  version: VersionInput & { id: string };
  area: AreaInput;
  lang: Lang;
  /** Absolute site URL, e.g. `https://ansinh.example.org/`. */
  site: string;
  /** The exact-version script and its SRI hash (from the catalog): the bytes never change. */
  script: { path: string; integrity: string | null };
  /** Names of the districts, by code, for the comparison's fallback (default: the codes). */
  areaNames?: ReadonlyMap<string, AreaInput> | undefined;
  /** Rows in the fallback table of a time series: the most recent ones. */
  rows?: number | undefined;
}

/** The release a pin resolves to, among released version ids (oldest first), or undefined. */
export function resolvePin(pin: Pin | undefined, versions: readonly string[]): string | undefined {
  if (!pin || pin.kind === 'live') return versions.at(-1);
  if (pin.kind === 'version') return versions.includes(pin.id) ? pin.id : undefined;
  return versions.filter((v) => v <= pin.date).at(-1);
}

/** Figures a reader saw at the end of `period` (as the widgets' `period` does: plans count from their start). */
function upTo(observations: readonly ObservationInput[], period: Period | undefined): ObservationInput[] {
  if (!period) return [...observations];
  return observations.filter((o) => (o.measure === 'plan' || o.measure === 'target' ? o.period.start : o.period.end) <= period.end);
}

const periodOf = (id: string | undefined): Period | undefined => {
  const p = id ? parsePeriod(id) : undefined;
  return typeof p === 'object' ? p : undefined;
};

type Row = [period: string, what: string, value: string];

/** The % of plan of `outcome` against its year's plan: computed from both, else as the source states it. */
function pctRow(outcome: ObservationInput | undefined, obs: readonly ObservationInput[], lang: Lang): Row | undefined {
  if (!outcome) return undefined;
  const fullYear = (m: ObservationInput['measure']) => obs.find((o) => o.period.kind === 'year' && o.period.year === outcome.period.year && o.measure === m);
  const plan = fullYear('plan');
  // A source's stated % is of the full year: it stands in only for the full year's figure.
  const stated = outcome.period.kind === 'year' ? fullYear('pct_of_plan') : undefined;
  const share = planShare(toPoint(outcome), plan && toPoint(plan), stated && toPoint(stated));
  return share && [periodLabel(outcome.period)[lang], FALLBACK_TEXT.pctOfPlan[lang], formatPercent(share.value, lang, share.approximate)];
}

/** The fallback table's rows for the chosen element, period and area. */
export function fallbackRows(input: SnippetInput): Row[] {
  const { element, indicator, version, area, lang, rows = 5 } = input;
  const period = periodOf(input.period);
  const label = (o: ObservationInput) => periodLabel(o.period)[lang];
  const row = (o: ObservationInput): Row => [label(o), MEASURE_LABEL[o.measure][lang], formatValue(toPoint(o), indicator, lang)];

  if (element === 'ansinh-district-compare') {
    const districts = preferred(version.observations.filter((o) => !isCity(o) && isOutcome(o)));
    const at = input.period ?? districtPeriods(version).at(-1);
    return districts
      .filter((o) => o.period.id === at)
      .sort((a, b) => (a.area < b.area ? -1 : 1))
      .map((o) => {
        const named = input.areaNames?.get(o.area);
        return [label(o), named ? placeName(named, lang) : o.area, formatValue(toPoint(o), indicator, lang)];
      });
  }

  const own = preferred(upTo(version.observations.filter((o) => o.area === area.code), period));
  if (element === 'ansinh-jobs-progress') {
    // The year the progress bar shows: the chosen period's, or the latest with a plan and a figure.
    const years = planYears({ observations: own });
    const year = period ? period.year : years.at(-1);
    if (year === undefined) return [];
    const inYear = own.filter((o) => o.period.year === year);
    // A full year's figure if there is one, else the year-to-date figure that ends last.
    const outcome = inYear.find((o) => yearOutcome(o) && o.period.kind === 'year') ?? inYear.filter(yearOutcome).sort((a, b) => (a.period.end < b.period.end ? -1 : 1)).at(-1);
    const plan = inYear.find(exactPlan);
    const out = [outcome, plan].filter((o) => o !== undefined).map(row);
    const pct = pctRow(outcome, own, lang);
    return pct ? [...out, pct] : out;
  }

  // Chart and headline: the latest figures up to the period, each year's % of plan after its figures.
  const shown = own.filter((o) => o.measure !== 'pct_of_plan' && o.measure !== 'pct_change').slice(-rows);
  const out: Row[] = [];
  shown.forEach((o, i) => {
    out.push(row(o));
    const next = shown[i + 1];
    const lastOfYear = !next || next.period.id !== o.period.id;
    if (lastOfYear && o.period.kind === 'year' && shown.some((x) => x.period.id === o.period.id && x.measure === 'plan')) {
      const outcome = shown.find((x) => x.period.id === o.period.id && isOutcome(x));
      const pct = pctRow(outcome, own, lang);
      if (pct) out.push(pct);
    }
  });
  return out;
}

/** The fallback: a link to the indicator page and the chosen figures as a small table. */
export function fallbackHtml(input: SnippetInput): string {
  const { indicator, area, lang, site } = input;
  const page = new URL(indicatorPath(lang, indicator.id), site).href;
  const body = fallbackRows(input)
    .map(([period, what, value]) => `<tr><th scope="row">${escapeXml(period)}</th><td>${escapeXml(what)}</td><td>${escapeXml(value)}</td></tr>`)
    .join('');
  const scope = input.element === 'ansinh-district-compare' ? FALLBACK_TEXT.byDistrict[lang] : placeName(area, lang);
  const caption = `${input.heading?.trim() || indicator.title[lang]}, ${scope}`;
  return `<a href="${escapeXml(page)}">${escapeXml(caption)} — An Sinh</a>` + (body ? `<table><caption>${escapeXml(caption)}</caption><tbody>${body}</tbody></table>` : '');
}

/** The element's attributes, in a stable order, as `[name, value]` pairs (values unescaped). */
export function elementAttributes(input: SnippetInput): [string, string][] {
  const attrs: [string, string][] = [['indicator', input.indicator.id]];
  if (input.area.code !== '01' && input.element !== 'ansinh-district-compare') attrs.push(['area', input.area.code]);
  if (input.period) attrs.push(['period', input.period]);
  if (input.pin?.kind === 'version') attrs.push(['version', input.pin.id]);
  if (input.pin?.kind === 'as-of') attrs.push(['as-of', input.pin.date]);
  attrs.push(['lang', input.lang]);
  if (input.theme && input.theme !== 'light') attrs.push(['theme', input.theme]);
  if (input.heading?.trim()) attrs.push(['heading', input.heading.trim()]);
  if (input.note?.trim()) attrs.push(['note', input.note.trim()]);
  if (input.hide && input.hide.length > 0) attrs.push(['hide', [...new Set(input.hide)].join(' ')]);
  if (input.highlight) attrs.push(['highlight', input.highlight]);
  if (input.yearToDate) attrs.push(['year-to-date', input.yearToDate]);
  if (input.height !== undefined && Number.isFinite(input.height) && input.height > 0) attrs.push(['height', String(Math.round(input.height))]);
  return attrs;
}

/** The element with its attributes and fallback; what goes inside an article. */
export function elementHtml(input: SnippetInput): string {
  const attrs = elementAttributes(input).map(([name, value]) => `${name}="${escapeXml(value)}"`);
  return `<${input.element} ${attrs.join(' ')}>${fallbackHtml(input)}</${input.element}>`;
}

/**
 * The files the element will request, as absolute URLs (widgets/shared/data.ts,
 * loadIndicator): the indicator's newest complete JSON, which every widget reads; a pinned
 * version's beside it; the district outlines for a map. An `as-of` pin resolves its version
 * from the newest file, so that version is not known here.
 */
export function elementFiles(input: SnippetInput): string[] {
  return elementPaths(input.element, input.indicator.id, input.pin?.kind === 'version' ? input.pin.id : undefined).map((path) => new URL(path, input.site).href);
}

/** The same as root-relative paths, for an element, an indicator id and a pinned version id (the bench's pages use it too). */
export function elementPaths(element: WidgetElement, indicatorId: string, pinnedVersion?: string): string[] {
  const files = [dataFilePath(indicatorId, 'latest', 'json-v2')];
  if (pinnedVersion) files.push(dataFilePath(indicatorId, pinnedVersion, 'json-v2'));
  if (element === 'ansinh-district-compare') files.push(districtPathsJsonPath);
  return files;
}

/**
 * The one-paste script embed: the module script with SRI, a preload of each file the element
 * reads, then the element. The preloads start the data requests with the script's, not after
 * it has run (~50 ms earlier on a fast connection, a round trip or more on a phone);
 * `crossorigin` makes them in the mode of the widget's own `fetch()`, so it reuses them. The
 * script comes first: on a page with many embeds (and an HTTP/1.1 server's six connections)
 * it is requested before their data.
 */
export function scriptSnippet(input: SnippetInput): string {
  const src = new URL(input.script.path, input.site).href;
  const integrity = input.script.integrity ? ` integrity="${input.script.integrity}"` : '';
  const preloads = elementFiles(input).map((href) => `<link rel="preload" as="fetch" crossorigin href="${escapeXml(href)}">\n`).join('');
  return `<script type="module" src="${src}"${integrity} crossorigin="anonymous"></script>\n${preloads}${elementHtml(input)}`;
}

/**
 * The embed page's URL with the chosen options as query parameters (the page sets them as
 * the element's attributes before the widget starts: src/scripts/embed-options.ts).
 */
export function embedPageUrl(input: SnippetInput): URL {
  const url = new URL(embedPath(input.lang, EMBED_KINDS[input.element], input.indicator.id), input.site);
  for (const [name, value] of elementAttributes(input)) if (name !== 'indicator' && name !== 'lang') url.searchParams.set(name, value);
  return url;
}

/** The iframe embed for CMSs that strip scripts, with the optional auto-height listener. */
export function iframeSnippet(input: SnippetInput, height = 420): string {
  const src = embedPageUrl(input);
  const title = `${input.heading?.trim() || input.indicator.title[input.lang]} — An Sinh`;
  const listener =
    `<script>addEventListener("message",function(e){if(e.origin!=="${src.origin}"||!e.data||e.data.type!=="${HEIGHT_MESSAGE_TYPE}")return;` +
    `document.querySelectorAll("iframe[data-ansinh]").forEach(function(f){if(f.contentWindow===e.source)f.height=String(Math.ceil(e.data.height))})});</script>`;
  const initial = input.height !== undefined && input.height > 0 ? Math.round(input.height) : height;
  return `<iframe data-ansinh src="${escapeXml(src.href)}" title="${escapeXml(title)}" width="100%" height="${initial}" loading="lazy" frameborder="0"></iframe>\n${listener}`;
}

/** The image embed: the chart image (`imageUrl`, absolute) linked to the indicator page. */
export function imageSnippet(input: SnippetInput, imageUrl: string, alt: string): string {
  const page = new URL(indicatorPath(input.lang, input.indicator.id), input.site).href;
  return `<a href="${escapeXml(page)}"><img src="${escapeXml(imageUrl)}" alt="${escapeXml(alt)}" loading="lazy"></a>`;
}
