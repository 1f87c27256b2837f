/**
 * `npm run check:data [-- DIR]`: validates a data folder (default `data`).
 * Prints `path:line column: message` per problem and exits 1, or a one-line summary and 0.
 */
import { loadData } from '../src/lib/data/load.ts';
import { draftDiffs, problemLines, summaryLine } from '../src/lib/data/report.ts';
import { runCli, UsageError } from './cli.ts';

runCli('check:data', () => {
  const args = process.argv.slice(2);
  if (args.length > 1) throw new UsageError(`expected at most one data folder, got ${args.length}: ${args.join(' ')}`);
  const dir = args[0] ?? 'data';
  const { data, problems } = loadData(dir);
  if (problems.size > 0) {
    for (const line of problemLines(problems.items)) console.error(line);
    console.error(`\n${problems.size} problem${problems.size === 1 ? '' : 's'} in ${dir}`);
    return 1;
  }
  for (const line of draftDiffs(data)) console.log(line);
  console.log(summaryLine(data));
  return 0;
});
