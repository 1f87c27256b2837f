/**
 * `npm run new-version -- <indicator> [YYYY-MM-DD]`: starts a draft version of an indicator
 * by copying its latest version (or, for a new indicator with only its indicator.json, an
 * empty first version). The release note is left empty on purpose: the check fails
 * until the maintainer writes it in both languages.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyJson, versionDatapackage } from '../src/lib/data/datapackage.ts';
import { loadData } from '../src/lib/data/load.ts';
import type { Indicator } from '../src/lib/data/model.ts';
import { OBSERVATION_COLUMNS } from '../src/lib/data/schema.ts';
import { runCli, UsageError } from './cli.ts';

/** A new indicator's first version: an empty observations table and its descriptor. */
function firstVersion(dir: string, id: string, date: string, indicator: Indicator): number {
  const target = join(dir, 'indicators', id, date);
  const others = readdirSync(join(dir, 'indicators', id), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== date);
  if (others.length) throw new UsageError(`${id} has version folders that do not load (${others.map((d) => d.name).join(', ')}): run npm run check:data`);
  mkdirSync(target, { recursive: true });
  const obs = join(target, 'observations.csv');
  if (!existsSync(obs)) writeFileSync(obs, `${OBSERVATION_COLUMNS.join(',')}\n`);
  writeFileSync(join(target, 'datapackage.json'), stringifyJson(versionDatapackage(indicator, date, { vi: '', en: '' })));
  console.log(`created the first version ${target}: fill observations.csv, write the release note in datapackage.json, then npm run check:data`);
  return 0;
}

runCli('new-version', () => {
  const [id, date = new Date().toISOString().slice(0, 10), ...rest] = process.argv.slice(2);
  const dir = process.env.ANSINH_DATA ?? 'data';
  if (!id || rest.length) throw new UsageError('usage: npm run new-version -- <indicator> [YYYY-MM-DD]');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`the version must be a date YYYY-MM-DD, got "${date}"`);
  const { data, problems } = loadData(dir);
  const indicator = data.indicators.find((i) => i.id === id);
  if (!indicator) {
    const hint = problems.size ? ` (the data folder has ${problems.size} problems; run npm run check:data)` : '';
    throw new UsageError(`unknown indicator "${id}"${hint}; known: ${data.indicators.map((i) => i.id).join(', ')}`);
  }
  const latest = indicator.versions.at(-1);
  if (!latest) return firstVersion(dir, id, date, indicator);
  // A draft with problems is missing from the model, so look at the folders themselves.
  const newestFolder = readdirSync(join(dir, 'indicators', id), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().at(-1);
  const draft = !latest.released ? latest.id : newestFolder !== latest.id ? newestFolder : undefined;
  if (draft) throw new UsageError(`${id} already has an unreleased draft ${draft}: finish and release it first`);
  if (date <= latest.id) throw new UsageError(`the new version ${date} must be later than the latest ${latest.id}`);
  const target = join(dir, 'indicators', id, date);
  if (existsSync(target)) throw new UsageError(`${target} already exists`);
  mkdirSync(target);
  copyFileSync(join(dir, 'indicators', id, latest.id, 'observations.csv'), join(target, 'observations.csv'));
  writeFileSync(join(target, 'datapackage.json'), stringifyJson(versionDatapackage(indicator, date, { vi: '', en: '' })));
  console.log(`created ${target} from ${latest.id}: edit observations.csv, write the release note ("ansinh:notes") in datapackage.json, then npm run check:data`);
  return 0;
});
