/**
 * Checker throughput: the project checker (loadData, what `npm run check:data` runs) on a
 * SYNTHETIC folder whose one observations.csv has 1,000,000 rows, against papaparse's bare
 * parse of the same file (read, decode, parse to arrays; and with `header: true`). Each is
 * timed in one separate process (bench/checker-worker.ts), alternating, median of 3. When
 * the checker is over the budget (2×), a CPU profile names the hot spots. Peak memory: one
 * process running loadData once, one running papaparse once, each measured alone.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { freshDir, log, median, NODE, rel, ROOT, round, run, tail, TMP, TSX, type Skipped, skipped } from './lib.ts';
import { newestProfile, summarizeProfile, type HotSpot } from './profile.ts';
import { generateLargeObservations } from './synthetic.ts';

const ROWS = 1_000_000;
const BUDGET = 2;

export interface CheckerResult {
  rows: number;
  fileMb: number;
  runs: number;
  checkerMs: number;
  papaparseMs: number;
  papaparseHeaderMs: number;
  /** Checker ÷ papaparse bare parse (budget ≤ 2). */
  ratio: number;
  ratioVsHeaderParse: number;
  /** `npm run check:data -- <dir>` as a user runs it (tsx start-up included), one run. */
  cliSeconds: number | null;
  problems: number;
  /**
   * Peak resident size of a process that only runs loadData once on the file, and of one
   * that only parses it with papaparse (MB), and their ratio.
   */
  memory: { checkerPeakRssMb: number | null; papaparsePeakRssMb: number | null; ratio: number | null };
  hotSpots: HotSpot[] | null;
  profileNote: string | null;
}

export async function checkerThroughput(): Promise<CheckerResult | Skipped> {
  const dir = freshDir(join(TMP, 'checker'));
  log('checker: generating 1,000,000 synthetic rows');
  const { file, rows } = generateLargeObservations(join(dir, 'data'), ROWS, 7);
  const { size } = statSync(file);
  const runs = 3;
  log('checker: timing loadData and papaparse');
  const r = await run(NODE, [TSX, join(ROOT, 'bench/checker-worker.ts'), join(dir, 'data'), file, String(runs)], { timeoutMs: 300_000 });
  if (r.code !== 0) return skipped('failed', `checker worker exited ${r.code}: ${tail(r.stderr)}`);
  const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { checker: { ms: number; rows: number; problems: number }[]; papa: { ms: number }[]; papaHeader: { ms: number }[] };
  const checkerMs = median(out.checker.map((x) => x.ms));
  const papaparseMs = median(out.papa.map((x) => x.ms));
  const papaparseHeaderMs = median(out.papaHeader.map((x) => x.ms));
  const problems = out.checker[0]!.problems;

  log('checker: peak memory of loadData alone, and of papaparse alone');
  const worker = join(ROOT, 'bench/checker-worker.ts');
  const checkerAlone = await run(NODE, [TSX, worker, join(dir, 'data'), file, '1', '--once'], { timeoutMs: 300_000 });
  const papaAlone = await run(NODE, [TSX, worker, join(dir, 'data'), file, '1', '--papa-once'], { timeoutMs: 300_000 });
  const checkerPeakRssMb = checkerAlone.code === 0 ? checkerAlone.peakRssMb : null;
  const papaparsePeakRssMb = papaAlone.code === 0 ? papaAlone.peakRssMb : null;
  const memory = { checkerPeakRssMb, papaparsePeakRssMb, ratio: checkerPeakRssMb && papaparsePeakRssMb ? round(checkerPeakRssMb / papaparsePeakRssMb, 1) : null };

  log('checker: npm run check:data on the same folder');
  const cli = await run(NODE, [TSX, join(ROOT, 'scripts/check-data.ts'), join(dir, 'data')], { timeoutMs: 300_000 });

  const ratio = round(checkerMs / papaparseMs, 1);
  let hotSpots: HotSpot[] | null = null;
  let profileNote: string | null = null;
  if (ratio > BUDGET) {
    log('checker: over budget, profiling loadData');
    const profDir = freshDir(join(TMP, 'profile-checker'));
    // Node's own TypeScript transform keeps the source's function names and files.
    const p = await run(NODE, ['--experimental-transform-types', '--no-warnings', '--cpu-prof', `--cpu-prof-dir=${profDir}`, join(ROOT, 'bench/checker-worker.ts'), join(dir, 'data'), file, '1', '--once'], { timeoutMs: 300_000 });
    if (p.code === 0) {
      const s = summarizeProfile(newestProfile(profDir), 14);
      hotSpots = s.projectByTotal;
      const gc = s.bySelf.find((x) => x.function === '(garbage collector)');
      profileNote = `one loadData run, ${s.sampledMs} ms sampled (node --cpu-prof, Node's TypeScript transform); garbage collection ${gc?.selfPct ?? 0}% of it. totalPct: time in the function and what it calls; selfPct: in its own code. Papaparse's own parse inside parseCsv: ${s.bySelf.filter((x) => x.function.includes('papaparse')).reduce((n, x) => n + x.selfPct, 0).toFixed(1)}% self`;
    } else profileNote = `profiling failed: ${tail(p.stderr, 3)}`;
  }
  return {
    rows,
    fileMb: round(size / 2 ** 20, 1),
    runs,
    checkerMs: Math.round(checkerMs),
    papaparseMs: Math.round(papaparseMs),
    papaparseHeaderMs: Math.round(papaparseHeaderMs),
    ratio,
    ratioVsHeaderParse: round(checkerMs / papaparseHeaderMs, 1),
    cliSeconds: cli.code === 0 ? round(cli.seconds, 1) : null,
    problems,
    memory,
    hotSpots,
    profileNote: profileNote && `${profileNote}. Data: ${rel(file)}`,
  };
}
