import type { Observation, Version } from './model.ts';
import { byCodeUnits } from '../compare.ts';

/** One value that changed between two versions. */
export interface Revision {
  old: Observation;
  new: Observation;
  /** Which fields changed: value, comparator, upper, flag, source, formula, note (shared: read-only). */
  fields: readonly string[];
}

export interface VersionDiff {
  from: string;
  to: string;
  added: Observation[];
  removed: Observation[];
  revised: Revision[];
}

const groupKey = (o: Observation) => `${o.area}|${o.period.id}|${o.measure}`;

/**
 * One frozen list per combination of changed fields, shared by every revision with it: a
 * release that revises a million values (the bench's ten-times size) would otherwise keep a
 * million copies of `['value']` for the whole build.
 */
const fieldLists = new Map<string, readonly string[]>();

function changedFields(a: Observation, b: Observation): readonly string[] {
  const out: string[] = [];
  if (a.value !== b.value) out.push('value');
  if (a.comparator !== b.comparator) out.push('comparator');
  if (a.upper !== b.upper) out.push('upper');
  if (a.flag !== b.flag) out.push('flag');
  if (a.source !== b.source) out.push('source');
  if (a.formula !== b.formula) out.push('formula');
  if (a.note?.vi !== b.note?.vi || a.note?.en !== b.note?.en) out.push('note');
  const key = out.join();
  let shared = fieldLists.get(key);
  if (!shared) fieldLists.set(key, (shared = Object.freeze(out)));
  return shared;
}

/** Diffs already computed, by the two versions' observations: pages and feeds of a build ask for the same ones. */
const diffs = new WeakMap<readonly Observation[], WeakMap<readonly Observation[], VersionDiff>>();

/**
 * What changed from one version to the next. Rows are matched on area, period and measure;
 * within that, on source. A lone old row and a lone new row with different sources are one
 * revision (the figure was re-sourced), not a removal plus an addition. Computed once per
 * pair of versions (the indicator page in each language and each language's feed share it):
 * treat the result as read-only.
 */
export function diffVersions(from: Version, to: Version): VersionDiff {
  let byTo = diffs.get(from.observations);
  if (!byTo) diffs.set(from.observations, (byTo = new WeakMap()));
  let diff = byTo.get(to.observations);
  if (!diff || diff.from !== from.id || diff.to !== to.id) byTo.set(to.observations, (diff = computeDiff(from, to)));
  return diff;
}

function computeDiff(from: Version, to: Version): VersionDiff {
  const groups = new Map<string, { old: Observation[]; new: Observation[] }>();
  const group = (k: string) => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { old: [], new: [] }));
    return g;
  };
  for (const o of from.observations) group(groupKey(o)).old.push(o);
  for (const o of to.observations) group(groupKey(o)).new.push(o);

  const diff: VersionDiff = { from: from.id, to: to.id, added: [], removed: [], revised: [] };
  for (const g of groups.values()) {
    const unmatchedOld: Observation[] = [];
    const remainingNew = [...g.new];
    for (const o of g.old) {
      const i = remainingNew.findIndex((n) => n.source === o.source);
      if (i === -1) { unmatchedOld.push(o); continue; }
      const n = remainingNew.splice(i, 1)[0]!;
      const fields = changedFields(o, n);
      if (fields.length) diff.revised.push({ old: o, new: n, fields });
    }
    if (unmatchedOld.length === 1 && remainingNew.length === 1) {
      diff.revised.push({ old: unmatchedOld[0]!, new: remainingNew[0]!, fields: changedFields(unmatchedOld[0]!, remainingNew[0]!) });
    } else {
      diff.removed.push(...unmatchedOld);
      diff.added.push(...remainingNew);
    }
  }
  const order = (a: Observation, b: Observation) => byCodeUnits(groupKey(a), groupKey(b));
  diff.added.sort(order);
  diff.removed.sort(order);
  diff.revised.sort((a, b) => order(a.new, b.new));
  return diff;
}

/** Each version of an indicator against the one before it, oldest first. */
export function revisionHistory(versions: Version[]): VersionDiff[] {
  return versions.slice(1).map((v, i) => diffVersions(versions[i]!, v));
}
