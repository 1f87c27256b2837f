/**
 * An indicator's chart as a standalone image (SVG and PNG), for places where no script
 * runs: embed fallbacks, feeds and e-mail, print, CMSs that allow neither scripts nor
 * iframes. Drawn by the site's one chart layout and renderer (charts/layout.ts, render.ts)
 * with its frame: the title, the place and the version's date above; the sources, the
 * licence and the site's credit below. Light theme on white, whatever the reader's.
 * A version without a city chart but with district figures gets its district map instead
 * (charts/choropleth.ts, the period and values the indicator page's map shows:
 * prepare/district-map.ts) in the same frame.
 *
 * The SVG carries its fonts (Noto Sans, latin and, when the text needs it, vietnamese, as
 * woff2 data: URLs) and its colours (chart.css with the light palette's values), so it
 * renders the same opened alone, in an <img>, or in any editor. The PNG is the same drawing
 * at 2×, rendered by resvg with the share images' merged TrueType faces (fonts.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import chartCss from '../charts/chart.css?raw';
import { choroplethSvg } from '../charts/choropleth.ts';
import { chartLayout, frameLayout, type ChartLayout } from '../charts/layout.ts';
import { renderChart, type SvgNode } from '../charts/render.ts';
import { svgString } from '../charts/svg.ts';
import type { Source, Version } from '../data/model.ts';
import type { Lang } from '../format.ts';
import { formatDate, UI } from '../i18n/index.ts';
import { chartImageKind, chartImageObservations, versionChartData, versionMapData } from '../outputs/chart-images.ts';
import { absoluteUrl } from '../outputs/url.ts';
import { districtMapText, districtMapValues } from '../prepare/district-map.ts';
import { districtBoundaries } from '../site/geo.ts';
import { FONT_FAMILY, fontFiles } from './fonts.ts';
import { encodePng } from './png.ts';
import { cachedPng, chartImageKey, type CachedImage } from './cache.ts';

/** Width of the image in CSS px (the site's wide chart); the PNG has twice as many pixels. */
export const CHART_IMAGE_WIDTH = 880;
/** Pixels of the PNG per CSS px of the SVG: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;
/** White space around the drawing: the chart's labels may reach a little outside its box. */
const PAD = 24;
/** A little larger than the page's 12 px: an image is often shown smaller than drawn. */
const FONT_SIZE = 14;
/** A district map's height, its legend included (its width is the frame's): Hanoi's 30 districts at about 60 px per 10 km. */
const MAP_HEIGHT = 640;
/** Space between the frame's words and a district map. */
const MAP_GAP = 10;

/** The light palette of site.css, which chart.css reads through custom properties. */
const LIGHT: Record<string, string> = {
  '--bg': '#ffffff',
  '--fg': '#1a1a1a',
  '--muted': '#555b63',
  '--link': '#0b57b7',
  '--actual': '#2874c8',
  '--plan': '#c4511f',
  '--target': '#8459d4',
};

/** The text colour, which the district map takes through `currentColor` (outlines, legend). */
const INK = LIGHT['--fg']!;

/** chart.css with every var() replaced by its light value: resvg reads no custom properties. */
const resolved = (css: string) =>
  css.replace(/var\((--[\w-]+)(?:,\s*var\((--[\w-]+)\))?\)/g, (all, name: string, fallback: string | undefined) => {
    const value = LIGHT[name] ?? (fallback ? LIGHT[fallback] : undefined);
    if (!value) throw new Error(`chart image: no light value for ${all} (chart.css)`);
    return value;
  });

/**
 * The image's stylesheet: chart.css, and the frame's rules that pages take from site.css
 * (heading size and weight, muted notes, the highlighted year), in the light palette.
 */
const STYLE = `${resolved(chartCss.replace(/\/\*[\s\S]*?\*\//g, ''))}
.ansinh-chart text { fill: #1a1a1a; }
.ansinh-chart .title { font-size: 1.25em; font-weight: 700; }
.ansinh-chart .note { fill: #555b63; }
.ansinh-chart .hl { fill: #1a1a1a; fill-opacity: 0.08; }`.replace(/\s*\n\s*/g, ' ').trim();

/** What the image says around the chart, in its language. */
export interface ChartImageText {
  lang: Lang;
  /** The indicator's title as the version published it. */
  title: string;
  /** "Hà Nội · Số liệu phiên bản 29/11/2026". */
  note: string;
  /** "Nguồn: …. CC BY 4.0 · An Sinh · https://…". */
  source: string;
}

/** Publishers named on an image; the others are counted (the page lists every source). */
const NAMED_PUBLISHERS = 2;

/**
 * The frame's words for a version. Sources: the publishers of the figures drawn (the city's,
 * or the map's districts'), the most cited first (an indicator gathered from many
 * newspapers would otherwise fill the image).
 */
