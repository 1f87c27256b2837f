/**
 * The one renderer of the time-series chart: from a {@link ChartLayout} to a small SVG node
 * tree that the site serialises to a string at build time (svg.ts `svgString`) and the
 * widget turns into DOM in one pass (widgets/chart/draw.ts: no markup is parsed, so hosts
 * may enforce Trusted Types). Geometry is in presentation attributes and colours come from
 * classes (chart.css): no `style` attribute anywhere, so strict CSPs hold.
 */
import type { ChartLayout, Mark } from './layout.ts';
import type { SvgLabelOptions } from './svg.ts';

/** An SVG element: its tag, attributes (in order) and children (elements or text). */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children: (SvgNode | string)[];
}

/** The attributes a mark's geometry fills, in the order layout.ts writes it. */
const GEOMETRY: Record<Mark[0], string[]> = {
  rect: ['x', 'y', 'width', 'height'],
  line: ['x1', 'y1', 'x2', 'y2'],
  circle: ['cx', 'cy', 'r'],
  path: ['d'],
  text: ['x', 'y', 'text-anchor'],
};

/** An element; numbers (px) are rounded to 0.1, `-0` to `0`. */
function el(tag: string, attrs: SvgNode['attrs'], children: SvgNode['children'] = []): SvgNode {
  for (const k in attrs) if (typeof attrs[k] === 'number') attrs[k] = Math.round(attrs[k] * 10) / 10 || 0;
  return { tag, attrs, children };
}

function node([tag, c, ...geometry]: Mark): SvgNode {
  const attrs: SvgNode['attrs'] = { class: c };
  GEOMETRY[tag].forEach((name, i) => geometry[i] !== 'start' && (attrs[name] = geometry[i]!));
  return el(tag, attrs, tag === 'text' ? [geometry[3] as string] : []);
}

/**
 * The chart as an `<svg>` of its natural size (`width`, `height` and `viewBox` in px): a
 * named group whose fixed parts (legend, axes, lines) are hidden from assistive technology,
 * and one focusable group per year whose `aria-label` gives the year's values in words
 * (what the tooltip shows).
 */
export function renderChart(l: ChartLayout, label: SvgLabelOptions): SvgNode {
  return el('svg', {
    class: `ansinh-chart ${l.orientation}`,
    role: 'group',
    'aria-labelledby': `${label.titleId} ${label.descId}`,
    viewBox: `0 0 ${l.width} ${l.height}`,
    width: l.width,
    height: l.height,
    'font-size': l.fontSize,
  }, [
    el('title', { id: label.titleId }, [label.title]),
    el('desc', { id: label.descId }, [label.description]),
    el('g', { 'aria-hidden': 'true' }, l.marks.map(node)),
    ...l.years.map((g) => el('g', { class: g.highlight ? 'yr hl' : 'yr', tabindex: 0, role: 'img', 'aria-label': g.label }, [
      node(['rect', 'hit', g.hit.x, g.hit.y, g.hit.w, g.hit.h]),
      ...g.marks.map(node),
    ])),
  ]);
}
