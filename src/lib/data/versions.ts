/**
 * One indicator folder: a folder per version, named by its release date, each holding the
 * values (observations.csv), their Frictionless descriptor (datapackage.json) and the
 * indicator's metadata as that version publishes it (indicator.json). Released versions
 * are in the lock, all three files; drafts are not.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext } from './context.ts';
import { parseCsv } from './csv.ts';
import { indicatorMetaSchema, versionDescriptorSchema } from './json-schemas.ts';
import type { LockCheck } from './lock.ts';
import type { Area, Indicator, IndicatorMeta, Localized, Version, VersionFile } from './model.ts';
import { checkObservations } from './observations.ts';
import { parsePeriod } from './period.ts';
import { knownSchema, OBSERVATION_COLUMNS, OBSERVATION_SCHEMA, type TableSchema } from './schema.ts';

export const VERSION_FILES = ['datapackage.json', 'indicator.json', 'observations.csv'] as const;
const VERSION_ID = /^\d{4}-\d{2}-\d{2}$/;

const subfolders = (dir: string) => readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory()).sort();
const plainFiles = (dir: string) => readdirSync(dir).filter((f) => !statSync(join(dir, f)).isDirectory());

/** Ids of the indicator folders, sorted. */
export function indicatorFolders(ctx: LoadContext): string[] {
  if (!ctx.exists('indicators')) return [];
  return subfolders(join(ctx.dir, 'indicators'));
}

export function loadIndicator(ctx: LoadContext, lock: LockCheck, id: string, areas: ReadonlyMap<string, Area>): Indicator | undefined {
  const folderRel = `indicators/${id}`;
  const folder = join(ctx.dir, folderRel);
  if (!/^[a-z0-9_]+$/.test(id)) ctx.problem(folderRel, `indicator ids use lowercase letters, digits and "_", got "${id}"`);
  for (const f of plainFiles(folder)) {
    ctx.problem(`${folderRel}/${f}`, f === 'indicator.json'
      ? 'indicator.json belongs in each version folder, where it is released with the version (see data/README.md)'
      : 'unexpected file in an indicator folder (expected only version folders)');
  }
  const versionIds = subfolders(folder);
  if (versionIds.length === 0) ctx.problem(folderRel, 'indicator has no version folder');
  const versions: Version[] = [];
  for (const vid of versionIds) {
    const version = loadVersion(ctx, lock, id, vid, areas);
    if (version) versions.push(version);
  }
  for (let i = 1; i < versions.length; i++) {
    if (!versions[i - 1]!.released && versions[i]!.released) {
      ctx.problem(`${folderRel}/${versions[i]!.id}`, `released after the unreleased draft ${versions[i - 1]!.id}: release drafts in date order`);
    }
  }
  const current = versions.filter((v) => v.released).at(-1) ?? versions.at(-1);
  return current ? { ...current.meta, versions } : undefined;
}

