/**
 * Widget releases (src/lib/site/widget-releases.ts) over miniature project folders written
 * into a temporary directory: each case a lock, kept bundles and a "built" bundle. The
 * bundles are short made-up byte strings, not real widget code.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogWidgets } from '../../../src/lib/outputs/catalog.ts';
import {
  compareWidgetVersions, parseWidgetVersion, releaseWidget, WIDGET_LOCK_FILE, widgetDigests, widgetLockJson, widgetReleaseFile, widgetReleases,
} from '../../../src/lib/site/widget-releases.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const A = bytes('/*! widgets 1.0.0 */export{};\n');
const B = bytes('/*! widgets 1.1.0 */export{};\n');
const sri = (b: Uint8Array) => `sha384-${createHash('sha384').update(b).digest('base64')}`;

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A project folder with these versions released (kept bytes and lock entries). */
function project(released: Record<string, Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'ansinh-widget-releases-'));
  roots.push(root);
  for (const [version, content] of Object.entries(released)) write(root, widgetReleaseFile(version), content);
  if (Object.keys(released).length) {
    write(root, WIDGET_LOCK_FILE, widgetLockJson(Object.fromEntries(Object.entries(released).map(([v, c]) => [v, widgetDigests(c)]))));
  }
  return root;
}
function write(root: string, rel: string, content: Uint8Array | string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), content);
}
const oneByteChanged = (b: Uint8Array) => b.map((x, i) => (i === 5 ? x ^ 1 : x));

