// @vitest-environment happy-dom
/**
 * The widget draws the site's chart: for every named case (tests/fixtures/charts/series.ts)
 * the widget's DOM, serialised, is the SVG the site writes, and both equal the snapshot in
 * tests/lib/charts/__snapshots__/ (regenerated only deliberately, with UPDATE_SNAPSHOTS=1 on
 * the site's test). No markup is parsed on the way: the DOM is built node by node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartLayout } from '../../src/lib/charts/layout.ts';
import { timeSeriesSvg } from '../../src/lib/charts/time-series.ts';
import { chartData } from '../../src/lib/prepare/series.ts';
import { renderChart } from '../../src/lib/charts/render.ts';
import { chartSize, DEFAULT_SIZE, drawChart, toDom } from '../../widgets/chart/draw.ts';
import { parseVersion } from '../../widgets/shared/data.ts';
import { LABEL, optionsOf, SNAPSHOT_CASES } from '../fixtures/charts/series.ts';
import { normaliseSvg, SNAPSHOT_DIR } from '../lib/charts/snapshot.ts';
import { fixtureV2 } from './helpers.ts';

const serialise = (el: Element) => normaliseSvg(new XMLSerializer().serializeToString(el));

describe('site = widget', () => {
  for (const c of SNAPSHOT_CASES) {
    it(c.name, () => {
      // A frame drawn into the SVG (title, note, source) is the site's: the widget writes an
      // article's heading and note as HTML. Its DOM builder still draws the site's tree.
      const o = optionsOf(c);
      const framed = c.options && ['heading', 'note', 'source'].some((k) => k in c.options!);
      const widget = serialise(framed ? toDom(renderChart(chartLayout(c.data, o), o)) : drawChart(c.data, o));
      expect(widget).toBe(normaliseSvg(timeSeriesSvg(c.data, optionsOf(c))));
      expect(widget).toBe(readFileSync(join(SNAPSHOT_DIR, `${c.name}.svg`), 'utf8'));
    });
  }

  it('over the published files too: a flow, and a stock from a file written before `temporal` existed', () => {
    const jobs = parseVersion({ ...fixtureV2('jobs_created-2026-11-26.json'), indicator: { ...(fixtureV2('jobs_created-2026-11-26.json')['indicator'] as object), temporal: 'flow' } }, 'jobs');
    const rate = parseVersion(fixtureV2('unemployment_rate_overall-2026-11-26.json'), 'rate');
    expect(jobs.indicator.temporal).toBe('flow');
    expect(rate.indicator.temporal).toBeUndefined();
    for (const [v, width] of [[jobs, 358], [rate, 358], [jobs, 640], [rate, 640]] as const) {
      const data = chartData(v.indicator, v.version, '01');
      const opts = { lang: 'vi' as const, width, ...LABEL };
      expect(serialise(drawChart(data, opts))).toBe(normaliseSvg(timeSeriesSvg(data, opts)));
    }
    expect(chartData(rate.indicator, rate.version, '01').temporal).toBe('stock');
  });

  it('highlights a year as the site’s chartLayout does', () => {
    const c = SNAPSHOT_CASES.find((x) => x.options?.highlight !== undefined)!;
    const { heading: _h, note: _n, ...o } = optionsOf(c);
    const widget = serialise(drawChart(c.data, o));
    expect(widget).toBe(serialise(toDom(renderChart(chartLayout(c.data, o), o))));
    expect(widget).toContain(`class="yr hl"`);
    expect(widget).not.toBe(serialise(drawChart(c.data, { ...o, highlight: undefined })));
  });

  it('builds the DOM without markup: SVG elements, text as text, no style', () => {
    const el = drawChart(SNAPSHOT_CASES[0]!.data, { ...optionsOf(SNAPSHOT_CASES[0]!), title: '<img src=x onerror=alert(1)>' });
    expect(el.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('title')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect([...el.querySelectorAll('*')].some((e) => e.hasAttribute('style'))).toBe(false);
  });
});

describe('size', () => {
  it('draws at the measured box (px, rounded), at least 240 × 200, the default until measured', () => {
    expect(chartSize({ width: 0, height: 0 })).toEqual(DEFAULT_SIZE);
    expect(chartSize({ width: 180.4, height: 150 })).toEqual({ width: 240, height: 200 });
    expect(chartSize({ width: 720.6, height: 420 })).toEqual({ width: 721, height: 420 });
  });
});
