/**
 * releases.lock.json: the sha256 of every released file (each version's files, its
 * metadata included, and the boundaries) and of every released registry row. A change to
 * any of them is reported where it happened; a correction is a new version or a new row.
 */
import { emptyRows, REGISTRIES, sha256, type LoadContext, type ReleaseLock } from './context.ts';
import { lockSchema } from './json-schemas.ts';

export const LOCK_FILE = 'releases.lock.json';

/** Boundaries are published with the maps; later corrections go in a new file. */
const LOCKED_STATIC_FILES = ['geo/districts-pre2025.geojson'];

/** Space-separated 8-hex digests of each line: small, and enough to find a changed line. */
export function lineDigests(bytes: Uint8Array): string {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      out.push(sha256(bytes.subarray(start, i)).slice(0, 8));
      start = i + 1;
    }
  }
  return out.join(' ');
}

/** 1-based number of the first line that differs from the locked digests. */
function firstChangedLine(locked: string, now: string): number {
  const a = locked.split(' ');
  const b = now.split(' ');
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i + 1;
  return 1;
}

/** The lock as committed (empty when there is none yet: every version is then a draft). */
export function readLock(ctx: LoadContext): ReleaseLock {
  const empty: ReleaseLock = { schemaVersion: 1, files: {}, lines: {}, rows: emptyRows(), corrections: {} };
  if (!ctx.exists(LOCK_FILE)) return empty;
  const raw = ctx.readJson(LOCK_FILE);
  if (raw === undefined) return empty;
  return ctx.parseJson(LOCK_FILE, lockSchema, raw) ?? empty;
}

/**
 * Tracks which locked files were found, so that a released file that is gone is
 * reported even when its whole folder went with it.
 */
export class LockCheck {
  private readonly seen = new Set<string>();

  constructor(private readonly ctx: LoadContext, readonly lock: ReleaseLock) {}

  isLocked(rel: string): boolean {
    return this.lock.files[rel] !== undefined;
  }

  /**
   * Digests a file that exists, records it for the next release, and reports it when it
   * differs from its locked digest (at the first changed line, for a CSV).
   */
  digestFile(rel: string, bytes: Uint8Array, advice = 'published versions are immutable, publish a correction as a new version'): string {
    const actual = sha256(bytes);
    const locked = this.lock.files[rel];
    this.seen.add(rel);
    this.ctx.digests.files[rel] = actual;
    if (locked !== undefined && locked !== actual) {
      // Line digests cost a hash per line: computed only to locate a change.
      const lockedLines = this.lock.lines[rel];
      const line = lockedLines && rel.endsWith('.csv') ? firstChangedLine(lockedLines, lineDigests(bytes)) : undefined;
      this.ctx.problem(rel, `released file changed${line ? ' (first difference on this line)' : ''}: sha256 ${actual.slice(0, 12)}…, locked ${locked.slice(0, 12)}…: ${advice}`, line);
    }
    return actual;
  }

  /** Notes a locked file as accounted for (its absence was reported by the caller). */
  accountFor(rel: string): void {
    this.seen.add(rel);
  }

  /** The boundaries and other files locked outside the version folders. */
  checkStaticFiles(): void {
    for (const rel of LOCKED_STATIC_FILES) {
      if (!this.ctx.exists(rel)) continue;
      this.digestFile(rel, this.ctx.readBytes(rel), 'add corrected boundaries as a new file');
    }
  }

  /** Released files never seen, and released registry rows that changed or are gone. */
  finish(): void {
    for (const rel of Object.keys(this.lock.files)) {
      if (!this.seen.has(rel)) this.ctx.problem(rel, 'released file is missing (it is listed in releases.lock.json): published versions are never deleted');
    }
    for (const registry of REGISTRIES) {
      for (const [key, released] of Object.entries(this.lock.rows[registry])) {
        const now = this.ctx.digests.rows[registry][key];
        const where = this.ctx.rowAt.get(`${registry}|${key}`);
        const expected = this.lock.corrections[registry]?.[key]?.at(-1)?.to ?? released;
        if (now === undefined || !where) this.ctx.problem(registry === 'sources' ? 'sources' : 'areas', `${registry} row "${key}" was released and is gone: released versions rely on it; keep it`);
        else if (now !== expected) this.ctx.problems.add(where.file, `${registry} row "${key}" changed since it was released: released versions rely on it; register a new row instead`, where.line);
      }
    }
  }
}
