/**
 * `npm run bench:report`: rewrites the README's generated Performance section from the
 * newest results file in bench/results/ (bench/readme.ts). `-- --check` changes nothing and
 * exits 1 when the section differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli, UsageError } from '../scripts/cli.ts';
import { expectedSection, README, withSection } from './readme.ts';
import { newestResultsFile } from './results.ts';

runCli('bench:report', () => {
  let check: boolean;
  try {
    check = parseArgs({ options: { check: { type: 'boolean', default: false } } }).values.check;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const readme = readFileSync(README, 'utf8');
  const next = withSection(readme, expectedSection());
  const from = basename(newestResultsFile()!);
  if (next === readme) {
    console.log(`README.md: the Performance section matches ${from}`);
    return 0;
  }
  if (check) {
    console.error(`README.md: the Performance section differs from what ${from} generates: run npm run bench:report`);
    return 1;
  }
  writeFileSync(README, next);
  console.log(`README.md: Performance section generated from ${from}`);
  return 0;
});
