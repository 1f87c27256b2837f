/**
 * `npm run release [-- DIR]`: after a clean check, records in releases.lock.json every
 * draft version's files (values, descriptor and metadata) and every registry row (sources,
 * areas, communes, successors). From then on they are immutable: corrections are new
 * versions, new rows.
 *
 * `npm run release -- --correct <registry>:<key> --note "<why>" [DIR]` records a deliberate
 * correction of a released registry row (say, a wrong validity date of an area): the row as
 * it now reads is accepted, with the date and the reason, and the digest released versions
 * were built on stays in the lock. Only for rows that published files do not restate.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REGISTRIES, type Registry, type ReleaseLock } from '../src/lib/data/context.ts';
import { stringifyJson } from '../src/lib/data/datapackage.ts';
import { LOCK_FILE, lineDigests, loadData } from '../src/lib/data/load.ts';
import { problemLines } from '../src/lib/data/report.ts';
import { runCli, UsageError } from './cli.ts';

const sortKeys = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
const isRegistry = (r: string): r is Registry => (REGISTRIES as readonly string[]).includes(r);

function correct(dir: string, target: string, note: string | undefined): number {
  const [registry = '', key] = target.split(/:(.*)/s);
  if (!isRegistry(registry) || !key) throw new UsageError(`--correct takes <registry>:<key> with a registry of ${REGISTRIES.join(', ')}, got "${target}"`);
  if (!note?.trim()) throw new UsageError('--correct needs --note "<why the released row was wrong>"');
  const path = join(dir, LOCK_FILE);
  const lock = JSON.parse(readFileSync(path, 'utf8')) as ReleaseLock;
  const released = lock.rows[registry]?.[key];
  if (!released) throw new UsageError(`${registry} row "${key}" was never released: nothing to correct (npm run release locks new rows)`);
  const now = loadData(dir).digests.rows[registry][key];
  if (!now) throw new UsageError(`${registry} row "${key}" is not in the registry any more: released rows are never deleted`);
  const history = lock.corrections?.[registry]?.[key] ?? [];
  if (now === (history.at(-1)?.to ?? released)) throw new UsageError(`${registry} row "${key}" has not changed since it was released or last corrected`);
  const corrections = lock.corrections ?? {};
  corrections[registry] = sortKeys({ ...corrections[registry], [key]: [...history, { to: now, date: new Date().toISOString().slice(0, 10), note: note.trim() }] });
  writeFileSync(path, stringifyJson({ ...lock, corrections }));
  console.log(`recorded a correction of ${registry} row "${key}"`);
  return 0;
}

runCli('release', () => {
  const { values, positionals } = parseArgs({ options: { correct: { type: 'string' }, note: { type: 'string' } }, allowPositionals: true });
  const dir = positionals[0] ?? process.env.ANSINH_DATA ?? 'data';
  if (values.correct) return correct(dir, values.correct, values.note);
  const { data, problems, digests } = loadData(dir);
  if (problems.size) {
    for (const line of problemLines(problems.items)) console.error(line);
    throw new UsageError(`${problems.size} problems: nothing released. Fix them first (npm run check:data).`);
  }
  const released: string[] = [];
  for (const ind of data.indicators) for (const v of ind.versions) if (!v.released) released.push(`${ind.id} ${v.id}`);
  const path = join(dir, LOCK_FILE);
  const previous: Partial<ReleaseLock> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  // The digests of everything as it is now: the old lock is a subset (the check passed).
  // Released rows keep the digest versions were built on; corrections say what they read now.
  const rows = Object.fromEntries(REGISTRIES.map((r) => [r, sortKeys({ ...digests.rows[r], ...previous.rows?.[r] })]));
  const lock = {
    schemaVersion: 1,
    files: sortKeys(digests.files),
    lines: sortKeys(Object.fromEntries(Object.keys(digests.files).filter((k) => k.endsWith('.csv')).map((k) => [k, lineDigests(readFileSync(join(dir, k)))]))),
    rows,
    ...(previous.corrections && Object.keys(previous.corrections).length ? { corrections: previous.corrections } : {}),
  };
  const text = stringifyJson(lock);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) { console.log('nothing new to release'); return 0; }
  writeFileSync(path, text);
  if (released.length === 0) { console.log('no draft to release; locked the registry rows and files added since the last release'); return 0; }
  console.log(`released ${released.length} version${released.length === 1 ? '' : 's'}:\n  ${released.join('\n  ')}`);
  return 0;
});
