import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/lib/data/diff.ts';
import { loadData } from '../../../src/lib/data/load.ts';
import type { Indicator } from '../../../src/lib/data/model.ts';
import { problemLines } from '../../../src/lib/data/report.ts';
import { runScript } from '../../helpers/run-script.ts';

const BASE = join(import.meta.dirname, '../../fixtures/checker/_base');
const work = mkdtempSync(join(tmpdir(), 'ansinh-versions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const jobs = (dir: string): Indicator => loadData(dir).data.indicators.find((i) => i.id === 'jobs_created')!;

describe('diffVersions', () => {
  const [v1, v2] = jobs(BASE).versions as [Indicator['versions'][0], Indicator['versions'][0]];

  it('sees a re-sourced figure as a revision of flag and source, not a removal and an addition', () => {
    const diff = diffVersions(v1, v2);
    const actual2022 = diff.revised.find((r) => r.new.period.id === '2022' && r.new.measure === 'actual')!;
    expect(actual2022.fields).toEqual(['flag', 'source']);
    expect(actual2022.old.source).toBe('founding-article');
    expect(diff.removed).toEqual([]);
    expect(diff.added.map((o) => `${o.area} ${o.period.id} ${o.measure}`)).toEqual([
      '01 2021 actual', '01 2022-01/2022-09 actual', '01 2030 target', '271 2024-12-31 actual',
    ]);
  });

  it('reports a changed value old → new, and a dropped row as removed', () => {
    const edited = { ...v2, observations: v2.observations.filter((o) => o.measure !== 'target').map((o) => (o.measure === 'plan' ? { ...o, value: 162000 } : o)) };
    const diff = diffVersions(v2, edited);
    expect(diff.revised).toHaveLength(1);
    expect(diff.revised[0]).toMatchObject({ old: { value: 160000 }, new: { value: 162000 }, fields: ['value'] });
    expect(diff.removed.map((o) => o.measure)).toEqual(['target']);
    expect(diff.added).toEqual([]);
  });

  it('gives revisions with the same changed fields one shared, frozen list (a release revising a million values keeps one)', () => {
    const edited = { ...v2, observations: v2.observations.map((o) => (o.measure === 'plan' || o.measure === 'actual' ? { ...o, value: o.value + 1 } : o)) };
    const valueOnly = diffVersions(v2, edited).revised.filter((r) => r.fields.join() === 'value');
    expect(valueOnly.length).toBeGreaterThan(1);
    expect(new Set(valueOnly.map((r) => r.fields)).size).toBe(1);
    expect(Object.isFrozen(valueOnly[0]!.fields)).toBe(true);
  });

  it('is empty between identical versions', () => {
    expect(diffVersions(v2, v2)).toMatchObject({ added: [], removed: [], revised: [] });
  });
});

describe('problemLines', () => {
  it('shows a repeated mistake five times, then counts the rest', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ file: 'f.csv', line: i + 2, column: 'value', message: `expected a number, got "${i}.000"` }));
    const lines = problemLines([...items, { file: 'g.csv', message: 'file is empty' }]);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('f.csv:2 value: expected a number, got "0.000"');
    expect(lines).toContain('g.csv: file is empty');
    expect(lines.at(-1)).toMatch(/^f\.csv: … and 7 more like/);
  });
});

describe('version workflow scripts', () => {
  it('new-version drafts from the latest release; the check then asks for the release note', () => {
    const dir = join(work, 'flow');
    cpSync(BASE, dir, { recursive: true });
    // Release the base's draft first, so the latest version is a released one.
    expect(runScript('scripts/release.ts', [dir]).code).toBe(0);
    expect(loadData(dir).data.indicators[0]!.versions.every((v) => v.released)).toBe(true);

    const made = runScript('scripts/new-version.ts', ['jobs_created', '2027-01-15'], { ANSINH_DATA: dir });
    expect(made.code).toBe(0);
    const draft = join(dir, 'indicators/jobs_created/2027-01-15');
    expect(readFileSync(join(draft, 'observations.csv'), 'utf8')).toBe(readFileSync(join(dir, 'indicators/jobs_created/2026-11-26/observations.csv'), 'utf8'));
    expect(problemLines(loadData(dir).problems.items)).toEqual([
      `${dir}/indicators/jobs_created/2027-01-15/datapackage.json ansinh:notes: both "vi" and "en" are required (VI/EN parity)`,
    ]);

    const again = runScript('scripts/new-version.ts', ['jobs_created', '2027-02-01'], { ANSINH_DATA: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already has an unreleased draft 2027-01-15/);
    expect(again.stderr).not.toMatch(/\n\s+at /);
  });

  it('new-version gives a new indicator an empty first version whose metadata the check asks for', () => {
    const dir = join(work, 'new-indicator');
    cpSync(BASE, dir, { recursive: true });
    const r = runScript('scripts/new-version.ts', ['labour_export', '2027-01-15'], { ANSINH_DATA: dir });
    expect(r.code).toBe(0);
    const folder = join(dir, 'indicators/labour_export/2027-01-15');
    expect(readFileSync(join(folder, 'observations.csv'), 'utf8')).toBe(
      'area,period,measure,value,comparator,upper,flag,source,formula,note_vi,note_en\n',
    );
    const problems = loadData(dir).problems.items;
    expect(problems.every((p) => p.file.startsWith(`${dir}/indicators/labour_export/2027-01-15/`))).toBe(true);
    expect(problems.map((p) => `${p.file.split('/').at(-1)} ${p.column}`).sort()).toEqual([
      'datapackage.json ansinh:notes', 'indicator.json definition', 'indicator.json description', 'indicator.json title',
    ]);
  });

  it('release refuses a data folder with problems and writes nothing', () => {
    const dir = join(work, 'broken');
    cpSync(BASE, dir, { recursive: true });
    const obs = join(dir, 'indicators/jobs_created/2026-11-26/observations.csv');
    writeFileSync(obs, readFileSync(obs, 'utf8').replace('160000,,,reported', '160.000,,,reported'));
    const before = readFileSync(join(dir, 'releases.lock.json'), 'utf8');
    const r = runScript('scripts/release.ts', [dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing released/);
    expect(readFileSync(join(dir, 'releases.lock.json'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'releases.lock.json'))).toBe(true);
  });
});
