/**
 * Runs in its own process for `bench/checker.ts`: times the project checker (loadData) and
 * papaparse's bare parse on the same observations file, alternating, and prints JSON.
 * `tsx bench/checker-worker.ts <data-dir> <observations.csv> <runs> [--once | --papa-once]`
 * (`--once`: one loadData run; `--papa-once`: one bare papaparse parse: each alone in its
 * process, for its peak memory)
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { loadData } from '../src/lib/data/load.ts';

const [dir, file, runsArg, once] = process.argv.slice(2);
if (!dir || !file) throw new Error('usage: checker-worker <data-dir> <observations.csv> <runs> [--once]');

function timeChecker() {
  const t0 = performance.now();
  const { data, problems } = loadData(dir!);
  const ms = performance.now() - t0;
  const rows = data.indicators.reduce((n, i) => n + i.versions.reduce((m, v) => m + v.observations.length, 0), 0);
  return { ms, rows, problems: problems.size, firstProblem: problems.items[0] };
}

/** Bare parse: read, decode and parse into arrays of strings, papaparse's defaults. */
function timePapa(header: boolean) {
  const t0 = performance.now();
  const result = Papa.parse<unknown>(readFileSync(file!, 'utf8'), { header, skipEmptyLines: true });
  const ms = performance.now() - t0;
  return { ms, rows: result.data.length - (header ? 0 : 1), errors: result.errors.length };
}

if (once === '--once') {
  const r = timeChecker();
  process.stdout.write(`${JSON.stringify(r)}\n`);
} else if (once === '--papa-once') {
  const r = timePapa(false);
  process.stdout.write(`${JSON.stringify(r)}\n`);
} else {
  const runs = Number(runsArg ?? 3);
  const checker: ReturnType<typeof timeChecker>[] = [];
  const papa: ReturnType<typeof timePapa>[] = [];
  const papaHeader: ReturnType<typeof timePapa>[] = [];
  for (let i = 0; i < runs; i++) {
    papa.push(timePapa(false));
    checker.push(timeChecker());
    papaHeader.push(timePapa(true));
  }
  process.stdout.write(`${JSON.stringify({ checker, papa, papaHeader })}\n`);
}
