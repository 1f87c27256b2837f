/**
 * `npm run release`: records every draft version's files in releases.lock.json, after a
 * clean check. From then on those files are immutable.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyJson } from '../src/lib/data/datapackage.ts';
import { LOCK_FILE, loadData } from '../src/lib/data/load.ts';
import { problemLines } from '../src/lib/data/report.ts';
import { runCli, UsageError } from './cli.ts';

runCli('release', () => {
  const dir = process.argv[2] ?? process.env.ANSINH_DATA ?? 'data';
  const { data, problems } = loadData(dir);
  if (problems.size) {
    for (const line of problemLines(problems.items)) console.error(line);
    throw new UsageError(`${problems.size} problems: nothing released. Fix them first (npm run check:data).`);
  }
  const files: Record<string, string> = {};
  const released: string[] = [];
  for (const ind of data.indicators) {
    for (const v of ind.versions) {
      for (const f of v.files) files[f.path] = f.sha256;
      if (!v.released) released.push(`${ind.id} ${v.id}`);
    }
  }
  if (released.length === 0) { console.log('no draft to release'); return 0; }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(dir, LOCK_FILE), stringifyJson({ schemaVersion: 1, files: sorted }));
  console.log(`released ${released.length} version${released.length === 1 ? '' : 's'}:\n  ${released.join('\n  ')}`);
  return 0;
});
