/**
 * Reads and validates a whole data folder in one pass: the registries, the lock, then each
 * indicator's versions. Never throws on bad input: every defect becomes a located problem,
 * and the dataset holds what could be read.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { LoadContext, type ReleaseLock } from './context.ts';
import { LockCheck, readLock } from './lock.ts';
import type { Dataset } from './model.ts';
import type { ProblemList } from './problems.ts';
import { loadAreas, loadCommunes, loadReform, loadSources, loadSuccessors } from './registries.ts';
import { indicatorFolders, loadIndicator } from './versions.ts';

export { REGISTRIES, sha256, type Registry, type ReleaseLock } from './context.ts';
export { LOCK_FILE, lineDigests } from './lock.ts';
export { VERSION_FILES } from './versions.ts';

export interface LoadResult {
  data: Dataset;
  problems: ProblemList;
  /** Digests of everything a release locks, as found now: what `npm run release` writes. */
  digests: ReleaseLock;
}

export function loadData(dir: string): LoadResult {
  const ctx = new LoadContext(dir);
  const result = (): LoadResult => ({ data: ctx.data, problems: ctx.problems, digests: ctx.digests });
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    ctx.problems.add(dir.split(sep).join('/'), 'data folder not found');
    return result();
  }

  const sourcesDir = join(dir, 'sources');
  loadSources(ctx, existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((f) => f.endsWith('.csv')).sort() : []);
  loadAreas(ctx);
  loadCommunes(ctx);
  loadSuccessors(ctx);
  loadReform(ctx);

  const lock = new LockCheck(ctx, readLock(ctx));
  const areas = new Map(ctx.data.areas.map((a) => [a.code, a]));
  const ids = indicatorFolders(ctx);
  if (ids.length === 0) ctx.problem('indicators', 'no indicators found');
  for (const id of ids) {
    const indicator = loadIndicator(ctx, lock, id, areas);
    if (indicator) ctx.data.indicators.push(indicator);
  }
  lock.checkStaticFiles();
  lock.finish();
  return result();
}
