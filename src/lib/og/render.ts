import { escapeXml } from '../escape.ts';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Lang } from '../format.ts';
import { UI } from '../i18n/index.ts';
import { FONT_FAMILY, fontFiles, type FontWeight } from './fonts.ts';
import { encodePng } from './png.ts';

/** What a share image says. Plain text: the template escapes it. */
export interface ShareCard {
  lang: Lang;
  /** Small line above the title: the section or topic. */
  kicker: string;
  /** The page's title; wrapped to at most three lines, shrunk if needed. */
  title: string;
  /**
   * The headline figure, already formatted for `lang` (`222.000`, `≈ 19`); empty for none.
   * A leading `≈` is drawn as a shape: Noto Sans' web subsets do not include U+2248.
   */
  figure: string;
  /** One line under the figure: unit, period, area. */
  caption: string;
}

export const WIDTH = 1200;
export const HEIGHT = 630;

const MARGIN = 80;
const CONTENT = WIDTH - 2 * MARGIN;
// The site's palette (src/styles/site.css, light scheme), flat fills only.
const COLOR = {
  paper: '#f4f6f8',
  ink: '#1a1a1a',
  muted: '#555b63',
  brand: '#1f5fbf',
  kicker: '#174a94',
  rule: '#d5d9de',
} as const;


let options: ResvgRenderOptions | undefined;
const renderOptions = (): ResvgRenderOptions =>
  (options ??= {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });

const textEl = (x: number, y: number, size: number, weight: FontWeight, fill: string, text: string) =>
  `<text x="${r(x)}" y="${r(y)}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(text)}</text>`;
/** Coordinates to 0.1 px: short, stable SVG. */
const r = (n: number) => String(Math.round(n * 10) / 10);

/** Drawn width of one line of text, in pixels, as resvg shapes it (kerning included). */
function measure(text: string, size: number, weight: FontWeight): number {
  if (text.trim() === '') return 0;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * 4}" height="${size * 2}">${textEl(0, size, size, weight, '#000', text)}</svg>`;
  const box = new Resvg(svg, renderOptions()).getBBox();
  return box ? box.x + box.width : 0;
}

