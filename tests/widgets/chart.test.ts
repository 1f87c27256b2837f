// @vitest-environment happy-dom
/**
 * The time-series chart as pure functions (axes, legend) and as SVG snapshots of named cases
 * (STYLE habit 11): `__snapshots__/<name>.svg`, regenerated only deliberately with
 * `UPDATE_SNAPSHOTS=1 npx vitest run tests/widgets/chart.test.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, svg } from 'lit';
import { describe, expect, it } from 'vitest';
import { CHART_TEXT as SITE_CHART_TEXT } from '../../src/lib/charts/time-series.ts';
import { chartData } from '../../src/lib/prepare/series.ts';
import { CHART_TEXT, chartSize, DEFAULT_SIZE, drawTimeSeries, legendLabels, yearTicks, yScale } from '../../widgets/chart/layout.ts';
import { parseVersion } from '../../widgets/shared/data.ts';
import { fixture } from './helpers.ts';

const SNAPSHOTS = join(import.meta.dirname, '__snapshots__');

/** The drawing as an SVG file: Lit's markers removed, one element per line. */
function drawn(content: ReturnType<typeof drawTimeSeries>, size: { width: number; height: number }): string {
  const host = document.createElement('div');
  render(svg`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}" font-size="12" text-anchor="middle">${content}</svg>`, host);
  return `${host.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/>\s*</g, '>\n<')}\n`;
}

function expectSnapshot(name: string, text: string) {
  const file = join(SNAPSHOTS, `${name}.svg`);
  if (process.env['UPDATE_SNAPSHOTS'] === '1') {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`no snapshot ${file}: review the output, then run with UPDATE_SNAPSHOTS=1`);
  expect(text, `${name}.svg differs from its snapshot`).toBe(readFileSync(file, 'utf8'));
}

const jobs = parseVersion(fixture('jobs_created-2026-11-26.json'), 'jobs');
const unemployment = parseVersion(fixture('unemployment_rate_overall-2026-11-26.json'), 'unemployment');
const jobsChart = chartData(jobs.indicator, jobs.version, '01');
const rateChart = chartData(unemployment.indicator, unemployment.version, '01');

describe('chart words', () => {
  it('are the site chart words, in both languages', () => {
    const { noData: _unused, ...site } = SITE_CHART_TEXT;
    expect(CHART_TEXT).toEqual(site);
  });
  it('the legend lists what is drawn, in the site order', () => {
    expect(legendLabels(jobsChart, 'vi')).toEqual(['Thực hiện', '≈ Tính toán, ước tính', 'Lũy kế từ đầu năm', 'Trên mức này', 'Kế hoạch', '≈ Kế hoạch suy ra']);
    expect(legendLabels(rateChart, 'en')).toEqual(['Actual', '≈ Derived or estimated', 'Target']);
  });
});

describe('axes', () => {
  it('include zero when it wastes less than half the plot, and keep round ticks', () => {
    expect(yScale([60000, 225858, 171000], 300)).toEqual({ domain: [0, 250000], ticks: [0, 50000, 100000, 150000, 200000, 250000], decimals: 0 });
    expect(yScale([152021, 225858], 300).domain).toEqual([150000, 230000]);
    expect(yScale([4.5, 5.2], 200)).toMatchObject({ domain: [4.4, 5.2], decimals: 1 });
    expect(yScale([], 200).domain).toEqual([0, 1]);
  });
  it('label every year, or every 2nd, 5th … when space is short', () => {
    expect(yearTicks(2017, 2026, 600)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(yearTicks(2017, 2026, 300)).toEqual([2018, 2020, 2022, 2024, 2026]);
    expect(yearTicks(2017, 2026, 200)).toEqual([2020, 2025]);
  });
  it('size the drawing from the measured box', () => {
    expect(chartSize({ width: 0, height: 0 })).toEqual(DEFAULT_SIZE);
    expect(chartSize({ width: 180.4, height: 150 })).toEqual({ width: 240, height: 200 });
    expect(chartSize({ width: 720.6, height: 420 })).toEqual({ width: 721, height: 420 });
  });
});

describe('snapshots', () => {
  const cases: [string, typeof jobsChart, { width: number; height: number }, 'vi' | 'en'][] = [
    ['chart-jobs-vs-plan-vi', jobsChart, DEFAULT_SIZE, 'vi'],
    ['chart-jobs-vs-plan-narrow-en', jobsChart, { width: 320, height: 240 }, 'en'],
    ['chart-rate-with-targets-vi', rateChart, DEFAULT_SIZE, 'vi'],
  ];
  for (const [name, data, size, lang] of cases) {
    it(name, () => {
      const out = drawn(drawTimeSeries(data, size, lang), size);
      expect(out).not.toMatch(/style=/);
      expectSnapshot(name, out);
    });
  }
});
