/**
 * Reads a V8 `.cpuprofile` (node --cpu-prof) and names the hot spots: per function, the
 * share of sampled time spent in it (self) and under it (total, each stack counted once).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  /** `name (file:line)`, the file relative to the project where it lies inside it. */
  function: string;
  /** % of all sampled time spent in the function itself. */
  selfPct: number;
  /** % of all sampled time spent in it or anything it called. */
  totalPct: number;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  sampledMs: number;
  /** The functions with the most self time. */
  bySelf: HotSpot[];
  /** The project's own functions (src/, scripts/) with the most total time. */
  projectByTotal: HotSpot[];
}

const ROOT = join(import.meta.dirname, '..');

const sources = new Map<string, string[]>();

/**
 * Where a named function is defined in a project source file. tsx's transform puts every
 * function on line 1 of what V8 sees, so the line is looked up by name in the source.
 */
function sourceLine(file: string, name: string, fallback: number): number {
  if (!name || !existsSync(join(ROOT, file))) return fallback;
  if (!sources.has(file)) sources.set(file, readFileSync(join(ROOT, file), 'utf8').split('\n'));
  const lines = sources.get(file)!;
  const patterns = [new RegExp(`function\\s+${name}\\b`), new RegExp(`\\b(const|let)\\s+${name}\\s*=`), new RegExp(`^\\s+(static\\s+)?(async\\s+)?${name}\\s*\\(`), new RegExp(`\\b${name}\\s*[:(]`)];
  for (const re of patterns) {
    const i = lines.findIndex((l) => re.test(l));
    if (i !== -1) return i + 1;
  }
  return fallback;
}

let index: { file: string; lines: string[] }[] | undefined;

/** `src/…:line` where a function of this name is defined in the project's src/, if one is. */
function definedIn(name: string): string | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  index ??= readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
    .map((e) => { const file = relative(ROOT, join(e.parentPath, e.name)); return { file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n') }; });
  const re = new RegExp(`(function\\s+${name}\\b|\\b(const|let)\\s+${name}\\s*=)`);
  const found: string[] = [];
  for (const { file, lines } of index) {
    const i = lines.findIndex((l) => re.test(l));
    if (i !== -1) found.push(`${file}:${i + 1}`);
  }
  // A name many files define (getStaticPaths, GET) names no one place.
  return found.length === 1 ? found[0] : found.length > 1 ? `defined in ${found.length} src files` : undefined;
}

/** Astro's build chunks (`.astro/.prerender/chunks/x_HASH.mjs`): the function is named, the source is not. */
const CHUNK = /(^|\/)\.astro\/|\/chunks\//;

function label(frame: ProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  let file = frame.url.replace(/^file:\/\//, '');
  if (file.startsWith(ROOT)) file = relative(ROOT, file);
  if (CHUNK.test(file)) {
    const chunk = /([A-Za-z]+)_[\w-]+\.mjs$/.exec(file)?.[1];
    const component = chunk ? ['components', 'layouts'].map((d) => `src/${d}/${chunk}.astro`).find((f) => existsSync(join(ROOT, f))) : undefined;
    const where = (frame.functionName ? definedIn(frame.functionName) : undefined) ?? (component ? `code of ${component}` : undefined);
    return where ? `${name} (${where}, in build chunk ${file.split('/').at(-1)})` : `${name} (build chunk ${file.split('/').at(-1)})`;
  }
  file = file.replace(/^node_modules\//, '~/');
  const line = /^(src|scripts|widgets|bench)\//.test(file) ? sourceLine(file, frame.functionName, frame.lineNumber + 1) : frame.lineNumber + 1;
  return `${name} (${file}:${line})`;
}

/** The profile written into `dir` (the newest one, when there are several). */
export function newestProfile(dir: string): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  return join(dir, files.at(-1)!);
}

/** Summarises the profile; `isProject` picks the functions listed in `projectByTotal`. */
export function summarizeProfile(file: string, top = 12, isProject = (fn: string) => /\((src|scripts|widgets)\//.test(fn)): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const name = label(node.callFrame);
    if (name === '(idle)' || name === '(program)') continue;
    all += us;
    self.set(name, (self.get(name) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = label(byId.get(cur)!.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }
  const spot = (fn: string): HotSpot => ({
    function: fn,
    selfPct: round1((100 * (self.get(fn) ?? 0)) / all),
    totalPct: round1((100 * (total.get(fn) ?? 0)) / all),
    selfMs: Math.round((self.get(fn) ?? 0) / 1000),
    totalMs: Math.round((total.get(fn) ?? 0) / 1000),
  });
  const bySelf = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn]) => spot(fn));
  const projectByTotal = [...total.entries()].filter(([fn]) => isProject(fn)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn]) => spot(fn));
  return { sampledMs: Math.round(all / 1000), bySelf, projectByTotal };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
