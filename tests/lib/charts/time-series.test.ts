import { describe, expect, it } from 'vitest';
import { CHART_TEXT, timeSeriesSvg, type TimeSeriesOptions } from '../../../src/lib/charts/time-series.ts';
import type { ChartData } from '../../../src/lib/prepare/types.ts';
import { SERIES_CASES, pt } from '../../fixtures/charts/series.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const opts = (lang: 'vi' | 'en', extra: Partial<TimeSeriesOptions> = {}): TimeSeriesOptions => ({
  lang,
  titleId: 'chart-title',
  descId: 'chart-desc',
  title: lang === 'vi' ? 'Biểu đồ thử' : 'Test chart',
  description: lang === 'vi' ? 'Số liệu tổng hợp để thử' : 'Synthetic test data',
  ...extra,
});

const caseData = (name: string): ChartData => {
  const data = SERIES_CASES[name];
  if (!data) throw new Error(`no case ${name}`);
  return data;
};

/** Every mark group (a `<g>` without nested groups) with exactly this class, opening tag included. */
function groups(svg: string, className: string): string[] {
  return [...svg.matchAll(new RegExp(`<g[^>]* class="${className}"[^>]*>(?:(?!<g[ >]).)*?</g>`, 'gs'))].map((m) => m[0]);
}

/** The texts of the legend, in order. */
const legendTexts = (svg: string) =>
  [...(/<g class="legend"[^>]*>(.*?)<\/g><\/g>/s.exec(svg)?.[1] ?? '').matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);

/** Text of the y-axis tick labels (Plot's right-aligned label group). */
const yTickLabels = (svg: string) => [...(/<g transform="translate\(-\d+,0\)"[^>]*text-anchor="end">(.*?)<\/g>/s.exec(svg)?.[1] ?? '').matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]);
/** Text of the x-axis tick labels. */
const xTickLabels = (svg: string) => [...(/<g transform="translate\(0,\d+\)" font-variant="tabular-nums">(.*?)<\/g>/s.exec(svg)?.[1] ?? '').matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]);

