import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';

const DATA = join(import.meta.dirname, '../../data');
const { data, problems } = loadData(DATA);
const indicator = (id: string) => data.indicators.find((i) => i.id === id)!;

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

  it('gives every observation a registered source and a provenance flag, and every derived value a formula', () => {
    for (const ind of data.indicators) {
      for (const v of ind.versions) {
        for (const o of v.observations) {
          expect(data.sources.has(o.source), `${ind.id} ${v.id}:${o.line}`).toBe(true);
          expect(['reported', 'reported-translation', 'derived', 'founding-article']).toContain(o.flag);
          if (o.flag === 'derived') expect(o.formula, `${ind.id} ${v.id}:${o.line}`).toBeTruthy();
        }
      }
    }
  });

  it('has no district value after the district level was abolished', () => {
    const districtCodes = new Set(data.areas.filter((a) => a.level === 'district').map((a) => a.code));
    for (const ind of data.indicators) {
      for (const o of ind.versions.flatMap((v) => v.observations)) {
        if (districtCodes.has(o.area)) expect(o.period.end <= '2025-06-30', `${ind.id}:${o.line}`).toBe(true);
      }
    }
  });
});
