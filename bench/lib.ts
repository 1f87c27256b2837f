/** Helpers the benchmark parts share: processes with peak memory, sizes, statistics, output. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync, constants as zlib } from 'node:zlib';

export const ROOT = join(import.meta.dirname, '..');
/** Scratch space: gitignored, wiped per part. */
export const TMP = join(ROOT, 'bench/tmp');
export const NODE = process.execPath;
export const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
export const TIME = '/usr/bin/time';

export const rel = (p: string): string => relative(ROOT, p) || '.';

export function freshDir(path: string): string {
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  return path;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** CPU time (user + system) of the process and the children it waited for, s; null without /usr/bin/time. */
  cpuSeconds: number | null;
  /**
   * Peak resident set size of the whole process tree, MB: the largest sum of the resident
   * sizes of the process and all its descendants, sampled every 100 ms from /proc, and at
   * least the peak of its largest single process (GNU time's exact figure).
   */
  peakRssMb: number | null;
  /** GNU time's peak resident size of the largest single process it waited for, MB. */
  peakProcessRssMb: number | null;
  /** True when the command was stopped at `timeoutMs`. */
  timedOut: boolean;
}

const PAGE_KB = 4;

/** Resident size of `root` and all its descendants now, kB (0 when /proc cannot be read). */
export function treeRssKb(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces and parentheses).
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(e);
      const ppid = Number(rest[1]);
      rss.set(pid, Number(rest[21]) * PAGE_KB);
      const list = children.get(ppid);
      if (list) list.push(pid);
      else children.set(ppid, [pid]);
    } catch { /* exited meanwhile */ }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command and measures its wall time, CPU time and peak memory: GNU time
 * (`/usr/bin/time -v`) when present gives the CPU time and the peak of the largest single
 * process; /proc, sampled every 100 ms, gives the peak of the whole process tree.
 */
export function run(cmd: string, args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<RunResult> {
  const useTime = existsSync(TIME);
  const timeFile = join(TMP, `time-${process.pid}-${Date.now()}.txt`);
  mkdirSync(TMP, { recursive: true });
  const [file, argv] = useTime ? [TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // An env value of undefined removes the variable.
    const env = Object.fromEntries(Object.entries({ ...process.env, ...opts.env }).filter((e): e is [string, string] => e[1] !== undefined));
    // A process group of its own: a timeout stops the command and everything it started
    // (GNU time would otherwise leave its child running).
    const child = spawn(file, argv, { cwd: opts.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    // Its own group no longer hears the terminal's Ctrl-C: stop it when the bench stops.
    const stop = () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ } };
    process.once('exit', stop);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d; });
    child.stderr.on('data', (d: Buffer) => { stderr += d; });
    let treeKb = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) treeKb = Math.max(treeKb, treeRssKb(child.pid));
    }, 100);
    let timedOut = false;
    const timer = opts.timeoutMs
      ? setTimeout(() => {
        timedOut = true;
        stop();
      }, opts.timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('exit', stop);
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(sampler);
      if (timer) clearTimeout(timer);
      let processKb: number | null = null;
      let cpuSeconds: number | null = null;
      if (useTime && existsSync(timeFile)) {
        const text = readFileSync(timeFile, 'utf8');
        rmSync(timeFile, { force: true });
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        if (m) processKb = Number(m[1]);
        const user = /User time \(seconds\): ([\d.]+)/.exec(text);
        const system = /System time \(seconds\): ([\d.]+)/.exec(text);
        if (user && system) cpuSeconds = round(Number(user[1]) + Number(system[1]), 2);
        // GNU time prints the child's status first when it failed.
        if (code !== 0) stderr += `\n${text.split('\n').filter((l) => !l.startsWith('\t')).join('\n')}`;
      }
      const mb = (kb: number | null) => (kb === null || kb === 0 ? null : Math.round(kb / 1024));
      resolve({ code, stdout, stderr, seconds, cpuSeconds, peakRssMb: mb(Math.max(treeKb, processKb ?? 0)), peakProcessRssMb: mb(processKb), timedOut });
    });
  });
}

/** The last `n` lines of a process's output, for error messages. */
export const tail = (text: string, n = 15): string => text.trim().split('\n').slice(-n).join('\n');

export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: zlib.Z_BEST_COMPRESSION }).length;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const round = (x: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export const kb = (bytes: number): number => round(bytes / 1024, 1);

export function machineInfo() {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 2 ** 30, 1),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
  };
}

export function packageVersion(name: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

/** A part of the benchmark that could not run, and why: reported instead of a figure. */
export interface Skipped {
  status: 'not built' | 'skipped' | 'failed';
  reason: string;
}
export const skipped = (status: Skipped['status'], reason: string): Skipped => ({ status, reason });
export const isSkipped = (x: unknown): x is Skipped => typeof x === 'object' && x !== null && 'status' in x && 'reason' in x;

/** Logs progress to stderr, so stdout carries only the table. */
export const log = (msg: string): void => { process.stderr.write(`bench: ${msg}\n`); };
