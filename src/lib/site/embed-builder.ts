/**
 * The embed builder's model, pure so that it is unit-tested and runs in the browser: what
 * the page hands its script ({@link BuilderConfig}), the choices its form holds
 * ({@link BuilderChoices}), which choices a version offers ({@link builderOffer}) and the
 * snippet input they make ({@link builderInput}).
 */
import type { AreaLevel, Localized } from '../data/model.ts';
import type { Lang } from '../format.ts';
import type { AreaInput, IndicatorInput, VersionInput } from '../prepare/types.ts';
import type { WidgetElement } from '../widgets-contract.ts';
import { areaYears, areasWithData, districtPeriods, embedElements, planYears, type EmbedTheme, type EmbedVersion, type HiddenPart, type Pin, type SnippetInput } from './embed.ts';

/** What the builder's page script reads from the page (a JSON script element). */
export interface BuilderConfig {
  /** The page's language: the interface text. */
  lang: Lang;
  /** Absolute public site URL: the snippets' origin. */
  site: string;
  /** The exact-version widget script the snippets load, with its SRI hash. */
  script: { path: string; integrity: string | null };
  /** The site's own (draft) widget bundle the preview loads: routes.widgetScriptPath(WIDGET_VERSION). */
  previewScript: string;
  /** The indicator chosen first. */
  initial: string;
  indicators: { id: string; title: Localized; versions: string[] }[];
  areas: { code: string; level: AreaLevel; nameVi: string; nameEn: string }[];
}

/** The form's values. Empty strings are "not chosen". */
export interface BuilderChoices {
  indicator: string;
  element: string;
  area: string;
  period: string;
  pin: 'live' | 'version' | 'as-of';
  version: string;
  asOf: string;
  lang: Lang;
  theme: EmbedTheme;
  heading: string;
  note: string;
  hide: HiddenPart[];
  highlight: string;
  yearToDate: '' | 'show' | 'hide';
  height: string;
}

/** What one version offers for one element. */
export interface BuilderOffer {
  elements: WidgetElement[];
  /** Area codes (not for the comparison, which always shows every district). */
  areas: string[];
  /** Period ids, oldest first ('' = latest is always offered too). */
  periods: string[];
  /** Years (chart) or district codes (comparison) that can be highlighted. */
  highlights: string[];
  legend: boolean;
  yearToDate: boolean;
}

/** Which choices a version offers, given the element and area chosen (fallbacks when they are not offered). */
export function builderOffer(version: EmbedVersion, element: string, area: string): BuilderOffer & { element: WidgetElement; area: string } {
  const elements = embedElements(version);
  const el = elements.find((e) => e === element) ?? elements[0] ?? 'ansinh-chart';
  const withData = areasWithData(version);
  // The progress bar is of the city's plan; the comparison shows every district.
  const areas = el === 'ansinh-jobs-progress' ? withData.filter((c) => c.length === 2) : el === 'ansinh-district-compare' ? [] : withData;
  const chosenArea = areas.includes(area) ? area : (areas[0] ?? '01');
  const years = (el === 'ansinh-jobs-progress' ? planYears(version) : areaYears(version, chosenArea)).map(String);
  const periods = el === 'ansinh-district-compare' ? districtPeriods(version) : years;
  const highlights = el === 'ansinh-chart' ? years : el === 'ansinh-district-compare' ? areasWithData(version).filter((c) => c.length === 3) : [];
  return { elements, element: el, areas, area: chosenArea, periods, highlights, legend: el === 'ansinh-chart', yearToDate: el === 'ansinh-chart' || el === 'ansinh-headline' };
}

const pinOf = (c: BuilderChoices): Pin | undefined =>
  c.pin === 'version' && c.version ? { kind: 'version', id: c.version } : c.pin === 'as-of' && /^\d{4}-\d{2}-\d{2}$/.test(c.asOf) ? { kind: 'as-of', date: c.asOf } : undefined;

/**
 * The snippet input of the choices, for the version they resolve to (`version`, loaded by
 * the caller) — options the element does not take are left out, so the snippet never
 * carries an attribute the widget would ignore.
 */
export function builderInput(
  c: BuilderChoices,
  ctx: { indicator: IndicatorInput; version: VersionInput & { id: string }; areas: ReadonlyMap<string, AreaInput>; site: string; script: SnippetInput['script'] },
): SnippetInput {
  const offer = builderOffer({ ...ctx.version, meta: { unit: ctx.indicator.unit } }, c.element, c.area);
  const area = ctx.areas.get(offer.area) ?? { code: offer.area, level: offer.area.length === 2 ? 'city' : 'district', nameVi: offer.area, nameEn: offer.area };
  const height = Number(c.height);
  return {
    element: offer.element,
    indicator: ctx.indicator,
    version: ctx.version,
    area,
    lang: c.lang,
    site: ctx.site,
    script: ctx.script,
    areaNames: ctx.areas,
    period: offer.periods.includes(c.period) ? c.period : undefined,
    pin: pinOf(c),
    theme: c.theme,
    heading: c.heading,
    note: c.note,
    hide: c.hide.filter((h) => h !== 'legend' || offer.legend),
    highlight: offer.highlights.includes(c.highlight) ? c.highlight : undefined,
    yearToDate: offer.yearToDate && c.yearToDate ? c.yearToDate : undefined,
    height: c.height.trim() !== '' && Number.isFinite(height) && height > 0 ? height : undefined,
  };
}
