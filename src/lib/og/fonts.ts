import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { addCompositeChars, codePoints, mergeFonts, type CompositeChar } from './sfnt.ts';
import { woffToSfnt } from './woff.ts';

/**
 * The share images' font: Noto Sans from @fontsource/noto-sans, so every machine renders
 * the same glyphs whatever its system fonts. Fontsource splits the font by script; the
 * `latin` subset carries ASCII and à, á, â, ã, è…, the `vietnamese` subset ă, đ, ơ, ư and
 * most letters with two marks (ệ, ộ, ữ…). They are merged into one face per
 * weight (see sfnt.ts for why resvg's fallback between them is not enough).
 */
export const FONT_FAMILY = 'Noto Sans';
export const FONT_SUBSETS = ['latin', 'vietnamese'] as const;
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

const require = createRequire(import.meta.url);
const packageDir = () => dirname(require.resolve('@fontsource/noto-sans/package.json'));

/**
 * Characters the subsets lack but the charts write, built from glyphs they have (composite
 * glyphs: references to other glyphs, moved; offsets in font units, 1000 an em): ≈ before
 * every approximate value, as two tildes 0.1 em above and below the tilde's own height, as
 * Noto Sans' own ≈ is drawn. The latin subset's unicode-range names ↑ but its file has no
 * glyph for it.
 */
export const COMPOSITE_CHARS: readonly CompositeChar[] = [
  { codePoint: 0x2248, advanceOf: 0x7e, components: [{ codePoint: 0x7e, dy: 100 }, { codePoint: 0x7e, dy: -100 }] },
  // ≥ and ≤ (bounds, "≥ 30"): the angle raised over a minus sign lowered to the baseline.
  { codePoint: 0x2265, advanceOf: 0x3e, components: [{ codePoint: 0x3e, dy: 90 }, { codePoint: 0x2212, dy: -270 }] },
  { codePoint: 0x2264, advanceOf: 0x3c, components: [{ codePoint: 0x3c, dy: 90 }, { codePoint: 0x2212, dy: -270 }] },
  // ↑ (before a chart's unit): a caret over the stem of an l, centred under its point.
  { codePoint: 0x2191, advanceOf: 0x5e, components: [{ codePoint: 0x5e, dy: 0 }, { codePoint: 0x6c, dx: 156, dy: -50 }] },
];

let cachedPaths: string[] | undefined;

/**
 * Paths of TrueType files for resvg's `font.fontFiles`. resvg-js 2.6.2 loads fonts from
 * files only (no buffers) and its font database does not read WOFF, so each WOFF is
 * unwrapped once per process into a temporary folder, under a name that includes the hash
 * of its content: concurrent builds and test workers write identical bytes, and the write
 * goes through a rename so no reader sees half a file.
 */
export function fontFiles(): string[] {
  if (cachedPaths) return cachedPaths;
  const dir = join(tmpdir(), 'ansinh-og-fonts');
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  const read = (subset: string, weight: number) =>
    woffToSfnt(readFileSync(join(packageDir(), 'files', `noto-sans-${subset}-${weight}-normal.woff`)));
  for (const weight of FONT_WEIGHTS) {
    const [first, ...rest] = FONT_SUBSETS.map((subset) => read(subset, weight));
    const font = addCompositeChars(rest.reduce((merged, next) => mergeFonts(merged, next), first!), COMPOSITE_CHARS);
    const hash = createHash('sha256').update(font).digest('hex').slice(0, 16);
    const path = join(dir, `noto-sans-${FONT_SUBSETS.join('-')}-${weight}-${hash}.ttf`);
    if (!existsSync(path)) {
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, font);
      renameSync(partial, path);
    }
    paths.push(path);
  }
  cachedPaths = paths;
  return paths;
}

let mapped: Set<number>[] | undefined;

/**
 * Characters of `text` the fonts cannot draw (they would render as empty boxes, or not at
 * all), once each: from the character maps of the faces themselves, since a subset's
 * declared unicode-range can name characters its file lacks (↑). Control characters
 * (line breaks) draw nothing and are never missing.
 */
export function missingGlyphs(text: string): string[] {
  mapped ??= fontFiles().map((path) => codePoints(readFileSync(path)));
  const missing = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && !mapped.every((m) => m.has(cp))) missing.add(ch);
  }
  return [...missing];
}