export function chartImageText(version: Version, lang: Lang, sources: ReadonlyMap<string, Source>, site: string): ChartImageText {
  const T = UI.chartImage;
  const cited = new Map<string, number>();
  for (const o of chartImageObservations(version)) {
    const publisher = sources.get(o.source)?.publisher ?? o.source;
    cited.set(publisher, (cited.get(publisher) ?? 0) + 1);
  }
  const publishers = [...cited].sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'vi')).map(([p]) => p);
  const list = publishers.slice(0, NAMED_PUBLISHERS).join('; ');
  const more = Math.max(0, publishers.length - NAMED_PUBLISHERS);
  return {
    lang,
    title: version.meta.title[lang],
    note: `${UI.place.hanoi[lang]} · ${T.version[lang]({ date: formatDate(version.id, lang) })}`,
    source: `${T.sources[lang]({ list, more })} ${version.meta.licence} · An Sinh · ${absoluteUrl(site, '/').replace(/\/$/, '')}`,
  };
}

/** The image's size in CSS px (the SVG's; the PNG has {@link PNG_SCALE}× the pixels). */
export function chartImageSize(version: Version, text: ChartImageText): { width: number; height: number } {
  return { width: CHART_IMAGE_WIDTH, height: layoutOf(version, text).height + 2 * PAD };
}

/** The layout of the image inside its padding: the chart with its frame, or the frame alone around the room of a district map (`plot`). */
function layoutOf(version: Version, text: ChartImageText): ChartLayout {
  const frame = { lang: text.lang, width: CHART_IMAGE_WIDTH - 2 * PAD, fontSize: FONT_SIZE, heading: text.title, note: text.note, source: text.source };
  if (chartImageKind(version) !== 'map') return chartLayout(versionChartData(version), frame);
  const f = frameLayout(frame);
  const height = Math.ceil(f.top + MAP_GAP + MAP_HEIGHT + MAP_GAP + f.bottom);
  return {
    width: frame.width,
    height,
    fontSize: FONT_SIZE,
    orientation: 'horizontal',
    plot: { x: 0, y: f.top + MAP_GAP, w: frame.width, h: MAP_HEIGHT },
    marks: f.marks(height),
    years: [],
  };
}

/** A version's district map where the layout left room for it, in image coordinates. */
function districtMap(version: Version, text: ChartImageText, layout: ChartLayout): string {
  const map = versionMapData(version);
  if (!map) throw new Error(`chart image: ${version.meta.id} ${version.id} has no district map`);
  const words = districtMapText(version.meta, map.period, text.lang);
  return choroplethSvg({
    features: districtBoundaries(),
    values: districtMapValues(version.meta, map.observations, text.lang).values,
    lang: text.lang,
    titleId: 'mt',
    descId: 'md',
    title: words.title,
    description: text.note,
    legendTitle: words.legend,
    years: version.meta.kind === 'year',
    width: layout.plot.w,
    height: layout.plot.h,
    placed: { x: PAD + layout.plot.x, y: PAD + layout.plot.y, fontFamily: `${FONT_FAMILY}, sans-serif` },
  });
}

/** Where a district map goes in the serialised drawing (svgString escapes strings; the map is markup already). */
const MAP_SLOT = '@MAP@';

/**
 * The drawing: the chart with its frame, on white, `PAD` from the edges; for a map, the
 * frame and, outside chart.css's scope (its rules would restyle the districts' paths), the
 * slot of the map, in the text's colour.
 */
function drawing(version: Version, text: ChartImageText, layout: ChartLayout): SvgNode {
  const chart = renderChart(layout, { titleId: 't', descId: 'd', title: text.title, description: `${text.note}. ${text.source}` });
  // An image is not a widget: no focus stops, and the whole drawing is one image.
  const still = (n: SvgNode): SvgNode => {
    const { tabindex: _, role: __, ...attrs } = n.attrs;
    return { ...n, attrs, children: n.children.map((c) => (typeof c === 'string' ? c : still(c))) };
  };
  const inner = still(chart);
  const height = layout.height + 2 * PAD;
  return {
    tag: 'svg',
    attrs: {
      viewBox: `0 0 ${CHART_IMAGE_WIDTH} ${height}`,
      width: CHART_IMAGE_WIDTH,
      height,
      role: 'img',
      'aria-labelledby': 't d',
      'font-family': `${FONT_FAMILY}, sans-serif`,
    },
    children: [
      // The accessible name and description of the whole image (the inner chart's, moved up).
      ...inner.children.filter((c) => typeof c !== 'string' && (c.tag === 'title' || c.tag === 'desc')),
      { tag: 'style', attrs: {}, children: ['@FONTS@', STYLE] },
      { tag: 'rect', attrs: { width: '100%', height: '100%', fill: '#ffffff' }, children: [] },
      {
        ...inner,
        attrs: { class: inner.attrs.class!, x: PAD, y: PAD, width: layout.width, height: layout.height, viewBox: inner.attrs.viewBox!, 'font-size': FONT_SIZE, overflow: 'visible' },
        children: inner.children.filter((c) => typeof c === 'string' || (c.tag !== 'title' && c.tag !== 'desc')),
      },
      ...(chartImageKind(version) === 'map' ? [{ tag: 'g', attrs: { color: INK }, children: [MAP_SLOT] }] : []),
    ],
  };
}

