/**
 * The data format's later additions, each on a copy of the checker's base fixture: the
 * metadata released with each version, the current Table Schema (periods known only to
 * their year, "about", a stated % change, national reference levels), and revisions of
 * source rows.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringifyJson, versionDatapackage } from '../../../src/lib/data/datapackage.ts';
import { loadData } from '../../../src/lib/data/load.ts';
import { formatProblem } from '../../../src/lib/data/problems.ts';
import { runScript } from '../../helpers/run-script.ts';

const BASE = join(import.meta.dirname, '../../fixtures/checker/_base');
const work = mkdtempSync(join(tmpdir(), 'ansinh-format-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const HEADER = 'area,period,measure,value,comparator,upper,flag,source,formula,note_vi,note_en';
const DRAFT = 'indicators/jobs_created/2026-11-26';

let n = 0;
/** A copy of the base fixture; its draft 2026-11-26 gets the current Table Schema and `rows`. */
function folder(rows?: string[]): string {
  const dir = join(work, `case-${n++}`, 'data');
  cpSync(BASE, dir, { recursive: true });
  if (rows) {
    const meta = JSON.parse(readFileSync(join(dir, DRAFT, 'indicator.json'), 'utf8'));
    writeFileSync(join(dir, DRAFT, 'datapackage.json'), stringifyJson(versionDatapackage(meta, '2026-11-26', { vi: 'Thử', en: 'Test' })));
    writeFileSync(join(dir, DRAFT, 'observations.csv'), `${HEADER}\n${rows.join('\n')}\n`);
  }
  return dir;
}
const problems = (dir: string) => loadData(dir).problems.items.map((p) => formatProblem(p).replace(`${dir}/`, 'data/'));

describe('metadata released with each version', () => {
  it('fails the check naming a released indicator.json that changed', () => {
    const dir = folder();
    const meta = join(dir, 'indicators/jobs_created/2023-01-14/indicator.json');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('"Jobs created"', '"Jobs made"'));
    const found = problems(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^data\/indicators\/jobs_created\/2023-01-14\/indicator\.json: released file changed: sha256 /);
  });

  it('gives each version the metadata it was released with, and the indicator its newest', () => {
    const dir = folder();
    const draftMeta = join(dir, DRAFT, 'indicator.json');
    writeFileSync(draftMeta, readFileSync(draftMeta, 'utf8').replace('"Jobs created"', '"Jobs created (new title)"'));
    const ind = loadData(dir).data.indicators[0]!;
    expect(ind.versions.map((v) => v.meta.title.en)).toEqual(['Jobs created', 'Jobs created (new title)']);
    // The draft is not published: the indicator reads as its newest released version.
    expect(ind.title.en).toBe('Jobs created');
  });

  it('reports an indicator.json left beside the version folders, and unknown or mistyped fields', () => {
    const dir = folder();
    const meta = readFileSync(join(dir, DRAFT, 'indicator.json'), 'utf8');
    writeFileSync(join(dir, 'indicators/jobs_created/indicator.json'), meta);
    writeFileSync(join(dir, DRAFT, 'indicator.json'), meta.replace('"licence"', '"temporal": "flowing", "colour": "red", "licence"'));
    expect(problems(dir)).toEqual([
      'data/indicators/jobs_created/indicator.json: indicator.json belongs in each version folder, where it is released with the version (see data/README.md)',
      'data/indicators/jobs_created/2026-11-26/indicator.json temporal: expected one of flow, stock, level, got "flowing"',
      'data/indicators/jobs_created/2026-11-26/indicator.json: unknown field "colour" (see data/README.md)',
    ]);
  });

  it('npm run release locks the draft metadata with its values', () => {
    const dir = folder();
    expect(runScript('scripts/release.ts', [dir]).code).toBe(0);
    const lock = JSON.parse(readFileSync(join(dir, 'releases.lock.json'), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(lock.files)).toContain(`${DRAFT}/indicator.json`);
  });
});

