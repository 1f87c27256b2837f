import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mergeFonts } from './sfnt.ts';
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
    const font = rest.reduce((merged, next) => mergeFonts(merged, next), first!);
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

let cachedRanges: [number, number][] | undefined;

/** Code point ranges the loaded subsets cover, from the package's `unicode.json`. */
function coveredRanges(): [number, number][] {
  if (cachedRanges) return cachedRanges;
  const table = JSON.parse(readFileSync(join(packageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
  const ranges: [number, number][] = [];
  for (const subset of FONT_SUBSETS) {
    const spec = table[subset];
    if (spec === undefined) throw new Error(`@fontsource/noto-sans/unicode.json has no "${subset}" subset`);
    for (const part of spec.split(',')) {
      const [from, to] = part.replace(/^U\+/, '').split('-').map((h) => parseInt(h, 16));
      if (from === undefined || Number.isNaN(from)) throw new Error(`unicode.json: cannot read range "${part}"`);
      ranges.push([from, to ?? from]);
    }
  }
  cachedRanges = ranges;
  return ranges;
}

/** Characters of `text` the font cannot draw (they would render as empty boxes), once each. */
export function missingGlyphs(text: string): string[] {
  const ranges = coveredRanges();
  const missing = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (!ranges.some(([a, b]) => cp >= a && cp <= b)) missing.add(ch);
  }
  return [...missing];
}
