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
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/** The plain attributes, each with the pattern it must match and how the pattern reads in a message (the same in both languages). */
const RULES: readonly [key: 'indicator' | 'area' | 'version' | 'asOf' | 'theme', pattern: RegExp, expected: string][] = [
  ['indicator', /^[a-z][a-z0-9_]{0,63}$/, 'jobs_created'],
  ['area', /^\d{2,3}$/, '01 | 001 … 282'],
  ['version', DATE, 'YYYY-MM-DD'],
  ['asOf', DATE, 'YYYY-MM-DD'],
  ['theme', /^(auto|light|dark)$/, 'auto | light | dark'],
];

const malformed = (attribute: string, value: string, expected: string) =>
  new WidgetError({
    kind: 'attribute',
    what: {
      vi: `Thuộc tính ${attribute}="${value}" không hợp lệ; dạng đúng: ${expected}`,
      en: `The attribute ${attribute}="${value}" is not valid; expected: ${expected}`,
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
  const v = { indicator: given('indicator') ?? defaults.indicator ?? '', area: given('area') ?? '01', version: given('version'), asOf: given('asOf'), theme: given('theme') };
  for (const [key, pattern, expected] of RULES) {
    const value = v[key];
    // A date must also exist (2025-02-30 does not).
    if (value !== undefined && (!pattern.test(value) || (pattern === DATE && typeof parsePeriod(value) === 'string'))) {
      throw malformed(key === 'asOf' ? 'as-of' : key, value, expected);
    }
  }
  if (v.version && v.asOf) {
    throw new WidgetError({ kind: 'attribute', what: { vi: 'Chỉ dùng một trong hai thuộc tính version hoặc as-of.', en: 'Use either the version or the as-of attribute, not both.' } });
  }
  const config: WidgetConfig = { indicator: v.indicator, area: v.area, base: baseUrl(given('base') ?? defaults.base) };
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
