/**
 * `npm run new-version -- <indicator> [YYYY-MM-DD]`: starts a draft version of an indicator
 * by copying its latest version's values and metadata, or, for an indicator that does not
 * exist yet, a first version with an empty table and a metadata template. The release note
 * (and a new indicator's texts) are left empty on purpose: the check fails until the
 * maintainer writes them in both languages.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyJson, versionDatapackage } from '../src/lib/data/datapackage.ts';
import { loadData } from '../src/lib/data/load.ts';
import type { IndicatorMeta } from '../src/lib/data/model.ts';
import { OBSERVATION_COLUMNS } from '../src/lib/data/schema.ts';
import { runCli, UsageError } from './cli.ts';

const EMPTY = { vi: '', en: '' };

/** The metadata of a new indicator: every text empty, so the check lists what to write. */
const template = (id: string): IndicatorMeta => ({
  id, topic: 'labour', title: EMPTY, description: EMPTY, definition: EMPTY, unit: { id: 'persons', vi: 'người', en: 'persons' },
  kind: 'count', decimals: 0, higherIsBetter: null, geographies: ['city'], breaks: [], notes: EMPTY, licence: 'CC-BY-4.0', temporal: 'stock',
});

function firstVersion(dir: string, id: string, date: string): number {
  if (!/^[a-z0-9_]+$/.test(id)) throw new UsageError(`indicator ids use lowercase letters, digits and "_", got "${id}"`);
  const target = join(dir, 'indicators', id, date);
  mkdirSync(target, { recursive: true });
  const meta = template(id);
  writeFileSync(join(target, 'indicator.json'), stringifyJson({ schemaVersion: 1, ...meta }));
  writeFileSync(join(target, 'observations.csv'), `${OBSERVATION_COLUMNS.join(',')}\n`);
  writeFileSync(join(target, 'datapackage.json'), stringifyJson(versionDatapackage(meta, date, EMPTY)));
  console.log(`created the first version of a new indicator in ${target}: write its metadata in indicator.json (topic, titles, unit, kind, temporal…), fill observations.csv, write the release note in datapackage.json, then npm run check:data`);
  return 0;
}

runCli('new-version', () => {
  const [id, date = new Date().toISOString().slice(0, 10), ...rest] = process.argv.slice(2);
  const dir = process.env.ANSINH_DATA ?? 'data';
  if (!id || rest.length) throw new UsageError('usage: npm run new-version -- <indicator> [YYYY-MM-DD]');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`the version must be a date YYYY-MM-DD, got "${date}"`);
  const folder = join(dir, 'indicators', id);
  if (!existsSync(folder)) return firstVersion(dir, id, date);
  const { data, problems } = loadData(dir);
  const indicator = data.indicators.find((i) => i.id === id);
  if (!indicator) {
    const hint = problems.size ? ` (the data folder has ${problems.size} problems; run npm run check:data)` : '';
    throw new UsageError(`indicator "${id}" does not load${hint}`);
  }
  const latest = indicator.versions.at(-1)!;
  // A draft with problems is missing from the model, so look at the folders themselves.
  const newestFolder = readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().at(-1);
  const draft = !latest.released ? latest.id : newestFolder !== latest.id ? newestFolder : undefined;
  if (draft) throw new UsageError(`${id} already has an unreleased draft ${draft}: finish and release it first`);
  if (date <= latest.id) throw new UsageError(`the new version ${date} must be later than the latest ${latest.id}`);
  const target = join(folder, date);
  if (existsSync(target)) throw new UsageError(`${target} already exists`);
  mkdirSync(target);
  for (const f of ['observations.csv', 'indicator.json']) copyFileSync(join(folder, latest.id, f), join(target, f));
  writeFileSync(join(target, 'datapackage.json'), stringifyJson(versionDatapackage(latest.meta, date, EMPTY)));
  console.log(`created ${target} from ${latest.id}: edit observations.csv (and indicator.json if the metadata changes), write the release note ("ansinh:notes") in datapackage.json, then npm run check:data`);
  return 0;
});