/** Greedy word wrap; a word wider than the line stays whole on its own line. */
function wrap(text: string, size: number, weight: FontWeight, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Drops words from the end of a line until it fits with an ellipsis. */
function truncate(line: string, size: number, weight: FontWeight, width: number): string {
  const words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}…`, size, weight) > width) words.pop();
  return `${words.join(' ')}…`;
}

interface Fitted {
  size: number;
  lines: string[];
}

const LINE_HEIGHT = 1.2;

/**
 * The largest of `sizes` at which `text` wraps into at most `maxLines(size)` lines of
 * `width`; at the smallest size, the last line that fits ends with an ellipsis.
 */
function fit(text: string, sizes: readonly number[], maxLines: (size: number) => number, weight: FontWeight, width: number): Fitted {
  for (const size of sizes) {
    const lines = wrap(text, size, weight, width);
    if (lines.length <= maxLines(size) && lines.every((l) => measure(l, size, weight) <= width)) return { size, lines };
  }
  const size = sizes.at(-1)!;
  const all = wrap(text, size, weight, width);
  const lines = all.slice(0, maxLines(size));
  const last = lines.length - 1;
  if (all.length > lines.length || measure(lines[last]!, size, weight) > width) lines[last] = truncate(lines[last]!, size, weight, width);
  return { size, lines };
}

const oneLine = () => 1;
/** How many title lines (line height 1.2, the last one's descenders included) fit in `height`. */
const linesIn = (height: number) => (size: number) => Math.max(1, Math.floor((height / size - 1.25) / LINE_HEIGHT) + 1);

/** U+2248 as two waves, `size` the font size, left edge at x, on baseline y. Returns its advance. */
function approxSign(x: number, y: number, size: number, fill: string): { svg: string; advance: number } {
  const w = 0.5 * size;
  const amp = 0.05 * size;
  const wave = (cy: number) =>
    `M${r(x)} ${r(cy)}c${r(w * 0.18)} ${r(-amp * 1.6)} ${r(w * 0.34)} ${r(-amp * 1.6)} ${r(w * 0.5)} 0s${r(w * 0.32)} ${r(amp * 1.6)} ${r(w * 0.5)} 0`;
  const d = `${wave(y - 0.42 * size)}${wave(y - 0.24 * size)}`;
  const svg = `<path d="${d}" fill="none" stroke="${fill}" stroke-width="${r(0.07 * size)}" stroke-linecap="round"/>`;
  return { svg, advance: w + 0.22 * size };
}

/** The share image's SVG, laid out for 1200×630. */
export function shareImageSvg(card: ShareCard): string {
  const parts: string[] = [`<rect width="${WIDTH}" height="${HEIGHT}" fill="${COLOR.paper}"/>`];

  // Header: wordmark, tagline, rule.
  const brand = 'An Sinh';
  const brandSize = 38;
  parts.push(`<rect x="${MARGIN}" y="58" width="14" height="40" fill="${COLOR.brand}"/>`);
  parts.push(textEl(MARGIN + 28, 92, brandSize, 700, COLOR.brand, brand));
  const brandWidth = measure(brand, brandSize, 700);
  parts.push(textEl(MARGIN + 28 + brandWidth + 22, 91, 26, 400, COLOR.muted, UI.site.brandLine[card.lang]));
  parts.push(`<rect x="${MARGIN}" y="124" width="${CONTENT}" height="2" fill="${COLOR.rule}"/>`);

  // Kicker, then the title in the space left above the figure.
  const figureText = card.figure.trim();
  const kicker = fit(card.kicker, [28, 24], oneLine, 700, CONTENT);
  parts.push(textEl(MARGIN, 184, kicker.size, 700, COLOR.kicker, kicker.lines[0] ?? ''));
  const titleTop = 204;
  const titleBottom = figureText ? 405 : 490;
  const title = fit(card.title, [64, 56, 50, 44], linesIn(titleBottom - titleTop), 700, CONTENT);
  title.lines.forEach((line, i) => {
    const baseline = Math.round(titleTop + title.size * (0.98 + LINE_HEIGHT * i));
    parts.push(textEl(MARGIN, baseline, title.size, 700, COLOR.ink, line));
  });

  // Figure and caption, anchored to the bottom.
  const captionBaseline = 578;
  if (figureText) {
    const approx = figureText.startsWith('≈');
    const digits = approx ? figureText.slice(1).trim() : figureText;
    const widthAt = (s: number) => measure(digits, s, 700) + (approx ? approxSign(0, 0, s, '').advance : 0);
    let size = 104;
    while (size > 48 && widthAt(size) > CONTENT) size -= 8;
    const baseline = captionBaseline - 64;
    let x = MARGIN;
    if (approx) {
      const sign = approxSign(x, baseline, size, COLOR.brand);
      parts.push(sign.svg);
      x += sign.advance;
    }
    parts.push(textEl(x, baseline, size, 700, COLOR.brand, digits));
  }
  const caption = fit(card.caption, [28, 24], oneLine, 400, CONTENT);
  parts.push(textEl(MARGIN, captionBaseline, caption.size, 400, COLOR.muted, caption.lines[0] ?? ''));

  // Footer band.
  parts.push(`<rect y="${HEIGHT - 16}" width="${WIDTH}" height="16" fill="${COLOR.brand}"/>`);

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
}

/**
 * A 1200×630 PNG share image (Open Graph and Twitter's large card size), rendered with
 * resvg from the SVG template and the bundled Noto Sans. Same card, same bytes.
 */
export function shareImagePng(card: ShareCard): Uint8Array<ArrayBuffer> {
  const image = new Resvg(shareImageSvg(card), renderOptions()).render();
  return encodePng(new Uint8Array(image.pixels), image.width, image.height);
}
