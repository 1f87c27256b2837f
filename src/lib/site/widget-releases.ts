/**
 * Widget releases are immutable (PRODUCT §3.6, §4): every exact widget version ever
 * published stays served, byte for byte, so a snippet pinned with its SRI hash keeps working
 * after the next release.
 *
 * - The version being developed is `routes.WIDGET_VERSION`, and only there.
 * - `widgets/releases.lock.json` records each released version's sha256 and SRI hash, and
 *   `widgets/releases/<x.y.z>/ansinh.js` keeps its bytes: a static build cannot rebuild old
 *   source, so the site serves old versions from these files.
 * - A version in the lock is released: the current source must build exactly its bytes, so
 *   changing the bundle needs a new version. A version not in the lock is a draft: served
 *   at its exact path for the site's own pages, never behind the major alias, and reported
 *   as unreleased.
 *
 * `npm run release:widgets` (scripts/release-widgets.ts) records the current draft;
 * `npm run build:widgets`, the site build and `npm test` check everything here.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { widgetAliasPath, widgetMajor, widgetScriptPath } from '../routes.ts';

/** The lock of released widget versions, relative to the project root. */
export const WIDGET_LOCK_FILE = 'widgets/releases.lock.json';
/** The folder of released bundles, one sub-folder per exact version. */
export const WIDGET_RELEASES_DIR = 'widgets/releases';
export const WIDGET_SCRIPT_NAME = 'ansinh.js';
/** Where a released version's bytes are kept, relative to the project root. */
export const widgetReleaseFile = (version: string): string => `${WIDGET_RELEASES_DIR}/${version}/${WIDGET_SCRIPT_NAME}`;
/** Where the current version is declared, for messages. */
const VERSION_SOURCE = 'src/lib/routes.ts';

/** Digests of one bundle, as the lock records them. */
export interface WidgetDigests {
  /** Hex sha256 of the bytes. */
  sha256: string;
  /** Subresource Integrity value of the bytes: `sha384-<base64>`. */
  integrity: string;
  /** Size in bytes. */
  bytes: number;
}

/** widgets/releases.lock.json */
export interface WidgetLock {
  schemaVersion: 1;
  /** Released versions, oldest first, each with the digests of its bytes. */
  versions: Record<string, WidgetDigests>;
}

export function widgetDigests(bytes: Uint8Array): WidgetDigests {
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
    bytes: bytes.byteLength,
  };
}

