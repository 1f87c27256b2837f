/** Helpers the benchmark parts share: processes with peak memory, sizes, statistics, output. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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
  /** Peak resident set size of the process (its largest descendant, with /usr/bin/time), MB. */
  peakRssMb: number | null;
}

/**
 * Runs a command and measures its wall time and peak RSS: with GNU time when present
 * (`/usr/bin/time -v`, which reports the peak of the largest process it waited for), else
 * by sampling /proc/<pid>/status (VmHWM) every 50 ms.
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
    const child = spawn(file, argv, { cwd: opts.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d; });
    child.stderr.on('data', (d: Buffer) => { stderr += d; });
    let sampled = 0;
    const sampler = useTime ? undefined : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) sampled = Math.max(sampled, Number(m[1]));
      } catch { /* exited */ }
    }, 50);
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (sampler) clearInterval(sampler);
      if (timer) clearTimeout(timer);
      let peak: number | null = sampled ? sampled / 1024 : null;
      if (useTime && existsSync(timeFile)) {
        const text = readFileSync(timeFile, 'utf8');
        rmSync(timeFile, { force: true });
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        if (m) peak = Number(m[1]) / 1024;
        // GNU time prints the child's status first when it failed.
        if (code !== 0) stderr += `\n${text.split('\n').filter((l) => !l.startsWith('\t')).join('\n')}`;
      }
      resolve({ code, stdout, stderr, seconds, peakRssMb: peak === null ? null : Math.round(peak) });
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
