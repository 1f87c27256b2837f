/**
 * The district map: a choropleth of one indicator over Hanoi's 30 pre-2025 districts, or a
 * locator map highlighting one district. Rendered at build time to an SVG string.
 */
import { precisionFixed, scaleLinear, tickStep } from 'd3';
import type { Localized } from '../data/model.ts';
import { formatNumber, type Lang } from '../format.ts';
import { projectDistrictPaths, type DistrictCollection, type DistrictPath } from './geo.ts';
import { COLORS, SEQUENTIAL } from './palette.ts';
import { escapeXml } from '../escape.ts';
import { num, svgRoot, textWidth, type SvgLabelOptions, type SvgPlacement } from './svg.ts';

/** A district's value and how it reads (already formatted, e.g. `12,3%` or `≈ 4.500 hộ`). */
export interface DistrictValue {
  value: number;
  label: string;
}

/** Options of {@link choroplethSvg}. */
export interface ChoroplethOptions extends SvgLabelOptions {
  /** District boundaries (properties `gso_code`, `name_vi`, `name_ascii`). */
  features: DistrictCollection;
  /** Values by GSO code. A district without one is drawn hatched as "no data", never as 0. Empty: a locator map. */
  values: ReadonlyMap<string, DistrictValue>;
  /** Language of names (`name_vi` or `name_ascii`), legend and number format. */
  lang: Lang;
  /** Width of the viewBox in px; default 480. */
  width?: number;
  /** Height of the viewBox in px, legend included; default 520. */
  height?: number;
  /** Title above the legend's colour classes, e.g. the indicator and its unit. */
  legendTitle: string;
  /** Decimals of the legend's class limits; default: as many as the class width needs. */
  decimals?: number;
  /** The values are years (labels, not quantities): limits as whole years, without grouping ("2022", not "2.022"). */
  years?: boolean;
  /** URL of each district's page; when given, every district is a link (`<a href>`), reachable with Tab. */
  linkFor?: (code: string) => string;
  /** GSO code of a district to outline (filled, on a locator map). */
  highlight?: string;
  /** Nested in a standalone image (og/chart-image.ts): at this place, at `width` × `height` px, in the image's font. */
  placed?: SvgPlacement;
}

/** The grey under the hatching of districts without data. */
const NO_DATA_GREY = '#8a9099';

/** Default viewBox size in px. */
export const MAP_SIZE = { width: 480, height: 520 } as const;

// Maps are often shown at about 60% of their viewBox on phones: text is set larger to stay readable.
const FONT_SIZE = 15;
const LEGEND_HEIGHT = 64;

const MAP_TEXT = {
  noData: { vi: 'Không có số liệu', en: 'No data' },
} satisfies Record<string, Localized>;

const pathCache = new WeakMap<DistrictCollection, Map<string, DistrictPath[]>>();

/** {@link projectDistrictPaths}, computed once per feature collection and size. */
function cachedPaths(features: DistrictCollection, width: number, height: number): DistrictPath[] {
  let bySize = pathCache.get(features);
  if (!bySize) pathCache.set(features, (bySize = new Map()));
  const size = `${width}x${height}`;
  let paths = bySize.get(size);
  if (!paths) bySize.set(size, (paths = projectDistrictPaths(features, width, height)));
  return paths;
}

/**
 * Colour classes: nice limits, at most five classes, light (low) to dark (high). A 0 is
 * always the lightest colour: when every value is 0 the one class is the lightest, never
 * the middle of the scale (a map of zeros must not look full).
 */
export function colourClasses(values: readonly number[]): { limits: number[]; colors: string[]; decimals: number } {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (values.length === 0 || lo === hi) {
    return { limits: values.length ? [lo, hi] : [], colors: [SEQUENTIAL[lo <= 0 ? 0 : 2]], decimals: 0 };
  }
  for (let count = 5; ; count--) {
    const scale = scaleLinear().domain([lo, hi]).nice(count);
    const [d0, d1] = scale.domain() as [number, number];
    const limits = scale.ticks(count);
    if (limits[0] !== d0) limits.unshift(d0);
    if (limits[limits.length - 1] !== d1) limits.push(d1);
    const classes = limits.length - 1;
    if (classes <= SEQUENTIAL.length || count <= 2) {
      const last = SEQUENTIAL.length - 1;
      const colors = Array.from({ length: classes }, (_, i) => SEQUENTIAL[classes === 1 ? (d0 <= 0 ? 0 : 2) : Math.round((i * last) / (classes - 1))] as string);
      return { limits, colors, decimals: precisionFixed(tickStep(d0, d1, count)) };
    }
  }
}

/** The class of a value: limits are lower-inclusive, the last class also includes its upper limit. */
function classOf(value: number, limits: readonly number[]): number {
  for (let i = 1; i < limits.length - 1; i++) if (value < (limits[i] as number)) return i - 1;
  return Math.max(0, limits.length - 2);
}

/**
 * Renders the district map as an SVG string: a choropleth when `values` has entries, else a
 * locator map (neutral districts, the `highlight` one filled).
 *
 * - Districts with a value are filled by class (at most five nice classes, light = low, a 0
 *   the lightest); a district without a value is hatched grey and the legend lists "no
 *   data" with the same swatch — a gap is never 0, and 0 is never full colour.
 * - Each district has a `<title>` (name, and its value label or "no data"); with `linkFor`,
 *   each is an `<a href>` so keyboard users can tab through the districts, and the root's
 *   role is `group` (links inside `role="img"` would be hidden from screen readers).
 * - `highlight` draws a 2.5 px outline around one district.
 *
 * Paths come from {@link projectDistrictPaths} (cached per collection and size). The root is
 * `<svg class="ansinh-map" aria-labelledby="{titleId} {descId}" viewBox width="100%">` with
 * `<title>` and `<desc>`; no `style` anywhere; the hatch pattern's id is `{titleId}-nodata`.
 * About 30 KB for the 30 districts at the default 480 × 520 px. Output is deterministic.
 */