const EXACT_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** `[major, minor, patch]` of an exact version `x.y.z` (no leading zeros, no pre-release tag); undefined otherwise. */
export function parseWidgetVersion(version: string): [number, number, number] | undefined {
  const m = EXACT_VERSION.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** Orders exact versions by precedence (`1.9.0` < `1.10.0`). */
export function compareWidgetVersions(a: string, b: string): number {
  const x = parseWidgetVersion(a) ?? [0, 0, 0];
  const y = parseWidgetVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The text of a lock: versions oldest first, two-space JSON, a final line break. */
export function widgetLockJson(versions: Record<string, WidgetDigests>): string {
  const sorted = Object.keys(versions).sort(compareWidgetVersions);
  const lock: WidgetLock = { schemaVersion: 1, versions: Object.fromEntries(sorted.map((v) => [v, versions[v]!])) };
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/** One exact-version script the site serves. */
export interface ServedWidget extends WidgetDigests {
  /** Exact version `x.y.z`. */
  version: string;
  /** Root-relative URL (routes.widgetScriptPath). */
  path: string;
  /** In the lock, so immutable; false for the current draft. */
  released: boolean;
  content: Uint8Array<ArrayBuffer>;
}

/** A major-version alias: `/widgets/v1/ansinh.js` serves the newest release of 1.x. */
export interface WidgetAlias {
  /** `v1`: the path segment. */
  major: string;
  /** Root-relative URL (routes.widgetAliasPath). */
  path: string;
  /** The exact version it serves. */
  version: string;
}

export interface WidgetReleases {
  /** routes.WIDGET_VERSION as checked: the version the site's own pages and snippets use. */
  current: string;
  /** The current version's script; undefined while it is a draft that has not been built. */
  currentScript: ServedWidget | undefined;
  /** Every exact version served, oldest first: each released one, and the current draft when built. */
  versions: ServedWidget[];
  /** One alias per major with a release, to the newest release of that major (never a draft). */
  aliases: WidgetAlias[];
  /** Everything wrong, one line each, `file: message`. Empty when the releases are sound. */
  problems: string[];
  /** Information that is not a fault: the current version is an unreleased draft. */
  notes: string[];
}

const short = (hex: string) => `${hex.slice(0, 12)}…`;

/** Reads and checks the lock; malformed entries become problems and are left out. */
function readLock(root: string, problems: string[]): Map<string, WidgetDigests> {
  const out = new Map<string, WidgetDigests>();
  const path = join(root, WIDGET_LOCK_FILE);
  if (!existsSync(path)) return out;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${WIDGET_LOCK_FILE}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    return out;
  }
  if (typeof raw !== 'object' || raw === null || !('schemaVersion' in raw) || raw.schemaVersion !== 1 || !('versions' in raw)) {
    problems.push(`${WIDGET_LOCK_FILE}: expected { "schemaVersion": 1, "versions": { "<x.y.z>": { sha256, integrity, bytes } } }`);
    return out;
  }
  const versions = raw.versions;
  if (typeof versions !== 'object' || versions === null || Array.isArray(versions)) {
    problems.push(`${WIDGET_LOCK_FILE}: versions: expected an object keyed by version`);
    return out;
  }
  for (const [version, entry] of Object.entries(versions)) {
    if (!parseWidgetVersion(version)) {
      problems.push(`${WIDGET_LOCK_FILE}: "${version}" is not an exact version x.y.z`);
      continue;
    }
    if (typeof entry !== 'object' || entry === null || !('sha256' in entry) || !('integrity' in entry) || !('bytes' in entry)) {
      problems.push(`${WIDGET_LOCK_FILE}: ${version}: expected { sha256, integrity, bytes }`);
      continue;
    }
    const { sha256, integrity, bytes } = entry;
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) problems.push(`${WIDGET_LOCK_FILE}: ${version}.sha256: expected 64 hex digits`);
    else if (typeof integrity !== 'string' || !/^sha384-[A-Za-z0-9+/]{64}$/.test(integrity)) problems.push(`${WIDGET_LOCK_FILE}: ${version}.integrity: expected sha384-<64 base64 characters>`);
    else if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes <= 0) problems.push(`${WIDGET_LOCK_FILE}: ${version}.bytes: expected a positive integer`);
    else out.set(version, { sha256, integrity, bytes });
  }
  return out;
}

/** Files under widgets/releases/ that no lock entry accounts for. */
function strayFiles(root: string, locked: ReadonlySet<string>): string[] {
  const dir = join(root, WIDGET_RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => rel.split('\\').join('/'))
    .filter((rel) => !statSync(join(dir, rel)).isDirectory())
    .filter((rel) => {
      const [version, name, ...deeper] = rel.split('/');
      return !(version && locked.has(version) && name === WIDGET_SCRIPT_NAME && deeper.length === 0);
    })
    .map((rel) => `${WIDGET_RELEASES_DIR}/${rel}`)
    .sort();
}

/**
 * The widget scripts a build serves, and what is wrong with the releases. `root` is the
 * project root; `current` the version being developed (routes.WIDGET_VERSION); `built` the
 * bundle the current source builds (`.cache/widgets/ansinh.js`), undefined when not built:
 * then a released current version is served from its kept bytes, and a draft not at all.
 */
