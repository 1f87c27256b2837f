/**
 * The widget's drawing: the site's chart layout and renderer (src/lib/charts/layout.ts,
 * render.ts), turned into DOM in one pass — elements by `createElementNS`, text as text
 * nodes, attributes by `setAttribute` — so no markup is ever parsed (hosts may enforce
 * Trusted Types) and there is no `style` attribute (hosts may forbid inline styles).
 */
import { highlightYear, plotLayout, type PlotOptions } from '../../src/lib/charts/layout.ts';
import { renderChart, type SvgNode } from '../../src/lib/charts/render.ts';
import type { SvgLabelOptions } from '../../src/lib/charts/svg.ts';
import type { ChartData } from '../../src/lib/prepare/types.ts';

/** Default drawing size in px, before the element is measured. */
export const DEFAULT_SIZE = { width: 640, height: 384 } as const;
/** Smallest drawing size in px. */
export const MIN_SIZE = { width: 240, height: 200 } as const;

/** The drawing size for a measured box (px, rounded; {@link DEFAULT_SIZE} until measured, never below {@link MIN_SIZE}). */
export const chartSize = ({ width, height }: { width: number; height: number }): { width: number; height: number } =>
  width > 0 && height > 0 ? { width: Math.max(MIN_SIZE.width, Math.round(width)), height: Math.max(MIN_SIZE.height, Math.round(height)) } : DEFAULT_SIZE;

/** A node tree as DOM. */
export function toDom(node: SvgNode): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', node.tag);
  for (const [k, v] of Object.entries(node.attrs)) el.setAttribute(k, String(v));
  for (const c of node.children) el.append(typeof c === 'string' ? c : toDom(c));
  return el;
}

/**
 * The chart of {@link ChartData} as an `<svg>` element: the same tree the site writes as
 * text, with an article's options (no legend, a fixed height, no year-to-date bar, a
 * highlighted year: what the site's chartLayout does with it). The widget writes an
 * article's heading and note as HTML above the drawing, where they wrap as text does, so it
 * needs no more of chartLayout's frame.
 */
export const drawChart = (data: ChartData, opts: PlotOptions & SvgLabelOptions & { highlight?: number | undefined }): SVGElement =>
  toDom(renderChart(highlightYear(plotLayout(data, opts), opts.highlight), opts));