describe('timeSeriesSvg snapshots', () => {
  for (const name of Object.keys(SERIES_CASES)) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${name} (${lang})`, () => {
        expectSvgSnapshot(`time-series-${name}-${lang}`, timeSeriesSvg(caseData(name), opts(lang)));
      });
    }
  }
  it('narrow (vi, 320 × 240): every other year, legend wrapped', () => {
    expectSvgSnapshot('time-series-jobs-vs-plan-narrow-vi', timeSeriesSvg(caseData('jobs-vs-plan'), opts('vi', { width: 320, height: 240 })));
  });
});

describe('timeSeriesSvg', () => {
  const all = Object.keys(SERIES_CASES).flatMap((name) => (['vi', 'en'] as const).map((lang) => ({ name, lang, svg: timeSeriesSvg(caseData(name), opts(lang)) })));

  it('draws one line path per segment of two or more points, never joining segments', () => {
    for (const name of Object.keys(SERIES_CASES)) {
      const data = caseData(name);
      const svg = timeSeriesSvg(data, opts('en'));
      const lines = groups(svg, 'actual').filter((g) => g.includes('<path'));
      const paths = lines.flatMap((g) => [...g.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1] as string));
      const multi = data.actualSegments.filter((s) => s.points.length >= 2);
      expect(paths.length, name).toBe(multi.length);
      // Each path has exactly its segment's points: one M, then one L per further point.
      expect(paths.map((d) => d.split('L').length), name).toEqual(multi.map((s) => s.points.length));
    }
  });

  it('keeps a gap year and a series break as gaps', () => {
    const svg = timeSeriesSvg(caseData('stock-across-break'), opts('en'));
    const paths = groups(svg, 'actual').join('').match(/<path /g) ?? [];
    expect(paths).toHaveLength(2);
    expect(groups(svg, 'series-break').join('')).toContain('<title>Series break: New poverty standard (2022-01-01)</title>');
    expect(svg).toContain('>Series break</text>');
  });

  it('formats y ticks in the page language, with the unit, and years as plain integers', () => {
    const vi = timeSeriesSvg(caseData('jobs-vs-plan'), opts('vi'));
    const en = timeSeriesSvg(caseData('jobs-vs-plan'), opts('en'));
    expect(yTickLabels(vi)).toContain('200.000');
    expect(yTickLabels(en)).toContain('200,000');
    expect(vi).toContain('↑ người</text>');
    expect(en).toContain('↑ persons</text>');
    const rateVi = yTickLabels(timeSeriesSvg(caseData('rate-with-ceilings'), opts('vi')));
    const rateEn = yTickLabels(timeSeriesSvg(caseData('rate-with-ceilings'), opts('en')));
    expect(rateVi).toContain('2,5');
    expect(rateEn).toContain('2.5');
    expect(rateVi).not.toContain('2.5');
    for (const { name, svg } of all) {
      if (name === 'empty') continue;
      const years = xTickLabels(svg);
      expect(years.length, name).toBeGreaterThan(0);
      for (const y of years) expect(y, name).toMatch(/^\d{4}$/);
    }
    expect(xTickLabels(vi)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('thins year labels when the chart is narrow', () => {
    const svg = timeSeriesSvg(caseData('rate-with-ceilings'), opts('en', { width: 260 }));
    expect(xTickLabels(svg)).toEqual(['2020', '2025', '2030']);
  });

  it('is an accessible image with a title and a description, and no inline style', () => {
    for (const { name, svg } of all) {
      expect(svg, name).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="ansinh-chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 640 360" width="100%"/);
      expect(svg, name).toMatch(/<title id="chart-title">[^<]+<\/title><desc id="chart-desc">[^<]+<\/desc>/);
      expect(svg, name).not.toMatch(/\sstyle=/);
      expect(svg, name).not.toContain('<style');
      expect(svg, name).not.toMatch(/\sheight="360"/);
      // No pixel value with more than one decimal (lengths in em are Plot's text offsets).
      expect(svg, name).not.toMatch(/\s(?:d|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height)="(?![^"]*em")[^"]*\d\.\d\d/);
    }
  });

  it('escapes the title and description', () => {
    const svg = timeSeriesSvg(caseData('share-target-range'), opts('en', { title: 'A <b> & "c"', description: 'x < y' }));
    expect(svg).toContain('<title id="chart-title">A &lt;b&gt; &amp; &quot;c&quot;</title><desc id="chart-desc">x &lt; y</desc>');
  });

  it('marks approximate points hollow and year-to-date points as squares, apart from the line', () => {
    const data = caseData('jobs-vs-plan');
    const svg = timeSeriesSvg(data, opts('en'));
    const hollow = groups(svg, 'approximate').join('');
    const approx = data.actualSegments.flatMap((s) => s.points).filter((p) => p.approximate).length;
    expect(hollow.match(/<circle /g)).toHaveLength(approx);
    expect(hollow).toContain('fill="none"');
    const ytd = [...groups(svg, 'year-to-date'), ...groups(svg, 'year-to-date approximate')].join('');
    expect(ytd.match(/<path /g)).toHaveLength(data.actualMarks.filter((p) => p.partial).length);
    // Two bounds ("more than"): two arrows.
    expect(groups(svg, 'bound').join('').match(/<path /g)).toHaveLength(2);
  });

  it('shows plans as dashed ticks, targets as bars or bands', () => {
    const jobs = timeSeriesSvg(caseData('jobs-vs-plan'), opts('en'));
    expect(jobs).toMatch(/<g stroke-dasharray="4,2"[^>]* class="plan">/);
    expect(groups(jobs, 'plan').join('').match(/<line /g)).toHaveLength(caseData('jobs-vs-plan').plan.length - 1);
    // The derived 2019 plan is dotted.
    expect(groups(jobs, 'plan approximate').join('')).toMatch(/^<g stroke-dasharray="1,3"[^>]*>(<line [^>]*\/>){1}<\/g>$/);
    const rate = timeSeriesSvg(caseData('rate-with-ceilings'), opts('en'));
    expect(groups(rate, 'target').join('').match(/<line /g)).toHaveLength(2);
    const band = timeSeriesSvg(caseData('share-target-range'), opts('en'));
    expect(groups(band, 'target').join('').match(/<rect /g)).toHaveLength(1);
  });

  it('lists in the legend only what the chart shows', () => {
    const legend = legendTexts;
    expect(legend(timeSeriesSvg(caseData('jobs-vs-plan'), opts('vi')))).toEqual(
      (['actual', 'approximate', 'yearToDate', 'above', 'plan', 'planApproximate'] as const).map((k) => CHART_TEXT[k].vi),
    );
    expect(legend(timeSeriesSvg(caseData('share-target-range'), opts('en')))).toEqual(['Actual', 'Target range']);
    expect(legend(timeSeriesSvg(caseData('stock-across-break'), opts('en')))).toEqual(['Actual', '≈ Derived or estimated', 'Less than']);
  });

  it('says "no data" for an empty series instead of drawing zero', () => {
    const svg = timeSeriesSvg(caseData('empty'), opts('vi'));
    expect(svg).toContain('>Không có số liệu</text>');
    expect(svg).not.toContain('<path');
  });

  it('draws a lone point as a dot without a line', () => {
    const data: ChartData = { ...caseData('empty'), years: [2022, 2022], actualSegments: [{ points: [pt('2022', 5)] }] };
    const svg = timeSeriesSvg(data, opts('en'));
    expect(groups(svg, 'actual').join('')).toContain('<circle');
    expect(groups(svg, 'actual').join('')).not.toContain('<path');
    expect(xTickLabels(svg)).toEqual(['2022']);
  });

  it('keeps every point inside the frame, e.g. a 1 January stock on a 31 December axis', () => {
    const data: ChartData = {
      ...caseData('empty'),
      years: [2016, 2018],
      actualSegments: [{ points: [pt('2016-01-01', 3.6)] }, { points: [pt('2017-12-31', 1.6), pt('2018-12-31', 1.2)] }],
    };
    for (const svg of [timeSeriesSvg(data, opts('vi')), ...all.map((c) => c.svg)]) {
      const [, left = '0'] = /<g transform="translate\(-9,0\)"[^>]*><text transform="translate\(([\d.]+),/.exec(svg) ?? [];
      const xs = [
        ...[...svg.matchAll(/<circle r="[\d.]+" cy="[\d.]+" cx="(-?[\d.]+)"/g)].map((m) => Number(m[1])),
        ...[...svg.matchAll(/<path d="M-2\.7,-2\.7[^"]*" transform="translate\((-?[\d.]+),/g)].map((m) => Number(m[1])),
      ];
      for (const x of xs) {
        expect(x).toBeGreaterThanOrEqual(Number(left));
        expect(x).toBeLessThanOrEqual(640 - 14);
      }
    }
    expect(xTickLabels(timeSeriesSvg(data, opts('vi')))).toEqual(['2015', '2016', '2017', '2018']);
  });

  it('gives the same bytes for the same input, whatever was rendered before', () => {
    const a = timeSeriesSvg(caseData('jobs-vs-plan'), opts('vi'));
    timeSeriesSvg(caseData('rate-with-ceilings'), opts('en'));
    const b = timeSeriesSvg(caseData('jobs-vs-plan'), opts('vi'));
    expect(b).toBe(a);
  });

  it('stays near the size budget (~5.5 KB per chart)', () => {
    for (const { name, svg } of all) expect(svg.length, name).toBeLessThan(7000);
  });
});
