/**
 * What every build-time SVG shares: a server-side `document`, number rounding, escaping,
 * the accessible root element, and a text-width estimate for laying out legends.
 */
import { parseHTML } from 'linkedom';

let cachedDocument: Document | undefined;

/** A DOM `document` (linkedom) for Observable Plot to render into; one per process. */
export function svgDocument(): Document {
  cachedDocument ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return cachedDocument;
}

/** Escapes text for an SVG text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A coordinate rounded to 0.1 px, in its shortest form (`12`, `-3.5`, never `-0`). */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? '0' : String(r);
}

const DECIMAL = /-?\d*\.\d+(?:e[-+]?\d+)?/gi;

/** Rounds every decimal number in an attribute value (path data, transforms) to 0.1 px. */
export function roundNumbers(value: string): string {
  return value.replace(DECIMAL, (m) => num(Number(m)));
}

/** Attributes holding pixel geometry: the only ones whose numbers are rounded (lengths in `em` are kept). */
const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'points']);

/**
 * Cleans an SVG element tree in place for a strict CSP and a small size: drops `style`
 * attributes and `<style>` elements, drops the ARIA attributes Plot puts on inner groups
 * (the root is `role="img"`, whose children are presentational anyway), and rounds geometry.
 */
export function cleanTree(root: Element): void {
  for (const style of [...root.querySelectorAll('style')]) style.remove();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) {
      if (name === 'style' || name === 'aria-label' || name === 'aria-hidden' || name === 'aria-description') {
        el.removeAttribute(name);
      } else if (GEOMETRY.has(name) && (name === 'd' || name === 'transform' || name === 'points' || /^-?[\d.]+$/.test(value))) {
        const rounded = roundNumbers(value);
        if (rounded !== value) el.setAttribute(name, rounded);
      }
    }
  }
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

/**
 * The root element around `content`: `role`, `aria-labelledby`, `<title>` and `<desc>`, a
 * `viewBox` in px and `width="100%"` (the height follows the viewBox's aspect ratio; page
 * CSS may cap the width). Text inherits the page colour through `currentColor`.
 */
export function svgRoot(
  opts: SvgLabelOptions & { className: string; role: 'img' | 'group'; width: number; height: number; fontSize: number; textAnchor?: 'middle' },
  content: string,
): string {
  const attrs = [
    'xmlns="http://www.w3.org/2000/svg"',
    `class="${escapeXml(opts.className)}"`,
    `role="${opts.role}"`,
    `aria-labelledby="${escapeXml(`${opts.titleId} ${opts.descId}`)}"`,
    `viewBox="0 0 ${num(opts.width)} ${num(opts.height)}"`,
    'width="100%"',
    'fill="currentColor"',
    'font-family="system-ui, sans-serif"',
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
