/**
 * Colours of the build-time charts. Each is written as an SVG presentation attribute, so
 * page CSS may override it (`.ansinh-chart .actual { stroke: … }`); without such CSS every
 * colour must still reach WCAG 2.2 AA non-text contrast (≥ 3:1) against both a light page
 * (#fff) and a dark one (#111), which tests/lib/charts/palette.test.ts checks. Axes and text
 * use `currentColor`, so the page's text colour decides them.
 */
export const COLORS = {
  /** Actual values: line, dots, year-to-date squares, bounds. */
  actual: '#2874c8',
  /** Annual plans (kế hoạch): dashed ticks. */
  plan: '#c4511f',
  /** Targets and ceilings: short bars and range bands. */
  target: '#8459d4',
  /** A highlighted district on a locator map. */
  highlight: '#2874c8',
} as const;

/**
 * Sequential classes of the choropleth, light to dark (ColorBrewer YlGnBu, 5 classes).
 * Adjacent districts are told apart by their outlines, so these need not contrast with the
 * page; their order (lighter = less) is what the legend explains.
 */
export const SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** Relative luminance of a `#rrggbb` colour (WCAG 2.2). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1–21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
