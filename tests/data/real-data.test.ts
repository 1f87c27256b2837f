import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';

const DATA = join(import.meta.dirname, '../../data');
const { data, problems } = loadData(DATA);
const indicator = (id: string) => data.indicators.find((i) => i.id === id)!;

const rawCsv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, delimiter: ',' }).data;
const rawSourceIds = new Set(readdirSync(join(DATA, 'sources')).filter((f) => f.endsWith('.csv')).flatMap((f) => rawCsv(join(DATA, 'sources', f)).map((r) => r.id!)));
function rawObservations(): { file: string; rows: Record<string, string>[] }[] {
  const dir = join(DATA, 'indicators');
  return readdirSync(dir).flatMap((id) => readdirSync(join(dir, id)).map((v) => {
    const file = `indicators/${id}/${v}/observations.csv`;
    return { file, rows: rawCsv(join(DATA, file)) };
  }));
}
/** The last day a period text covers, by its form alone. */
function lastDay(period: string): string {
  const end = period.includes('/') ? period.split('/')[1]! : period;
  if (/^\d{4}$/.test(end) || /^\d{4}-XX$/.test(end)) return `${end.slice(0, 4)}-12-31`;
  if (/^\d{4}-\d{2}$/.test(end)) return `${end}-31`;
  return end;
}

describe('the real data/', () => {
  it('passes the checker', () => {
    expect(problems.items.map(formatProblem)).toEqual([]);
  });

  it('holds drafts only after every release of their indicator (a draft is the next release in the making)', () => {
    for (const ind of data.indicators) {
      const firstDraft = ind.versions.findIndex((v) => !v.released);
      if (firstDraft === -1) continue;
      expect(ind.versions.slice(firstDraft).every((v) => !v.released), ind.id).toBe(true);
    }
  });

  it('has the 30 districts of 2014–2025 and the 126 units of the 2025 reform', () => {
    const districts = data.areas.filter((a) => a.level === 'district');
    expect(districts).toHaveLength(30);
    expect(districts.every((d) => d.validTo === '2025-06-30')).toBe(true);
    expect(districts.reduce((n, d) => n + (d.communes ?? 0), 0)).toBe(526);
    expect(data.communes.filter((c) => c.type === 'phuong')).toHaveLength(51);
    expect(data.communes.filter((c) => c.type === 'xa')).toHaveLength(75);
    for (const d of districts) expect(data.successors.some((s) => s.districtCode === d.code)).toBe(true);
    for (const c of data.communes) expect(data.successors.some((s) => s.communeCode === c.code)).toBe(true);
  });

  it('keeps a first version with only what the founding article reported', () => {
    const v1 = indicator('jobs_created').versions[0]!;
    expect(v1.id).toBe('2023-01-14');
    expect(v1.observations.every((o) => o.flag === 'founding-article' || o.flag === 'derived')).toBe(true);
    const sourced = data.sources.get(v1.observations[0]!.source)!;
    expect(sourced.url).toBe('https://tuoitrethudo.com.vn/');
  });

  it('publishes the headline figure of the founding article, re-sourced in the full compilation', () => {
    const latest = indicator('jobs_created').versions.at(-1)!;
    const actual2022 = latest.observations.find((o) => o.area === '01' && o.period.id === '2022' && o.measure === 'actual')!;
    expect(actual2022).toMatchObject({ value: 203027, flag: 'reported' });
    expect(data.sources.get(actual2022.source)!.url).toContain('kinhtedothi.vn');
  });

  // The two checks below read the files themselves (papaparse, no loader): they hold even if
  // the loader's own rules were loosened by mistake.
  it('gives every row of every observations.csv a registered source and a provenance flag, and every derived value a formula', () => {
    const wrong: string[] = [];
    for (const { file, rows } of rawObservations()) {
      rows.forEach((r, i) => {
        const at = `${file}:${i + 2}`;
        if (!rawSourceIds.has(r.source!)) wrong.push(`${at} unknown source ${r.source}`);
        if (!['reported', 'reported-translation', 'derived', 'founding-article'].includes(r.flag!)) wrong.push(`${at} flag ${r.flag}`);
        if ((r.flag === 'derived') !== Boolean(r.formula)) wrong.push(`${at} flag ${r.flag} with formula "${r.formula}"`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('has no district row in any observations.csv after the district level was abolished on 1 July 2025', () => {
    const districts = new Set(rawCsv(join(DATA, 'areas/areas.csv')).filter((a) => a.level === 'district').map((a) => a.code));
    expect(districts.size).toBe(30);
    const late = rawObservations().flatMap(({ file, rows }) => rows
      .map((r, i) => ({ r, at: `${file}:${i + 2}` }))
      // Any period form ends on or after its first 10 characters' date, or in its year (YYYY, YYYY-XX, YYYY-MM).
      .filter(({ r }) => districts.has(r.area!) && lastDay(r.period!) > '2025-06-30')
      .map(({ r, at }) => `${at} ${r.area} ${r.period}`));
    expect(late).toEqual([]);
  });
});
