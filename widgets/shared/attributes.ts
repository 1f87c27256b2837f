/**
 * The public attributes every element shares, checked once: raw strings in, a typed
 * {@link WidgetConfig} or a {@link WidgetError} out. Pure (no DOM), so it is unit-tested.
 */
import { parsePeriod, type Period } from '../../src/lib/data/period.ts';
import type { Lang } from '../../src/lib/format.ts';
import { WidgetError } from './i18n.ts';

/** The attributes as the element holds them: `null`/`undefined`/`""` mean "not given". */
export interface RawAttributes {
  indicator?: string | null | undefined;
  area?: string | null | undefined;
  period?: string | null | undefined;
  version?: string | null | undefined;
  asOf?: string | null | undefined;
  theme?: string | null | undefined;
  base?: string | null | undefined;
  hide?: string | null | undefined;
  highlight?: string | null | undefined;
  yearToDate?: string | null | undefined;
  height?: string | null | undefined;
}

export type Theme = 'auto' | 'light' | 'dark';

export interface WidgetConfig {
  /** Indicator id, e.g. `jobs_created`. */
  indicator: string;
  /** GSO code: `01` the city, 3 digits a district. */
  area: string;
  period?: Period;
  /** Pinned version id (`YYYY-MM-DD`). */
  version?: string;
  /** Newest version released on or before this ISO date. */
  asOf?: string;
  /** Absent: the host's colour scheme (theme.ts). */
  theme?: Theme;
  /** Absolute data base URL without a trailing slash, e.g. `https://ansinh.example.org`. */
  base: string;
  /** Parts not to show ({@link HIDE}); empty: all. */
  hide: string[];
  /** A year (`2022`) or a district code (`018`) to highlight: each element checks it against its data. */
  highlight?: string;
  /** `false`: the chart leaves out the current year's year-to-date bar (`year-to-date="hide"`). */
  yearToDate?: boolean;
  /** The chart's fixed height in CSS px ({@link HEIGHT}). */
  height?: number;
}

/** What `hide` may name: the chart's legend, and the boxes every element has (or the chart's). */
export const HIDE = ['title', 'legend', 'summary', 'table', 'footer'] as const;
/** The range of `height`, in CSS px: a phone's chart to a tall desktop one. */
export const HEIGHT = [200, 1200] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/** The plain attributes, each with the pattern it must match and how the pattern reads in a message (the same in both languages). */
const RULES: readonly [key: 'indicator' | 'area' | 'version' | 'asOf' | 'theme' | 'highlight' | 'yearToDate' | 'height', pattern: RegExp, expected: string][] = [
  ['indicator', /^[a-z][a-z0-9_]{0,63}$/, 'jobs_created'],
  ['area', /^\d{2,3}$/, '01 | 001 … 282'],
  ['version', DATE, 'YYYY-MM-DD'],
  ['asOf', DATE, 'YYYY-MM-DD'],
  ['theme', /^(auto|light|dark)$/, 'auto | light | dark'],
  ['highlight', /^\d{3,4}$/, 'YYYY | 001 … 282'],
  ['yearToDate', /^(show|hide)$/, 'show | hide'],
  // Whole px within HEIGHT (a regular expression keeps the one message form).
  ['height', /^([2-9]\d\d|1[01]\d\d|1200)$/, `${HEIGHT[0]} … ${HEIGHT[1]}`],
];

const malformed = (attribute: string, value: string, expected: string) =>
  new WidgetError({
    kind: 'attribute',
    what: {
      vi: `Thuộc tính ${attribute}="${value}" không hợp lệ; dạng đúng: ${expected}`,
      en: `The attribute ${attribute}="${value}" is not valid; expected: ${expected}`,
    },
  });

/** An attribute whose value the data does not have (a year, a district), with the values it has. */
export const notInData = (attribute: string, value: string, available: readonly (string | number)[]): WidgetError =>
  new WidgetError({
    kind: 'attribute',
    what: {
      vi: `Thuộc tính ${attribute}="${value}" không có trong số liệu; có: ${available.join(', ')}`,
      en: `The attribute ${attribute}="${value}" is not in the data; available: ${available.join(', ')}`,
    },
  });

/**
 * Checks the attributes. `defaults.indicator` is the element's own default (the jobs
 * progress element has one); `defaults.base` is where the data lives when `base` is absent.
 * Values are trimmed; an empty value counts as absent. Throws a {@link WidgetError} naming
 * the first faulty attribute.
 */
export function readConfig(raw: RawAttributes, defaults: { indicator?: string | undefined; base: string }): WidgetConfig {
  const given = (key: keyof RawAttributes): string | undefined => raw[key]?.trim() || undefined;
  const v = { indicator: given('indicator') ?? defaults.indicator ?? '', area: given('area') ?? '01', version: given('version'), asOf: given('asOf'), theme: given('theme'), highlight: given('highlight'), yearToDate: given('yearToDate'), height: given('height') };
  for (const [key, pattern, expected] of RULES) {
    const value = v[key];
    // A date must also exist (2025-02-30 does not).
    if (value !== undefined && (!pattern.test(value) || (pattern === DATE && typeof parsePeriod(value) === 'string'))) {
      throw malformed(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value, expected);
    }
  }
  if (v.version && v.asOf) {
    throw new WidgetError({ kind: 'attribute', what: { vi: 'Chỉ dùng một trong hai thuộc tính version hoặc as-of.', en: 'Use either the version or the as-of attribute, not both.' } });
  }
  const hide = given('hide')?.split(/\s+/) ?? [];
  const unknown = hide.find((t) => !HIDE.some((h) => h === t));
  if (unknown) throw malformed('hide', unknown, HIDE.join(' | '));
  const config: WidgetConfig = { indicator: v.indicator, area: v.area, base: baseUrl(given('base') ?? defaults.base), hide };
  if (v.highlight) config.highlight = v.highlight;
  if (v.yearToDate) config.yearToDate = v.yearToDate === 'show';
  if (v.height) config.height = Number(v.height);
  const theme = THEMES.find((t) => t === v.theme);
  if (theme) config.theme = theme;
  if (v.version) config.version = v.version;
  if (v.asOf) config.asOf = v.asOf;
  const period = given('period');
  if (period) {
    const p = parsePeriod(period);
    if (typeof p === 'string') throw malformed('period', period, 'YYYY | YYYY-MM | YYYY-MM-DD | YYYY-MM/YYYY-MM');
    config.period = p;
  }
  return config;
}

/** An absolute http(s) base URL without trailing slashes; relative values resolve against the page. */
function baseUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value, globalThis.document?.baseURI);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol)) throw malformed('base', value, 'https://…');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * The widget's language from a `lang` attribute value (the element's own or the nearest
 * ancestor's, then the document's): Vietnamese or English variants map to `vi` / `en`;
 * another declared language reads English (more likely understood than Vietnamese there);
 * no language at all reads Vietnamese, the site's default.
 */
export const langFrom = (value: string | null | undefined): Lang => (/^\s*(vi\b|$)/i.test(value ?? '') ? 'vi' : 'en');
