/**
 * The widget scripts of a built site (dist/): every exact version ever released is served
 * byte for byte from widgets/releases/, with the SRI hash the catalog lists, the current
 * version too, and each major alias serves its newest release. Skipped, saying so, when
 * there is no build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/outputs/catalog.ts';
import { catalogPath, WIDGET_VERSION, widgetAliasPath, widgetScriptPath } from '../../src/lib/routes.ts';
import { compareWidgetVersions, WIDGET_LOCK_FILE, widgetDigests, type WidgetLock } from '../../src/lib/site/widget-releases.ts';
import { DIST, builtSite } from './dist.ts';

const built = builtSite(catalogPath, import.meta.filename);
const lock = JSON.parse(readFileSync(join(import.meta.dirname, '../..', WIDGET_LOCK_FILE), 'utf8')) as WidgetLock;
const served = (path: string) => widgetDigests(new Uint8Array(readFileSync(join(DIST, path))));

describe.skipIf(!built)('the widget scripts of the built site (dist/)', () => {
  const widgets = built ? (JSON.parse(readFileSync(join(DIST, catalogPath), 'utf8')) as Catalog).widgets : undefined;

  it('serves every released version at its exact path, byte for byte as locked', () => {
    expect(Object.keys(lock.versions).length).toBeGreaterThan(0);
    for (const [version, locked] of Object.entries(lock.versions)) {
      expect(served(widgetScriptPath(version)), version).toEqual(locked);
    }
  });

  it('lists every version served in the catalog, with the SRI hash of the bytes served', () => {
    const listed = widgets!.versions;
    expect(listed.map((v) => v.version)).toEqual([...new Set([...Object.keys(lock.versions), WIDGET_VERSION])].sort(compareWidgetVersions));
    for (const v of listed) {
      expect(v.script).toBe(widgetScriptPath(v.version));
      expect(served(v.script), v.version).toEqual({ sha256: v.sha256, integrity: v.integrity, bytes: v.bytes });
      expect(v.released, v.version).toBe(v.version in lock.versions);
    }
    expect(widgets).toMatchObject({ version: WIDGET_VERSION, script: widgetScriptPath(WIDGET_VERSION) });
    expect(served(widgets!.script!).integrity).toBe(widgets!.integrity);
  });

  it('serves each major alias with the bytes of the newest release of that major, and nothing else under /widgets/', () => {
    const released = Object.keys(lock.versions).sort(compareWidgetVersions);
    const majors = [...new Set(released.map((v) => v.split('.')[0]))];
    expect(widgets!.aliases.map((a) => [a.script, a.version])).toEqual(majors.map((m) => {
      const newest = released.filter((v) => v.split('.')[0] === m).at(-1)!;
      return [widgetAliasPath(newest), newest];
    }));
    for (const a of widgets!.aliases) expect(served(a.script), a.script).toEqual(served(widgetScriptPath(a.version)));
    const dirs = readdirSync(join(DIST, 'widgets')).sort();
    expect(dirs).toEqual([...widgets!.versions.map((v) => v.version), ...widgets!.aliases.map((a) => a.script.split('/')[2]!)].sort());
    for (const d of dirs) expect(readdirSync(join(DIST, 'widgets', d)), d).toEqual(['ansinh.js']);
  });
});
