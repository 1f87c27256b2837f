/**
 * `npm run release`: after a clean check, records in releases.lock.json every draft
 * version's files and every registry row (sources, areas, communes, successors). From then
 * on they are immutable: corrections are new versions, new rows.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyJson } from '../src/lib/data/datapackage.ts';
import { LOCK_FILE, lineDigests, loadData } from '../src/lib/data/load.ts';
import { problemLines } from '../src/lib/data/report.ts';
import { runCli, UsageError } from './cli.ts';

runCli('release', () => {
  const dir = process.argv[2] ?? process.env.ANSINH_DATA ?? 'data';
  const { data, problems, digests } = loadData(dir);
  if (problems.size) {
    for (const line of problemLines(problems.items)) console.error(line);
    throw new UsageError(`${problems.size} problems: nothing released. Fix them first (npm run check:data).`);
  }
  const released: string[] = [];
  for (const ind of data.indicators) for (const v of ind.versions) if (!v.released) released.push(`${ind.id} ${v.id}`);
  // The digests of everything as it is now: the old lock is a subset (the check passed).
  const sortKeys = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  const lock = {
    schemaVersion: 1,
    files: sortKeys(digests.files),
    lines: sortKeys(Object.fromEntries(Object.keys(digests.files).filter((k) => k.endsWith('.csv')).map((k) => [k, lineDigests(readFileSync(join(dir, k)))]))),
    rows: Object.fromEntries(Object.entries(digests.rows).map(([k, v]) => [k, sortKeys(v)])),
  };
  const text = stringifyJson(lock);
  const path = join(dir, LOCK_FILE);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) { console.log('nothing new to release'); return 0; }
  writeFileSync(path, text);
  if (released.length === 0) { console.log('no draft to release; locked the registry rows and files added since the last release'); return 0; }
  console.log(`released ${released.length} version${released.length === 1 ? '' : 's'}:\n  ${released.join('\n  ')}`);
  return 0;
});
