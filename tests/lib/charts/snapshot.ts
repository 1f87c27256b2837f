import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** Stored snapshots: valid SVG files, one element per line so that diffs are readable. */
export const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/**
 * One tag per line, and text content in its canonical escaping (a `"` in text needs none),
 * so that the site's string and a serialised DOM compare equal when they are the same SVG.
 */
export function normaliseSvg(svg: string): string {
  return `${svg.replace(/>([^<]*)</g, (_, t: string) => `>${t.replaceAll('&quot;', '"')}<`).replace(/>\s*</g, '>\n<')}\n`;
}

/**
 * Compares an SVG with `__snapshots__/<name>.svg`. Regenerating is deliberate: only with
 * `UPDATE_SNAPSHOTS=1 npx vitest run tests/lib/charts`; a missing snapshot fails.
 */
export function expectSvgSnapshot(name: string, svg: string): void {
  const file = join(SNAPSHOT_DIR, `${name}.svg`);
  const actual = normaliseSvg(svg);
  if (process.env['UPDATE_SNAPSHOTS'] === '1') {
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`no snapshot ${file}: review the output, then run with UPDATE_SNAPSHOTS=1`);
  expect(actual, `${name}.svg differs from its snapshot (UPDATE_SNAPSHOTS=1 regenerates it)`).toBe(readFileSync(file, 'utf8'));
}
