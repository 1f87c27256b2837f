/**
 * The embed snippets newsrooms copy, and the same markup our own embed pages use (dogfood):
 * a module script with SRI, the element, and light-DOM fallback content (a link and a small
 * table) that shows without JavaScript, before upgrade, in archives and on error.
 */
import { escapeXml } from '../escape.ts';
import type { Area, Indicator, Version } from '../data/model.ts';
import type { Lang } from '../format.ts';
import { formatValue } from '../prepare/headline.ts';
import { periodLabel } from '../i18n/dates.ts';
import { MEASURE_LABEL } from '../i18n/labels.ts';
import { placeName } from '../i18n/names.ts';
import { preferred, toPoint } from '../prepare/series.ts';
import { embedPath, indicatorPath } from '../routes.ts';
import { HEIGHT_MESSAGE_TYPE, type WidgetElement } from '../widgets-contract.ts';
import { progress } from '../../../widgets/jobs-progress/prepare.ts';

/** Short names used in embed URLs, by element. */
export const EMBED_KINDS: Record<WidgetElement, string> = {
  'ansinh-chart': 'chart',
  'ansinh-headline': 'headline',
  'ansinh-jobs-progress': 'jobs-progress',
  'ansinh-district-compare': 'district-compare',
};

/**
 * Which elements make sense for a version: charts need city data; progress a year with both
 * an outcome and an exact plan, as the element itself finds it (its own `progress`, so an
 * offered embed never shows "no figure"), and a count or an amount: % of plan of a rate
 * means nothing.
 */
export function embedElements(version: Version): WidgetElement[] {
  const city = version.observations.filter((o) => o.area.length === 2);
  const out: WidgetElement[] = [];
  if (city.some((o) => o.measure === 'actual' || o.measure === 'estimate')) out.push('ansinh-chart', 'ansinh-headline');
  const cityCode = city[0]?.area;
  if (cityCode && version.meta.unit.id !== 'percent' && progress(version.meta, version, cityCode)) out.push('ansinh-jobs-progress');
  if (version.observations.some((o) => o.area.length === 3)) out.push('ansinh-district-compare');
  return out;
}


export interface SnippetInput {
  element: WidgetElement;
  indicator: Indicator;
  version: Version;
  area: Area;
  lang: Lang;
  /** Absolute site URL, e.g. `https://ansinh.example.org/`. */
  site: string;
  /** The exact-version script and its SRI hash (from the catalog): the bytes never change. */
  script: { path: string; integrity: string | null };
  /** Rows in the fallback table; the most recent ones. */
  rows?: number;
}

/** The fallback: a link to the indicator page and the latest figures as a small table. */
export function fallbackHtml({ indicator, version, area, lang, site, rows = 5 }: SnippetInput): string {
  const page = new URL(indicatorPath(lang, indicator.id), site).href;
  const obs = preferred(version.observations.filter((o) => o.area === area.code && o.measure !== 'pct_of_plan')).slice(-rows);
  const body = obs
    .map((o) => `<tr><th scope="row">${escapeXml(periodLabel(o.period)[lang])}</th><td>${escapeXml(MEASURE_LABEL[o.measure][lang])}</td><td>${escapeXml(formatValue(toPoint(o), indicator, lang))}</td></tr>`)
    .join('');
  const caption = `${indicator.title[lang]}, ${placeName(area, lang)}`;
  return `<a href="${escapeXml(page)}">${escapeXml(caption)} — An Sinh</a>` + (body ? `<table><caption>${escapeXml(caption)}</caption><tbody>${body}</tbody></table>` : '');
}

/** The element with its attributes and fallback; what goes inside an article. */
export function elementHtml(input: SnippetInput): string {
  const attrs = [`indicator="${escapeXml(input.indicator.id)}"`];
  if (input.area.code !== '01') attrs.push(`area="${escapeXml(input.area.code)}"`);
  attrs.push(`lang="${input.lang}"`);
  return `<${input.element} ${attrs.join(' ')}>${fallbackHtml(input)}</${input.element}>`;
}

/** The one-paste script embed: the module script with SRI, then the element. */
export function scriptSnippet(input: SnippetInput): string {
  const src = new URL(input.script.path, input.site).href;
  const integrity = input.script.integrity ? ` integrity="${input.script.integrity}"` : '';
  return `<script type="module" src="${src}"${integrity} crossorigin="anonymous"></script>\n${elementHtml(input)}`;
}

/** The iframe embed for CMSs that strip scripts, with the optional auto-height listener. */
export function iframeSnippet(input: SnippetInput, height = 420): string {
  const src = new URL(embedPath(input.lang, EMBED_KINDS[input.element], input.indicator.id), input.site);
  const title = `${input.indicator.title[input.lang]} — An Sinh`;
  const listener =
    `<script>addEventListener("message",function(e){if(e.origin!=="${src.origin}"||!e.data||e.data.type!=="${HEIGHT_MESSAGE_TYPE}")return;` +
    `document.querySelectorAll("iframe[data-ansinh]").forEach(function(f){if(f.contentWindow===e.source)f.height=String(Math.ceil(e.data.height))})});</script>`;
  return `<iframe data-ansinh src="${src.href}" title="${escapeXml(title)}" width="100%" height="${height}" loading="lazy" frameborder="0"></iframe>\n${listener}`;
}
