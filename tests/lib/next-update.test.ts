import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import type { Observation, Source } from '../../src/lib/data/model.ts';
import { parsePeriod, type Period } from '../../src/lib/data/period.ts';
import { nextExpectedUpdate, nextUpdateSentence } from '../../src/lib/prepare/next-update.ts';

// Synthetic rows and sources, made here: only the fields the rule reads matter.
const source = (id: string, date: string): Source => ({ id, publisher: 'x', title: '', date, url: `https://example.test/${id}`, language: 'vi', kind: 'primary', note: '' });
const obs = (period: string, src: string, over: Partial<Observation> = {}): Observation => ({
  area: '01', period: parsePeriod(period) as Period, measure: 'actual', value: 1, comparator: '', flag: 'reported', source: src, line: 2, ...over,
});
const sources = new Map([source('jan', '2023-01-10'), source('jan-month', '2023-01'), source('april', '2024-04-03'), source('undated', ''), source('same-year', '2022-01')].map((s) => [s.id, s]));

describe('next expected update', () => {
  it('follows the January year-end report when a source shows it: year Y+1 around January Y+2', () => {
    const next = nextExpectedUpdate({ sources }, { observations: [obs('2022', 'jan'), obs('2023', 'april'), obs('2024', 'undated')] });
    expect(next).toEqual({ cycle: 'annual-january', period: '2025', expected: '2026-01', latest: '2024', evidence: { period: '2022', source: 'jan', sourceDate: '2023-01-10' } });
    expect(nextExpectedUpdate({ sources }, { observations: [obs('2022', 'jan-month')] })?.expected).toBe('2024-01');
  });

  it('says nothing when no source shows the cycle, or there is no city full-year actual', () => {
    expect(nextExpectedUpdate({ sources }, { observations: [obs('2023', 'april'), obs('2024', 'undated')] })).toBeUndefined();
    expect(nextExpectedUpdate({ sources }, { observations: [obs('2022', 'same-year')] })).toBeUndefined();
    expect(nextExpectedUpdate({ sources }, { observations: [obs('2022', 'jan', { area: '001' })] })).toBeUndefined();
    expect(nextExpectedUpdate({ sources }, { observations: [obs('2022', 'jan', { measure: 'plan' })] })).toBeUndefined();
    expect(nextExpectedUpdate({ sources }, { observations: [obs('2022-01/2022-10', 'jan')] })).toBeUndefined();
  });

  it('is said as expected, or as due and missing once the month has passed', () => {
    const next = nextExpectedUpdate({ sources }, { observations: [obs('2022', 'jan')] })!;
    expect(nextUpdateSentence(next, '2023-11-29')).toEqual({
      vi: 'Lần cập nhật dự kiến: số liệu năm 2023, khoảng tháng 1/2024 (kết quả cả năm được báo cáo vào tháng 1 năm sau).',
      en: 'Next expected update: the 2023 figure, around January 2024 (full-year results are reported the following January).',
    });
    expect(nextUpdateSentence(next, '2024-01-31').en).toContain('around January 2024');
    expect(nextUpdateSentence(next, '2024-02-01').en).toBe('Next expected update: the 2023 figure, due from around January 2024 (full-year results are reported the following January), is not in this dataset yet.');
    expect(nextUpdateSentence(next, '2024-02-01').vi).toContain('chưa có trong bộ dữ liệu này');
  });

  it('reads the real data: vocational enrolment 2022 was reported in the January 2023 founding article', () => {
    const { data } = loadData(join(import.meta.dirname, '../../data'));
    const vet = data.indicators.find((i) => i.id === 'vet_enrolment')!.versions.find((v) => v.id === '2026-11-26')!;
    expect(nextExpectedUpdate(data, vet)).toMatchObject({ period: '2023', expected: '2024-01', latest: '2022', evidence: { period: '2022', sourceDate: '2023-01' } });
    const area = data.indicators.find((i) => i.id === 'area_natural')!.versions.find((v) => v.id === '2026-11-26')!;
    expect(nextExpectedUpdate(data, area)).toBeUndefined();
  });
});