export function widgetReleases(root: string, current: string, built: Uint8Array | undefined): WidgetReleases {
  const problems: string[] = [];
  const notes: string[] = [];
  const lock = readLock(root, problems);
  const versions: ServedWidget[] = [];
  for (const [version, locked] of [...lock].sort(([a], [b]) => compareWidgetVersions(a, b))) {
    const file = widgetReleaseFile(version);
    const full = join(root, file);
    if (!existsSync(full)) {
      problems.push(`${file}: missing, but ${WIDGET_LOCK_FILE} lists ${version}: a published widget version is never deleted (restore the file from git)`);
      continue;
    }
    const content = new Uint8Array(readFileSync(full));
    const now = widgetDigests(content);
    if (now.sha256 !== locked.sha256 || now.integrity !== locked.integrity || now.bytes !== locked.bytes) {
      problems.push(`${file}: changed since ${version} was released (sha256 ${short(now.sha256)}, locked ${short(locked.sha256)}): published widget versions are immutable (restore the file from git; changes go into a new version)`);
      continue;
    }
    versions.push({ version, path: widgetScriptPath(version), released: true, content, ...now });
  }
  for (const file of strayFiles(root, new Set(lock.keys()))) {
    problems.push(`${file}: not in ${WIDGET_LOCK_FILE}: only npm run release:widgets writes under ${WIDGET_RELEASES_DIR}/`);
  }

  let currentScript: ServedWidget | undefined;
  const released = lock.get(current);
  if (!parseWidgetVersion(current)) {
    problems.push(`${VERSION_SOURCE}: WIDGET_VERSION "${current}" is not an exact version x.y.z`);
  } else if (released) {
    currentScript = versions.find((v) => v.version === current);
    const now = built && widgetDigests(built);
    if (now && now.sha256 !== released.sha256) {
      problems.push(`${VERSION_SOURCE}: WIDGET_VERSION ${current} is released, but the widget source now builds other bytes (sha256 ${short(now.sha256)}, released ${short(released.sha256)}): ` +
        'a published version never changes. Give the change a new version (WIDGET_VERSION: x.y.z+1 for a fix, x.y+1.0 for an addition, x+1.0.0 for a breaking change), then npm run release:widgets');
    }
  } else {
    const [major] = parseWidgetVersion(current)!;
    const newer = [...lock.keys()].filter((v) => parseWidgetVersion(v)![0] === major && compareWidgetVersions(v, current) >= 0).sort(compareWidgetVersions).at(-1);
    if (newer) problems.push(`${VERSION_SOURCE}: WIDGET_VERSION ${current} is not released and not newer than the released ${newer}: a new version comes after every release of its major`);
    if (built) {
      currentScript = { version: current, path: widgetScriptPath(current), released: false, content: new Uint8Array(built), ...widgetDigests(built) };
      versions.push(currentScript);
    }
    const previous = [...lock.keys()].filter((v) => parseWidgetVersion(v)![0] === major).sort(compareWidgetVersions).at(-1);
    notes.push(`widget ${current} is a draft, not released: the site serves it at ${widgetScriptPath(current)} for its own pages; ` +
      `${widgetAliasPath(current)} ${previous ? `keeps serving ${previous}, the newest release` : 'is not served until a release'}. npm run release:widgets releases it.`);
  }

  versions.sort((a, b) => compareWidgetVersions(a.version, b.version));
  const newestPerMajor = new Map<string, string>();
  for (const v of versions) if (v.released) newestPerMajor.set(widgetMajor(v.version), v.version);
  const aliases = [...newestPerMajor].map(([major, version]) => ({ major, path: widgetAliasPath(version), version }));
  return { current, currentScript, versions, aliases, problems, notes };
}

/** What {@link releaseWidget} did. */
export type ReleaseOutcome =
  | { status: 'released' | 'already-released'; file: string; script: ServedWidget }
  | { status: 'refused'; problems: string[] };

/**
 * Releases `version` with the bytes `code` (what the current source builds): keeps them in
 * widgets/releases/<version>/ansinh.js and records their digests in the lock, after
 * checking the releases so far. Refuses, writing nothing, when they are not sound or when
 * `version` is released with other bytes; does nothing when it is released with these.
 */
export function releaseWidget(root: string, version: string, code: Uint8Array): ReleaseOutcome {
  const file = widgetReleaseFile(version);
  const before = widgetReleases(root, version, code);
  if (before.problems.length) return { status: 'refused', problems: before.problems };
  if (before.currentScript?.released) return { status: 'already-released', file, script: before.currentScript };
  const locked: Record<string, WidgetDigests> = {};
  for (const v of before.versions) if (v.released) locked[v.version] = { sha256: v.sha256, integrity: v.integrity, bytes: v.bytes };
  locked[version] = widgetDigests(code);
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), code);
  writeFileSync(join(root, WIDGET_LOCK_FILE), widgetLockJson(locked));
  const after = widgetReleases(root, version, code);
  if (after.problems.length || !after.currentScript?.released) throw new Error(`the release of ${version} does not check: ${after.problems.join('; ')}`);
  return { status: 'released', file, script: after.currentScript };
}