describe('exact versions', () => {
  it('are x.y.z without leading zeros or tags, ordered by precedence', () => {
    expect(parseWidgetVersion('1.10.0')).toEqual([1, 10, 0]);
    for (const bad of ['1.0', '01.0.0', '1.0.0-beta', 'v1.0.0', '1.0.0 ']) expect(parseWidgetVersion(bad), bad).toBeUndefined();
    expect(['1.10.0', '2.0.0', '1.9.0', '1.0.1'].sort(compareWidgetVersions)).toEqual(['1.0.1', '1.9.0', '1.10.0', '2.0.0']);
  });

  it('the lock lists them oldest first, with sha256, SRI and size', () => {
    const text = widgetLockJson({ '1.10.0': widgetDigests(B), '1.9.0': widgetDigests(A) });
    const lock = JSON.parse(text);
    expect(Object.keys(lock.versions)).toEqual(['1.9.0', '1.10.0']);
    expect(lock.versions['1.9.0']).toEqual({ sha256: createHash('sha256').update(A).digest('hex'), integrity: sri(A), bytes: A.byteLength });
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('widgetReleases', () => {
  it('serves a released current version from its kept bytes, and the major alias', () => {
    const root = project({ '1.0.0': A });
    for (const built of [A, undefined]) {
      const r = widgetReleases(root, '1.0.0', built);
      expect(r.problems).toEqual([]);
      expect(r.notes).toEqual([]);
      expect(r.versions.map((v) => [v.version, v.path, v.released, v.integrity])).toEqual([['1.0.0', '/widgets/1.0.0/ansinh.js', true, sri(A)]]);
      expect(r.currentScript?.content).toEqual(A);
      expect(r.aliases).toEqual([{ major: 'v1', path: '/widgets/v1/ansinh.js', version: '1.0.0' }]);
    }
  });

  it('fails when the source builds other bytes for a released version (one byte is enough)', () => {
    const root = project({ '1.0.0': A });
    const { problems } = widgetReleases(root, '1.0.0', oneByteChanged(A));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^src\/lib\/routes\.ts: WIDGET_VERSION 1\.0\.0 is released, but the widget source now builds other bytes .*new version/);
  });

  it('fails when a kept bundle changed, went missing, or was added by hand', () => {
    const changed = project({ '1.0.0': A });
    write(changed, widgetReleaseFile('1.0.0'), oneByteChanged(A));
    expect(widgetReleases(changed, '1.0.0', A).problems).toEqual([
      expect.stringMatching(/^widgets\/releases\/1\.0\.0\/ansinh\.js: changed since 1\.0\.0 was released \(sha256 [0-9a-f]{12}…, locked [0-9a-f]{12}…\): published widget versions are immutable/),
    ]);

    const missing = project({ '1.0.0': A, '1.1.0': B });
    unlinkSync(join(missing, widgetReleaseFile('1.0.0')));
    const r = widgetReleases(missing, '1.1.0', B);
    expect(r.problems).toEqual([expect.stringMatching(/^widgets\/releases\/1\.0\.0\/ansinh\.js: missing, but widgets\/releases\.lock\.json lists 1\.0\.0: a published widget version is never deleted/)]);

    const stray = project({ '1.0.0': A });
    write(stray, widgetReleaseFile('1.1.0'), B);
    write(stray, 'widgets/releases/1.0.0/ansinh.js.map', '{}');
    expect(widgetReleases(stray, '1.0.0', A).problems).toEqual([
      'widgets/releases/1.0.0/ansinh.js.map: not in widgets/releases.lock.json: only npm run release:widgets writes under widgets/releases/',
      'widgets/releases/1.1.0/ansinh.js: not in widgets/releases.lock.json: only npm run release:widgets writes under widgets/releases/',
    ]);
  });

  it('serves a draft at its exact path beside every release, says it is unreleased, and keeps the alias on the newest release', () => {
    const root = project({ '1.0.0': A });
    const r = widgetReleases(root, '1.1.0', B);
    expect(r.problems).toEqual([]);
    expect(r.versions.map((v) => [v.version, v.released, v.integrity])).toEqual([['1.0.0', true, sri(A)], ['1.1.0', false, sri(B)]]);
    // A snippet pinned to 1.0.0 with its SRI hash still gets the bytes that hash was made of.
    expect(r.versions[0]!.content).toEqual(A);
    expect(r.aliases).toEqual([{ major: 'v1', path: '/widgets/v1/ansinh.js', version: '1.0.0' }]);
    expect(r.notes).toEqual([expect.stringContaining('widget 1.1.0 is a draft, not released')]);
    // Not built yet: nothing to serve for it, and the releases stay served.
    const unbuilt = widgetReleases(root, '1.1.0', undefined);
    expect([unbuilt.currentScript, unbuilt.versions.map((v) => v.version)]).toEqual([undefined, ['1.0.0']]);
  });

  it('keeps one alias per major, each on the newest release of that major', () => {
    const v = (s: string) => bytes(`/*! ${s} */`);
    const root = project({ '1.9.0': v('1.9.0'), '1.10.0': v('1.10.0'), '2.0.0': v('2.0.0') });
    const r = widgetReleases(root, '2.1.0', v('2.1.0'));
    expect(r.problems).toEqual([]);
    expect(r.versions.map((x) => x.version)).toEqual(['1.9.0', '1.10.0', '2.0.0', '2.1.0']);
    expect(r.aliases.map((a) => `${a.path} → ${a.version}`)).toEqual(['/widgets/v1/ansinh.js → 1.10.0', '/widgets/v2/ansinh.js → 2.0.0']);
    // A fix of the old major is a draft of that major.
    expect(widgetReleases(root, '1.10.1', v('1.10.1')).problems).toEqual([]);
  });

  it('refuses a draft that is not newer than every release of its major, and a malformed WIDGET_VERSION', () => {
    const root = project({ '1.0.0': A, '1.1.0': B });
    expect(widgetReleases(root, '1.0.5', A).problems).toEqual([
      'src/lib/routes.ts: WIDGET_VERSION 1.0.5 is not released and not newer than the released 1.1.0: a new version comes after every release of its major',
    ]);
    expect(widgetReleases(root, '1.1', A).problems).toEqual(['src/lib/routes.ts: WIDGET_VERSION "1.1" is not an exact version x.y.z']);
  });

  it('names what is wrong in a malformed lock', () => {
    const root = project();
    write(root, WIDGET_LOCK_FILE, '{ "schemaVersion": 1, "versions": {');
    expect(widgetReleases(root, '1.0.0', A).problems).toEqual([expect.stringMatching(/^widgets\/releases\.lock\.json: not valid JSON/)]);
    write(root, WIDGET_LOCK_FILE, JSON.stringify({ schemaVersion: 1, versions: { '1.0': widgetDigests(A), '1.0.0': { ...widgetDigests(A), integrity: 'sha256-x' } } }));
    expect(widgetReleases(root, '1.1.0', B).problems).toEqual([
      'widgets/releases.lock.json: "1.0" is not an exact version x.y.z',
      'widgets/releases.lock.json: 1.0.0.integrity: expected sha384-<64 base64 characters>',
    ]);
  });
});

describe('releaseWidget', () => {
  it('keeps the bytes and locks them; a second run changes nothing; then the version is immutable', () => {
    const root = project({ '1.0.0': A });
    const lockBefore = readFileSync(join(root, WIDGET_LOCK_FILE), 'utf8');
    const out = releaseWidget(root, '1.1.0', B);
    expect(out).toMatchObject({ status: 'released', file: 'widgets/releases/1.1.0/ansinh.js', script: { version: '1.1.0', released: true, integrity: sri(B) } });
    expect(new Uint8Array(readFileSync(join(root, widgetReleaseFile('1.1.0'))))).toEqual(B);
    const lock = JSON.parse(readFileSync(join(root, WIDGET_LOCK_FILE), 'utf8'));
    expect(lock.versions['1.0.0']).toEqual(JSON.parse(lockBefore).versions['1.0.0']);
    expect(Object.keys(lock.versions)).toEqual(['1.0.0', '1.1.0']);

    expect(releaseWidget(root, '1.1.0', B).status).toBe('already-released');
    const changed = releaseWidget(root, '1.1.0', oneByteChanged(B));
    expect(changed.status).toBe('refused');
    expect(new Uint8Array(readFileSync(join(root, widgetReleaseFile('1.1.0'))))).toEqual(B);
  });

  it('writes nothing when the releases so far are not sound', () => {
    const root = project({ '1.0.0': A });
    write(root, widgetReleaseFile('1.0.0'), oneByteChanged(A));
    expect(releaseWidget(root, '1.1.0', B)).toMatchObject({ status: 'refused', problems: [expect.stringContaining('changed since 1.0.0 was released')] });
    expect(() => readFileSync(join(root, widgetReleaseFile('1.1.0')))).toThrow();
  });
});

describe('the catalog of widget versions', () => {
  it('lists every version served with its SRI hash, the aliases, and the current version for snippets', () => {
    const root = project({ '1.0.0': A });
    const w = catalogWidgets(widgetReleases(root, '1.1.0', B), ['ansinh-chart']);
    expect(w).toEqual({
      script: '/widgets/1.1.0/ansinh.js', alias: '/widgets/v1/ansinh.js', integrity: sri(B), elements: ['ansinh-chart'], version: '1.1.0',
      versions: [
        { version: '1.0.0', script: '/widgets/1.0.0/ansinh.js', integrity: sri(A), sha256: widgetDigests(A).sha256, bytes: A.byteLength, released: true },
        { version: '1.1.0', script: '/widgets/1.1.0/ansinh.js', integrity: sri(B), sha256: widgetDigests(B).sha256, bytes: B.byteLength, released: false },
      ],
      aliases: [{ script: '/widgets/v1/ansinh.js', version: '1.0.0' }],
    });
    // The first draft of a new major has no alias yet.
    expect(catalogWidgets(widgetReleases(root, '2.0.0', B), []).alias).toBeNull();
  });
});