/** The drawing as a string, its map in its slot; `@FONTS@` is left for the format to fill. */
function serialised(version: Version, text: ChartImageText): string {
  const layout = layoutOf(version, text);
  const svg = svgString(drawing(version, text, layout));
  return chartImageKind(version) === 'map' ? svg.replace(MAP_SLOT, () => districtMap(version, text, layout)) : svg;
}

// ---- fonts of the SVG ------------------------------------------------------------------

const require = createRequire(import.meta.url);
const fontDir = () => join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');

/** Fontsource's unicode ranges of a subset: `U+0102-0103,…`, for @font-face and for testing what a text needs. */
let unicode: Record<string, string> | undefined;
const rangesOf = (subset: string): string => {
  unicode ??= JSON.parse(readFileSync(join(fontDir(), '..', 'unicode.json'), 'utf8')) as Record<string, string>;
  const spec = unicode[subset];
  if (!spec) throw new Error(`@fontsource/noto-sans/unicode.json has no "${subset}" subset`);
  return spec;
};
const parsed = new Map<string, [number, number][]>();
const covers = (spec: string, cp: number) => {
  let ranges = parsed.get(spec);
  if (!ranges) {
    ranges = spec.split(',').map((part) => {
      const [from, to] = part.replace(/^U\+/, '').split('-').map((h) => parseInt(h, 16));
      return [from!, to ?? from!];
    });
    parsed.set(spec, ranges);
  }
  return ranges.some(([from, to]) => cp >= from && cp <= to);
};

const faces = new Map<string, string>();
/** One @font-face: a woff2 subset as a data: URL, with its unicode-range so browsers combine the subsets. */
function fontFace(subset: 'latin' | 'vietnamese', weight: 400): string {
  const key = `${subset}-${weight}`;
  let face = faces.get(key);
  if (!face) {
    const woff2 = readFileSync(join(fontDir(), `noto-sans-${subset}-${weight}-normal.woff2`)).toString('base64');
    face = `@font-face{font-family:"${FONT_FAMILY}";font-weight:${weight};src:url(data:font/woff2;base64,${woff2}) format("woff2");unicode-range:${rangesOf(subset)}}`;
    faces.set(key, face);
  }
  return face;
}

/**
 * The faces the image's text needs, and no more: the latin subset always (13 KB of woff2),
 * the vietnamese one (5 KB) only when a letter needs it (ă, đ, ơ, ư, ệ…; an English chart
 * may have none); one weight: the title's bold is synthesised by the browser, which saves
 * 19 KB (25 KB as base64) on every image for one line of text.
 */
function fontFaces(svgText: string): string {
  const needsVietnamese = [...svgText.normalize('NFC')].some((ch) => covers(rangesOf('vietnamese'), ch.codePointAt(0)!) && !covers(rangesOf('latin'), ch.codePointAt(0)!));
  const subsets = needsVietnamese ? (['latin', 'vietnamese'] as const) : (['latin'] as const);
  return subsets.map((s) => fontFace(s, 400)).join('');
}

/** Visible text of an SVG string (between tags), to decide which font subsets it needs. */
const textOf = (svg: string) => svg.replace(/<[^>]*>/g, ' ');

// ---- the two formats -------------------------------------------------------------------

/** The image as SVG, with its fonts embedded. */
export function chartImageSvg(version: Version, text: ChartImageText): string {
  const svg = serialised(version, text);
  return svg.replace('@FONTS@', fontFaces(textOf(svg)));
}

/** The SVG resvg draws: no embedded fonts (resvg reads none; it has the TrueType files). */
export const chartImageSvgForPng = (version: Version, text: ChartImageText): string => serialised(version, text).replace('@FONTS@', '');

/** The image as PNG at {@link PNG_SCALE}× from {@link chartImageSvgForPng}'s SVG. */
export function chartImagePng(svgForPng: string): Uint8Array<ArrayBuffer> {
  const image = new Resvg(svgForPng, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    logLevel: 'off',
  }).render();
  return encodePng(new Uint8Array(image.pixels), image.width, image.height);
}

/** The PNG through the content-addressed cache (cache.ts): an unchanged chart is not rendered again. */
export function cachedChartImagePng(version: Version, text: ChartImageText, dir?: string | null): CachedImage {
  const svg = chartImageSvgForPng(version, text);
  return cachedPng(chartImageKey(svg, PNG_SCALE), () => chartImagePng(svg), dir);
}
