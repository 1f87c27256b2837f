import { diffVersions, type VersionDiff } from './diff.ts';
import type { Dataset, Observation } from './model.ts';
import { formatProblem, type Problem } from './problems.ts';

const SHOWN_PER_KIND = 5;

/**
 * Problem lines for the terminal. The same message repeated on many lines of one file is
 * shown a few times, then counted, so one systematic mistake does not bury the others.
 */
export function problemLines(problems: readonly Problem[]): string[] {
  const seen = new Map<string, number>();
  const lines: string[] = [];
  const hidden = new Map<string, { count: number; sample: Problem }>();
  for (const p of problems) {
    // Group on the message with quoted values removed: "got "x"" and "got "y"" are one kind.
    const kind = `${p.file}|${p.column ?? ''}|${p.message.replace(/"[^"]*"/g, '""').replace(/\d+/g, '#')}`;
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    if (n <= SHOWN_PER_KIND) lines.push(formatProblem(p));
    else hidden.set(kind, { count: (hidden.get(kind)?.count ?? 0) + 1, sample: p });
  }
  for (const { count, sample } of hidden.values()) {
    lines.push(`${sample.file}: … and ${count} more like "${sample.message}"`);
  }
  return lines;
}

const describe = (o: Observation) =>
  `${o.area} ${o.period.id} ${o.measure} = ${o.comparator && o.comparator !== 'range' ? o.comparator : ''}${o.value}${o.upper !== undefined ? `–${o.upper}` : ''} [${o.flag}, ${o.source}]`;

export function diffLines(indicatorId: string, diff: VersionDiff): string[] {
  const lines = [`${indicatorId}: draft ${diff.to} against ${diff.from}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.revised.length} revised`];
  for (const o of diff.added) lines.push(`  + ${describe(o)}`);
  for (const o of diff.removed) lines.push(`  - ${describe(o)}`);
  for (const r of diff.revised) lines.push(`  ~ ${describe(r.old)}  →  ${describe(r.new)}  (${r.fields.join(', ')})`);
  return lines;
}

/** Diffs of every draft against the version before it: what a maintainer reviews. */
export function draftDiffs(data: Dataset): string[] {
  const lines: string[] = [];
  for (const ind of data.indicators) {
    ind.versions.forEach((v, i) => {
      if (v.released) return;
      const prev = ind.versions[i - 1];
      if (prev) lines.push(...diffLines(ind.id, diffVersions(prev, v)));
      else lines.push(`${ind.id}: draft ${v.id} is the first version (${v.observations.length} rows)`);
    });
  }
  return lines;
}

export function summaryLine(data: Dataset): string {
  const versions = data.indicators.flatMap((i) => i.versions);
  const drafts = versions.filter((v) => !v.released).length;
  const rows = versions.reduce((n, v) => n + v.observations.length, 0);
  return `data OK: ${data.indicators.length} indicators, ${versions.length} versions (${versions.length - drafts} released, ${drafts} draft), ${rows} observations, ${data.sources.size} sources, ${data.areas.length} areas, ${data.communes.length} communes`;
}
