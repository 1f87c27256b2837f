/**
 * What every build-time SVG shares: number rounding, serialising a node tree (escaped by the
 * site's one escapeXml), the accessible root element, and a text-width estimate for legends.
 */
import { escapeXml } from '../escape.ts';
import type { SvgNode } from './render.ts';

/** A coordinate rounded to 0.1 px, in its shortest form (`12`, `-3.5`, never `-0`). */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? '0' : String(r);
}

/**
 * An SVG node tree (render.ts) as a string: the only way the site writes a chart, with the
 * one escaping function ({@link escapeXml}) for text and attribute values. The root gets
 * the SVG namespace, so the string is also a standalone `.svg` file.
 */
export function svgString(node: SvgNode, root = true): string {
  const attrs = Object.entries(node.attrs).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join('');
  const inner = node.children.map((c) => (typeof c === 'string' ? escapeXml(c) : svgString(c, false))).join('');
  const open = `<${node.tag}${root ? ' xmlns="http://www.w3.org/2000/svg"' : ''}${attrs}`;
  return inner ? `${open}>${inner}</${node.tag}>` : `${open}/>`;
}

/** Options every chart function takes for its accessible name and description. */
export interface SvgLabelOptions {
  /** Page-unique id given to the `<title>`; also named first in `aria-labelledby`. */
  titleId: string;
  /** Page-unique id given to the `<desc>`; named second in `aria-labelledby`. */
  descId: string;
  /** Accessible name: what the chart shows, in the page language. */
  title: string;
  /** Accessible description: the chart's message or a pointer to the table beside it. */
  description: string;
}

/** A drawing nested in a larger SVG (a standalone image): where, at its own px size, in the image's font. */
export interface SvgPlacement {
  x: number;
  y: number;
  fontFamily: string;
}

/**
 * The root element around `content`: `role`, `aria-labelledby`, `<title>` and `<desc>`, a
 * `viewBox` in px and `width="100%"` (the height follows the viewBox's aspect ratio; page
 * CSS may cap the width), or, `placed`, its position and px size in the drawing around it. Text inherits the page colour through `currentColor`.
 */
export function svgRoot(
  opts: SvgLabelOptions & { className: string; role: 'img' | 'group'; width: number; height: number; fontSize: number; textAnchor?: 'middle'; placed?: SvgPlacement | undefined },
  content: string,
): string {
  const { placed } = opts;
  const attrs = [
    'xmlns="http://www.w3.org/2000/svg"',
    `class="${escapeXml(opts.className)}"`,
    `role="${opts.role}"`,
    `aria-labelledby="${escapeXml(`${opts.titleId} ${opts.descId}`)}"`,
    `viewBox="0 0 ${num(opts.width)} ${num(opts.height)}"`,
    ...(placed ? [`x="${num(placed.x)}"`, `y="${num(placed.y)}"`, `width="${num(opts.width)}"`, `height="${num(opts.height)}"`] : ['width="100%"']),
    'fill="currentColor"',
    `font-family="${escapeXml(placed?.fontFamily ?? 'system-ui, sans-serif')}"`,
    `font-size="${opts.fontSize}"`,
  ];
  if (opts.textAnchor) attrs.push(`text-anchor="${opts.textAnchor}"`);
  return (
    `<svg ${attrs.join(' ')}>` +
    `<title id="${escapeXml(opts.titleId)}">${escapeXml(opts.title)}</title>` +
    `<desc id="${escapeXml(opts.descId)}">${escapeXml(opts.description)}</desc>` +
    content +
    '</svg>'
  );
}

/**
 * Estimated width of a line of text in px. No font is available at build time, so this
 * errs wide (0.6 em per character, the average of system sans-serif fonts is ~0.52 em).
 */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}
