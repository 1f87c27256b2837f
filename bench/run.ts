/**
 * `npm run bench`: measures build scale, widget weight and speed, page weight, checker
 * throughput and Lighthouse scores, prints a table, and writes every figure (with machine,
 * versions and the load average during each part) to bench/results/<YYYY-MM-DD>T<HHMM>.json
 * (UTC start of the run: several runs a day each keep their file). Scratch files go to
 * bench/tmp/. `npm run bench:report` then generates the README's Performance section from
 * the newest results file.
 *
 *   npm run bench                        everything (about 8 minutes on 2 cores)
 *   npm run bench -- --only=weight,speed  some parts: build, weight, speed, pages, checker, lighthouse
 *                                        (written to bench/tmp/results-partial-<YYYY-MM-DD>T<HHMM>.json)
 *   npm run bench -- --runs=15           widget-speed runs per contender (default 9)
 *   npm run bench -- --markdown          also print the README's Performance section
 *   npm run bench -- --time-budget=900   seconds the run may take (default 590): parts that would
 *                                        not fit are estimated or skipped, and say so
 *
 * The whole run aims to finish within 9½ minutes: if time runs short, the full-size build
 * with share images is estimated from measured parts instead of run (and says so).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { buildScale } from './build-scale.ts';
import { checkerThroughput } from './checker.ts';
import { runLighthouse } from './lighthouse.ts';
import { isSkipped, log, machineInfo, packageVersion, ROOT, round, skipped, type Skipped } from './lib.ts';
import { pageWeight } from './page-weight.ts';
import { readmeSection } from './readme.ts';
import { budgets, rows, textTable, type Results } from './report.ts';
import { resultsFileName, RESULTS_DIR, runStamp } from './results.ts';
import { buildSite, buildWidgets } from './site.ts';
import { widgetSpeed, widgetWeight } from './widgets.ts';
import { chromiumPath } from '../tests/browser/browser.ts';
import { runCli, UsageError } from '../scripts/cli.ts';

const PARTS = ['build', 'weight', 'speed', 'pages', 'checker', 'lighthouse'] as const;
type Part = (typeof PARTS)[number];
const TIME_BUDGET_MS = 590_000;

function options() {
  let values;
  try {
    values = parseArgs({ options: { only: { type: 'string' }, runs: { type: 'string', default: '9' }, markdown: { type: 'boolean', default: false }, 'time-budget': { type: 'string', default: String(TIME_BUDGET_MS / 1000) } } }).values;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const only = new Set((values.only?.split(',') ?? PARTS).map((p) => p.trim()));
  for (const p of only) if (!PARTS.includes(p as Part)) throw new UsageError(`--only: unknown part "${p}" (parts: ${PARTS.join(', ')})`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 7) throw new UsageError(`--runs: expected a whole number ≥ 7, got "${values.runs}"`);
  const budget = Number(values['time-budget']);
  if (!Number.isFinite(budget) || budget <= 0) throw new UsageError(`--time-budget: expected seconds, got "${values['time-budget']}"`);
  return { values, only, runs, timeBudgetMs: budget * 1000 };
}

function chromiumVersion(): string | null {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * The 1-minute load average at the start and end of each part: on a shared machine, other
 * processes slow every figure; a load above the core count says the run was not alone.
 */
const loads: Record<string, { seconds: number; loadStart: number; loadEnd: number }> = {};

/** Runs a part; an exception becomes a "failed" entry rather than ending the benchmark. */
async function part<T>(name: string, fn: () => Promise<T | Skipped>): Promise<T | Skipped> {
  const t0 = performance.now();
  const loadStart = round(loadavg()[0]!, 2);
  try {
    return await fn();
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    log(`${name} failed: ${message}`);
    return skipped('failed', message);
  } finally {
    const seconds = round((performance.now() - t0) / 1000, 1);
    loads[name] = { seconds, loadStart, loadEnd: round(loadavg()[0]!, 2) };
    log(`${name}: ${seconds} s (load average ${loadStart} → ${loads[name]!.loadEnd})`);
  }
}

async function main(): Promise<number> {
  // Ctrl-C: exit through the 'exit' handlers, which stop the builds running in their own process groups (lib.ts).
  process.once('SIGINT', () => process.exit(130));
  const { values, only, runs, timeBudgetMs } = options();
  const wants = (p: Part) => only.has(p);
  const started = new Date();
  const deadline = started.getTime() + timeBudgetMs;

  const results: Results = {
    schemaVersion: 1,
    date: started.toISOString().slice(0, 10),
    startedAt: started.toISOString(),
    totalSeconds: 0,
    timeBudgetSeconds: timeBudgetMs / 1000,
    machine: { ...machineInfo(), chromium: chromiumVersion() },
    versions: Object.fromEntries(['astro', 'lit', 'vega', 'vega-lite', 'vega-embed', '@observablehq/plot', 'lighthouse', 'playwright-core', 'esbuild', 'papaparse', 'pagefind', 'chrome-launcher'].map((n) => [n, packageVersion(n)])),
    budgets: [],
  };

  const needsSite = wants('speed') || wants('pages') || wants('lighthouse');
  if (needsSite || wants('weight') || wants('build')) results.widgetsBuild = await part('widgets build', buildWidgets);
  if (wants('weight') || wants('speed')) results.widgetWeight = await part('widget weight', widgetWeight);
  if (needsSite) results.siteBuild = await part('site build', buildSite);
  if (wants('speed')) results.widgetSpeed = await part('widget speed', () => widgetSpeed(runs));
  if (wants('pages')) results.pageWeight = await part('page weight', pageWeight);
  if (wants('lighthouse')) results.lighthouse = await part('lighthouse', runLighthouse);
  if (wants('checker')) results.checker = await part('checker', checkerThroughput);
  if (wants('build')) results.buildScale = await part('build scale', () => buildScale({ deadline }));

  results.totalSeconds = round((Date.now() - started.getTime()) / 1000, 1);
  results.parts = loads;
  results.budgets = budgets(results);

  // A partial run (--only) never counts as the newest full results.
  const dir = values.only ? join(ROOT, 'bench/tmp') : RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, values.only ? `results-partial-${runStamp(started)}.json` : resultsFileName(started, readdirSync(dir)));
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

  const table = rows(results).map((r) => [r.part, r.figure, r.value]);
  console.log(textTable(['part', 'figure', 'value'], table));
  console.log('');
  console.log(textTable(['budget', 'limit', 'measured', 'status'], results.budgets.map((b) => [b.what, b.budget, b.measured, b.status.toUpperCase()])));
  console.log(`\n${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GB, Node ${results.machine.node}, ${results.machine.chromium ?? 'Chromium ?'}; ${results.totalSeconds} s in all`);
  const busiest = Math.max(...Object.values(loads).flatMap((l) => [l.loadStart, l.loadEnd]));
  if (busiest > Number(results.machine.cpus)) console.log(`NOTE: the machine was busy with other work (load average up to ${busiest} on ${results.machine.cpus} cores): timings are slower and noisier than on an idle machine.`);
  console.log(`results: ${file.slice(ROOT.length + 1)}`);
  if (values.markdown) console.log(`\n${readmeSection(results, file)}`);
  if (!values.only) console.log('npm run bench:report writes these figures into the README.');

  const broken = Object.entries(results).filter(([, v]) => isSkipped(v) && v.status === 'failed');
  return broken.length ? 1 : 0;
}

runCli('bench', main);
