/**
 * The widget bundle as released (PRODUCT §3.6, §6): built in-process with esbuild, as
 * `npm run build:widgets` builds it, it stays within the size budget, two builds give the
 * same bytes, and the current WIDGET_VERSION, once in widgets/releases.lock.json, is
 * exactly what the source builds — so changing one byte of the widget source (or of the
 * src/lib code it bundles, or of Lit) without a new widget version fails here. Lit is pinned
 * exactly: the build patches its published files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWidgets, WIDGET_BUDGET_GZIP_BYTES } from '../../scripts/build-widgets.ts';
import { WIDGET_VERSION } from '../../src/lib/routes.ts';
import { compareWidgetVersions, parseWidgetVersion, WIDGET_LOCK_FILE, widgetDigests, widgetReleases } from '../../src/lib/site/widget-releases.ts';

const ROOT = join(import.meta.dirname, '../..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
/** The value at a key path of parsed JSON, or undefined. */
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null && k in v ? Object.getOwnPropertyDescriptor(v, k)?.value : undefined), value);

let code: Uint8Array;
beforeAll(async () => {
  ({ code } = await buildWidgets({ outFile: false }));
}, 60_000);

describe('the widget bundle', () => {
  it(`is at most ${WIDGET_BUDGET_GZIP_BYTES / 1024} KB min+gzip (gzip -9), every element and Lit included`, () => {
    const gzipped = gzipSync(code, { level: 9 }).byteLength;
    expect(gzipped, `${gzipped} B min+gzip; budget ${WIDGET_BUDGET_GZIP_BYTES} B (PRODUCT §6)`).toBeLessThanOrEqual(WIDGET_BUDGET_GZIP_BYTES);
  });

  it('is deterministic: a second build gives the same bytes', async () => {
    const again = (await buildWidgets({ outFile: false })).code;
    expect(widgetDigests(again).sha256).toBe(widgetDigests(code).sha256);
  });
});

describe(`widget ${WIDGET_VERSION} (routes.WIDGET_VERSION) and ${WIDGET_LOCK_FILE}`, () => {
  const releases = () => widgetReleases(ROOT, WIDGET_VERSION, code);

  it('every kept release is intact, and nothing else is kept', () => {
    expect(widgetReleases(ROOT, WIDGET_VERSION, undefined).problems).toEqual([]);
  });

  it('once released, is exactly what the source builds; as a draft, comes after every release of its major', () => {
    const locked = at(json(WIDGET_LOCK_FILE), 'versions', WIDGET_VERSION);
    if (locked !== undefined) {
      expect(widgetDigests(code).sha256, `the widget source no longer builds the released ${WIDGET_VERSION}: give the change a new WIDGET_VERSION (src/lib/routes.ts)`)
        .toBe(at(locked, 'sha256'));
      expect(widgetDigests(code).integrity).toBe(at(locked, 'integrity'));
    } else {
      console.warn(`widget ${WIDGET_VERSION} is a draft, not released (npm run release:widgets)`);
      const major = parseWidgetVersion(WIDGET_VERSION)?.[0];
      const sameMajor = releases().versions.filter((v) => v.released && parseWidgetVersion(v.version)?.[0] === major);
      for (const v of sameMajor) expect(compareWidgetVersions(WIDGET_VERSION, v.version), `${WIDGET_VERSION} after ${v.version}`).toBeGreaterThan(0);
    }
  });

  it('1.0.0, the first published version, stays released and served', () => {
    const r = releases();
    expect(r.versions.find((v) => v.version === '1.0.0')).toMatchObject({ released: true, path: '/widgets/1.0.0/ansinh.js' });
    expect(r.aliases.find((a) => a.major === 'v1')?.version).toBe(r.versions.filter((v) => v.released && v.version.startsWith('1.')).at(-1)?.version);
  });
});

describe('Lit', () => {
  it('is pinned to one exact version in package.json, package-lock.json and node_modules', () => {
    const pinned = at(json('package.json'), 'dependencies', 'lit');
    expect(pinned, 'package.json dependencies.lit: an exact version, no range').toMatch(/^\d+\.\d+\.\d+$/);
    const lock = json('package-lock.json');
    expect(at(lock, 'packages', '', 'dependencies', 'lit'), 'package-lock.json: the root entry agrees with package.json (npm install lit@<version> --save-exact)').toBe(pinned);
    expect(at(lock, 'packages', 'node_modules/lit', 'version'), 'package-lock.json: the locked lit').toBe(pinned);
    expect(at(json('node_modules/lit/package.json'), 'version'), 'the installed lit (npm ci)').toBe(pinned);
  });
});