export function choroplethSvg(opts: ChoroplethOptions): string {
  const width = Math.max(200, Math.round(opts.width ?? MAP_SIZE.width));
  const height = Math.max(200, Math.round(opts.height ?? MAP_SIZE.height));
  const { lang, values } = opts;
  const locator = values.size === 0;
  const codes = new Set(opts.features.features.map((f) => f.properties.gso_code));
  const present = [...values].filter(([code]) => codes.has(code)).map(([, v]) => v.value);
  const classes = colourClasses(present);
  const decimals = opts.decimals ?? classes.decimals;
  const noDataText = MAP_TEXT.noData[lang];
  const missing = !locator && [...codes].some((c) => !values.has(c));
  const patternId = `${opts.titleId}-nodata`;

  const legend = locator ? undefined : mapLegend(classes, opts.years ? undefined : decimals, lang, opts.legendTitle, missing ? noDataText : undefined, patternId, width);
  const mapHeight = height - (legend?.height ?? 0);
  const paths = cachedPaths(opts.features, width, mapHeight);

  const districts = paths.map((p) => {
    const name = lang === 'vi' ? p.name_vi : p.name_ascii;
    const v = values.get(p.code);
    let fill = '';
    if (locator) fill = p.code === opts.highlight ? ` fill="${COLORS.highlight}" fill-opacity="1"` : '';
    else fill = ` fill="${v ? classes.colors[classOf(v.value, classes.limits)] : `url(#${escapeXml(patternId)})`}"`;
    const title = `<title>${escapeXml(locator ? name : `${name}: ${v ? v.label : noDataText}`)}</title>`;
    const path = `<path d="${p.d}"${fill}`;
    if (opts.linkFor) return `<a href="${escapeXml(opts.linkFor(p.code))}">${title}${path}/></a>`;
    return `${path}>${title}</path>`;
  });

  const highlighted = paths.find((p) => p.code === opts.highlight);
  const outline = highlighted
    ? `<path class="highlight" d="${highlighted.d}" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"/>`
    : '';
  const defs = missing
    ? `<defs><pattern id="${escapeXml(patternId)}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      // Grey under the hatching: "no data" reads as neither the lightest class (0) nor the page.
      `<rect width="5" height="5" fill="${NO_DATA_GREY}" fill-opacity="0.35"/>` +
      '<path d="M0,0v5" stroke="currentColor" stroke-opacity="0.45" stroke-width="1.5"/></pattern></defs>'
    : '';

  return svgRoot(
    { ...opts, className: 'ansinh-map', role: opts.linkFor ? 'group' : 'img', width, height, fontSize: FONT_SIZE },
    defs +
      // On a locator map the neutral fill is set once, on the group.
      `<g class="districts"${locator ? ' fill-opacity="0.12"' : ''} stroke="currentColor" stroke-width="0.5" stroke-linejoin="round">${districts.join('')}</g>` +
      outline +
      (legend ? `<g class="legend" transform="translate(0,${num(mapHeight)})">${legend.svg}</g>` : ''),
  );
}

/** Legend under the map: title, contiguous class swatches with their limits below, then "no data" (on its own row when short of room). */
function mapLegend(
  classes: { limits: number[]; colors: string[] },
  /** Undefined for years: whole, without grouping. */
  decimals: number | undefined,
  lang: Lang,
  title: string,
  noData: string | undefined,
  patternId: string,
  width: number,
): { svg: string; height: number } {
  const labels = classes.limits.map((v) => (decimals === undefined ? String(Math.round(v)) : formatNumber(v, lang, decimals)));
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, FONT_SIZE - 1)));
  const k = classes.colors.length;
  // Class limits are centred under the swatch edges, so the swatches start half a label in.
  const x0 = Math.max(4, widest / 2 + 2);
  const swatch = Math.max(widest + 12, Math.min(84, (width - 2 * x0) / Math.max(1, k)));
  const parts: string[] = [`<text x="4" y="16" text-anchor="start" font-weight="600">${escapeXml(title)}</text>`];
  let end = x0;
  if (classes.limits.length) {
    classes.colors.forEach((c, i) => {
      parts.push(`<rect x="${num(x0 + i * swatch)}" y="24" width="${num(swatch)}" height="14" fill="${c}" stroke="currentColor" stroke-width="0.5"/>`);
    });
    const single = classes.limits.length === 2 && classes.limits[0] === classes.limits[1];
    const shown = single ? [labels[0] as string] : labels;
    shown.forEach((label, i) => {
      const x = single ? x0 + swatch / 2 : x0 + i * swatch;
      parts.push(`<text x="${num(x)}" y="56" text-anchor="middle" font-size="${FONT_SIZE - 1}">${escapeXml(label)}</text>`);
    });
    end = x0 + k * swatch + 16;
  }
  let height = LEGEND_HEIGHT;
  if (noData) {
    const fits = end + 22 + textWidth(noData, FONT_SIZE - 1) <= width;
    const [x, y] = fits ? [end, 22] : [x0, LEGEND_HEIGHT - 2];
    if (!fits) height += 18;
    parts.push(
      `<rect x="${num(x)}" y="${y}" width="16" height="12" fill="url(#${escapeXml(patternId)})" stroke="currentColor" stroke-width="0.5"/>`,
      `<text x="${num(x + 22)}" y="${y + 10}" text-anchor="start" font-size="${FONT_SIZE - 1}">${escapeXml(noData)}</text>`,
    );
  }
  return { svg: parts.join(''), height };
}
