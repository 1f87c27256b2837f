import { describe, expect, it } from 'vitest';
import { latestReleased, type Indicator, type IndicatorMeta, type Observation, type Version } from '../../../src/lib/data/model.ts';
import { parsePeriod, type Period } from '../../../src/lib/data/period.ts';
import { cityHeadline, figureText, indicatorCard, shareImageSpecs } from '../../../src/lib/og/cards.ts';
import { missingGlyphs } from '../../../src/lib/og/fonts.ts';
import { shareImagePath } from '../../../src/lib/routes.ts';
import { getDataset } from '../../../src/lib/site/dataset.ts';

let line = 1;
function obs(period: string, value: number, extra: Partial<Observation> = {}): Observation {
  return { area: '01', period: parsePeriod(period) as Period, measure: 'actual', value, comparator: '', flag: 'reported', source: 's', line: line++, ...extra };
}
const l = { vi: '', en: '' };
const META: IndicatorMeta = {
  id: 'jobs_created', topic: 'labour', title: { vi: 'Lao động được giải quyết việc làm', en: 'Jobs created' }, description: l, definition: l,
  unit: { id: 'persons', vi: 'người', en: 'persons' }, kind: 'count', decimals: 0, higherIsBetter: true, geographies: ['city'],
  breaks: [], notes: l, licence: 'CC-BY-4.0',
};
const version = (id: string, released: boolean, observations: Observation[]): Version =>
  ({ id, released, meta: META, notes: l, files: [], observations });
const indicator = (versions: Version[], over: Partial<Indicator> = {}): Indicator => ({ ...META, versions, ...over });

describe('cityHeadline', () => {
  it('takes the newest exact full-year or point actual of the city from the latest release', () => {
    const ind = indicator([
      version('2024-01-01', true, [obs('2023', 1)]),
      version('2025-01-01', true, [
        obs('2022', 10),
        obs('2023-12-31', 20),
        obs('2024-01/2024-10', 30), // year to date: left out
        obs('2024', 40, { comparator: '>' }), // a bound: left out
        obs('2024', 50, { measure: 'plan' }),
        obs('2024', 60, { area: '001' }),
      ]),
      version('2026-01-01', false, [obs('2025', 99)]), // draft: not published
    ]);
    expect(cityHeadline(ind)?.value).toBe(20);
  });

  it('counts January–December as a full year and prefers a stated figure to a derived one', () => {
    const ind = indicator([version('2025-01-01', true, [obs('2024', 7, { flag: 'derived', source: 'a' }), obs('2024-01/2024-12', 8, { source: 'b' })])]);
    expect(cityHeadline(ind)?.value).toBe(8);
  });
});

describe('figureText', () => {
  const ind = indicator([]);
  it('formats for the language, marks derived values with ≈ and puts % on rates', () => {
    expect(figureText(ind, obs('2024', 222000), 'vi')).toBe('222.000');
    expect(figureText(ind, obs('2024', 222000), 'en')).toBe('222,000');
    expect(figureText(ind, obs('2024', 19, { flag: 'derived' }), 'vi')).toBe('≈ 19');
    const rate = { ...ind, kind: 'percent' as const, decimals: 2, unit: { id: 'percent', vi: '%', en: '%' } };
    expect(figureText(rate, obs('2024', 74.25), 'vi')).toBe('74,25%');
    expect(figureText({ ...ind, kind: 'year' }, obs('2024', 2019), 'vi')).toBe('2019');
  });
});

describe('indicatorCard', () => {
  it('puts the unit, the period and the city in the caption', () => {
    const card = indicatorCard(getDataset(), indicator([version('2025-01-01', true, [obs('2022-12-31', 5)])]), 'vi');
    expect(card).toMatchObject({ title: 'Lao động được giải quyết việc làm', figure: '5', caption: 'người · Cuối năm 2022 · Hà Nội' });
    expect(card.kicker).toMatch(/^Chỉ tiêu · /);
  });
});

describe('shareImageSpecs on the real data', () => {
  const data = getDataset();
  const specs = shareImageSpecs(data);

  it('has home, every published indicator and every district, in both languages, at distinct paths', () => {
    const districts = data.areas.filter((a) => a.level === 'district').length;
    const published = data.indicators.filter((i) => latestReleased(i)).length;
    expect(specs).toHaveLength(2 * (1 + published + districts));
    const paths = specs.map((s) => shareImagePath(s.lang, s.kind, s.key));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/og/vi/indicator/jobs_created.png');
    expect(paths).toContain('/og/en/district/ba-dinh.png');
  });

  it('uses only characters the font can draw (≈ before a figure is drawn as a shape)', () => {
    const missing = specs.flatMap(({ lang, kind, key, card }) =>
      missingGlyphs([card.kicker, card.title, card.figure.replace(/^≈/, ''), card.caption].join(' ')).map((c) => `${lang}/${kind}/${key}: ${c}`));
    expect(missing).toEqual([]);
  });

  it('says "until 30/6/2025" on district images', () => {
    const bd = specs.filter((s) => s.kind === 'district' && s.key === 'ba-dinh');
    expect(bd.map((s) => [s.card.title, s.card.figure])).toEqual([['Ba Đình', 'đến 30/6/2025'], ['Ba Dinh', 'until 30 June 2025']]);
  });
});