describe('the current Table Schema', () => {
  it('reads a period known only to its year as that year, never as 1 January', () => {
    const dir = folder(['01,2016-XX,actual,65377,,,reported,kinhtedothi-jobs-2022,,,']);
    expect(problems(dir)).toEqual([]);
    const o = loadData(dir).data.indicators[0]!.versions.at(-1)!.observations[0]!;
    expect(o.period).toMatchObject({ kind: 'in-year', year: 2016, start: '2016-01-01', end: '2016-12-31' });
  });

  it('keeps the first schema for released versions: a year-only period there is refused', () => {
    const dir = folder();
    appendFileSync(join(dir, DRAFT, 'observations.csv'), '01,2016-XX,actual,1,,,reported,kinhtedothi-jobs-2022,,,\n');
    const [p] = problems(dir);
    expect(p).toMatch(/^data\/indicators\/jobs_created\/2026-11-26\/observations\.csv:9 period: "2016-XX" does not match the pattern .* \(a newer form: give the version the current Table Schema\)$/);
  });

  it('accepts "about" (~), a stated % change and a national reference level', () => {
    const dir = folder([
      '01,2021,actual,179648,,,reported,kinhtedothi-jobs-2022,,,',
      '01,2022,actual,203027,,,reported,kinhtedothi-jobs-2022,,,',
      '01,2022,pct_change,13,,,founding-article,founding-article,,,',
      '01,2023,actual,198000,~,,reported,kinhtedothi-jobs-2022,,Nguồn viết "gần".,The source says "nearly".',
      '01,2024-07-01,reference,500000,,,reported,kinhtedothi-jobs-2022,,,',
    ]);
    expect(problems(dir)).toEqual([]);
    expect(loadData(dir).data.indicators[0]!.versions.at(-1)!.observations.map((o) => `${o.measure}${o.comparator}`)).toEqual([
      'actual', 'actual', 'pct_change', 'actual~', 'reference',
    ]);
  });

  it('checks a stated % change against the two years it compares, and keeps it when they are not published', () => {
    const dir = folder([
      '01,2021,actual,179648,,,reported,kinhtedothi-jobs-2022,,,',
      '01,2022,actual,203027,,,reported,kinhtedothi-jobs-2022,,,',
      '01,2022,pct_change,31,,,founding-article,founding-article,,,',
      '01,2018,pct_change,25.1,,,reported,kinhtedothi-jobs-2022,,,',
      '01,2025-01/2025-06,pct_change,3,,,reported,kinhtedothi-jobs-2022,,,',
    ]);
    expect(problems(dir)).toEqual([
      'data/indicators/jobs_created/2026-11-26/observations.csv:6 period: a pct_change is set for a full year (YYYY), got "2025-01/2025-06"',
      'data/indicators/jobs_created/2026-11-26/observations.csv:4 value: pct_change 31 disagrees with 203027 ÷ 179648 − 1 = 13.01% (lines 3, 2)',
    ]);
  });

  it('keeps a stated % of plan whose plan is not published (the source states it)', () => {
    const dir = folder(['01,2022,pct_of_plan,218.8,,,founding-article,founding-article,,,']);
    expect(problems(dir)).toEqual([]);
  });
});

describe('source revisions', () => {
  const url = 'https://kinhtedothi.vn/ha-noi-tao-viec-lam-moi-cho-203-000-nguoi-lao-dong.html';

  it('lets a revision row (-r2) repeat the URL of the row it corrects', () => {
    const dir = folder();
    appendFileSync(join(dir, 'sources/test.csv'), `kinhtedothi-jobs-2022-r2,Kinh tế & Đô thị,Hà Nội tạo việc làm mới,2023-01-05,${url},vi,primary,Publisher and title filled in\n`);
    expect(problems(dir)).toEqual([]);
  });

  it('refuses the same URL under an unrelated id', () => {
    const dir = folder();
    appendFileSync(join(dir, 'sources/test.csv'), `other-id,Kinh tế & Đô thị,,,${url},vi,primary,Same page again\n`);
    expect(problems(dir)).toEqual(['data/sources/test.csv:4 url: URL already registered as source "kinhtedothi-jobs-2022"']);
  });
});

describe('corrections of released registry rows', () => {
  it('accept a changed row only once recorded with a reason, keeping the released digest', () => {
    const dir = folder();
    const areas = join(dir, 'areas/areas.csv');
    writeFileSync(areas, readFileSync(areas, 'utf8').replace('01,city,city,Hà Nội,Thành phố Hà Nội,Hanoi,ha-noi,2014-01-01', '01,city,city,Hà Nội,Thành phố Hà Nội,Hanoi,ha-noi,2008-08-01'));
    expect(problems(dir)).toEqual(['data/areas/areas.csv:2: areas row "01" changed since it was released: released versions rely on it; register a new row instead']);
    const before = JSON.parse(readFileSync(join(dir, 'releases.lock.json'), 'utf8'));

    expect(runScript('scripts/release.ts', ['--correct', 'areas:01', dir]).stderr).toMatch(/needs --note/);
    const r = runScript('scripts/release.ts', ['--correct', 'areas:01', '--note', 'Hanoi has had its present territory since 1 August 2008.', dir]);
    expect(r.code).toBe(0);
    expect(problems(dir)).toEqual([]);
    const after = JSON.parse(readFileSync(join(dir, 'releases.lock.json'), 'utf8'));
    expect(after.rows.areas['01']).toBe(before.rows.areas['01']);
    expect(after.corrections.areas['01']).toEqual([expect.objectContaining({ note: 'Hanoi has had its present territory since 1 August 2008.' })]);

    // A later release keeps both the released digest and the correction.
    expect(runScript('scripts/release.ts', [dir]).code).toBe(0);
    const released = JSON.parse(readFileSync(join(dir, 'releases.lock.json'), 'utf8'));
    expect(released.rows.areas['01']).toBe(before.rows.areas['01']);
    expect(released.corrections).toEqual(after.corrections);
    expect(problems(dir)).toEqual([]);
  });
});