function loadVersion(ctx: LoadContext, lock: LockCheck, id: string, vid: string, areas: ReadonlyMap<string, Area>): Version | undefined {
  const vRel = `indicators/${id}/${vid}`;
  if (!VERSION_ID.test(vid) || typeof parsePeriod(vid) === 'string') {
    ctx.problem(vRel, `version folder must be named by its release date YYYY-MM-DD, got "${vid}"`);
    return undefined;
  }
  for (const f of readdirSync(join(ctx.dir, vRel))) {
    if (!(VERSION_FILES as readonly string[]).includes(f)) ctx.problem(`${vRel}/${f}`, `unexpected file in a version folder (expected only ${VERSION_FILES.join(', ')})`);
  }
  const files: VersionFile[] = [];
  let lockedCount = 0;
  let missingReleased = false;
  for (const f of VERSION_FILES) {
    const rel = `${vRel}/${f}`;
    if (lock.isLocked(rel)) lockedCount++;
    if (!ctx.exists(rel)) {
      if (lock.isLocked(rel)) {
        lock.accountFor(rel);
        ctx.problem(rel, 'released file is missing (it is listed in releases.lock.json): published versions are never deleted');
        missingReleased = true;
      }
      continue; // a draft's missing file is reported when read below
    }
    const bytes = ctx.readBytes(rel);
    files.push({ path: rel, sha256: lock.digestFile(rel, bytes), bytes: bytes.length });
  }
  if (lockedCount > 0 && lockedCount < VERSION_FILES.length) {
    ctx.problem(vRel, 'version is only partly in releases.lock.json: release all its files or none');
  }
  if (missingReleased) return undefined;

  const meta = readMeta(ctx, `${vRel}/indicator.json`, id);
  const descriptor = readDescriptor(ctx, `${vRel}/datapackage.json`, vid);
  if (!meta) return undefined;
  const observations = readObservations(ctx, `${vRel}/observations.csv`, meta, descriptor?.schema, areas);
  if (!observations || !descriptor) return undefined;
  return { id: vid, released: lockedCount === VERSION_FILES.length, meta, notes: descriptor.notes, files, observations };
}

function readMeta(ctx: LoadContext, rel: string, folder: string): IndicatorMeta | undefined {
  const raw = ctx.readJson(rel);
  if (raw === undefined) return undefined;
  const meta = ctx.parseJson(rel, indicatorMetaSchema, raw);
  if (!meta) return undefined;
  if (meta.id !== folder) { ctx.problem(rel, `id "${meta.id}" differs from its folder name "${folder}"`, undefined, 'id'); return undefined; }
  const { schemaVersion: _, ...fields } = meta;
  return fields;
}

/** The release note and the Table Schema of a version's datapackage.json. */
function readDescriptor(ctx: LoadContext, rel: string, vid: string): { notes: Localized; schema: TableSchema | undefined } | undefined {
  const raw = ctx.readJson(rel);
  if (raw === undefined) return undefined;
  const dp = ctx.parseJson(rel, versionDescriptorSchema, raw);
  if (!dp) return undefined;
  let ok = true;
  if (dp.version !== vid) { ctx.problem(rel, `expected "${vid}" (the folder name), got ${JSON.stringify(dp.version)}`, undefined, 'version'); ok = false; }
  const resource = dp.resources.find((r) => r.name === 'observations');
  if (!resource) { ctx.problem(rel, 'expected a resource named "observations"', undefined, 'resources'); return undefined; }
  if (resource.path !== 'observations.csv') { ctx.problem(rel, `expected "observations.csv", got ${JSON.stringify(resource.path)}`, undefined, 'resources[observations].path'); ok = false; }
  const schema = knownSchema(resource.schema);
  if (typeof schema === 'string') {
    ctx.problem(rel, `${schema} (the Table Schema is fixed: see data/README.md)`, undefined, 'resources[observations].schema');
    ok = false;
  }
  return ok && typeof schema !== 'string' ? { notes: dp['ansinh:notes'], schema } : undefined;
}

function readObservations(ctx: LoadContext, rel: string, meta: IndicatorMeta, schema: TableSchema | undefined, areas: ReadonlyMap<string, Area>) {
  const text = ctx.readText(rel);
  if (text === undefined) return undefined;
  const file = ctx.display(rel);
  const table = parseCsv(text, file, ctx.problems, OBSERVATION_COLUMNS, ['value', 'upper']);
  if (!table) return undefined;
  if (table.header.join(',') !== OBSERVATION_COLUMNS.join(',')) {
    ctx.problems.add(file, `columns must be in the order ${OBSERVATION_COLUMNS.join(',')}`, 1);
    return undefined;
  }
  // A descriptor that failed its own check still lets the rows be checked, against the current schema.
  return checkObservations(table, { file, meta, schema: schema ?? OBSERVATION_SCHEMA, data: ctx.data, areas, problems: ctx.problems });
}
