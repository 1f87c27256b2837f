/**
 * The results files: one per full run in bench/results/, named by when the run started
 * (UTC), so several runs a day never overwrite each other; the newest is the one the
 * README's Performance section is generated from (bench/readme.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.ts';
import type { Results } from './report.ts';

export const RESULTS_DIR = join(ROOT, 'bench/results');

/** `2026-11-29T1921` for a run started at 19:21 UTC on 29 November 2026. */
export function runStamp(startedAt: Date): string {
  const iso = startedAt.toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/**
 * The file name of a run's results: `<YYYY-MM-DD>T<HHMM>.json`, or with the seconds
 * (`T<HHMMSS>`) when a run of the same minute already wrote its file.
 */
export function resultsFileName(startedAt: Date, existing: readonly string[] = []): string {
  const name = `${runStamp(startedAt)}.json`;
  if (!existing.includes(name)) return name;
  return `${runStamp(startedAt)}${startedAt.toISOString().slice(17, 19)}.json`;
}

/** A results file name: the run's date, optionally `T` and its time (older runs: the date only). */
const RESULTS_NAME = /^\d{4}-\d{2}-\d{2}(T\d{4}(\d{2})?)?\.json$/;

/**
 * The newest results file in `dir`: the run that started last (its `startedAt`; the name
 * when two agree). Undefined when there is none.
 */
export function newestResultsFile(dir = RESULTS_DIR): string | undefined {
  if (!existsSync(dir)) return undefined;
  const runs = readdirSync(dir)
    .filter((f) => RESULTS_NAME.test(f))
    .map((f) => ({ file: join(dir, f), name: f, startedAt: (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { startedAt?: string }).startedAt ?? f.slice(0, 10) }))
    .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.name < b.name ? -1 : 1));
  return runs.at(-1)?.file;
}

export function readResults(file: string): Results {
  return JSON.parse(readFileSync(file, 'utf8')) as Results;
}
