/**
 * The chart as the site writes it (timeSeriesSvg: the shared layout and renderer,
 * serialised): snapshots of every named case at both widths (STYLE habit 11), and what every
 * chart must be — accessible, styled only through classes, escaped, deterministic.
 */
import { describe, expect, it } from 'vitest';
import { timeSeriesSvg } from '../../../src/lib/charts/time-series.ts';
import { LABEL, optionsOf, SERIES_CASES, SNAPSHOT_CASES } from '../../fixtures/charts/series.ts';
import { expectSvgSnapshot } from './snapshot.ts';


describe('site chart snapshots', () => {
  for (const c of SNAPSHOT_CASES) it(c.name, () => expectSvgSnapshot(c.name, timeSeriesSvg(c.data, optionsOf(c))));
});

describe('timeSeriesSvg', () => {
  const all = SNAPSHOT_CASES.map((c) => ({ name: c.name, svg: timeSeriesSvg(c.data, optionsOf(c)) }));

  it('is a named group at its natural size, with a title and a description, and no style anywhere', () => {
    for (const { name, svg } of all) {
      expect(svg, name).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="ansinh-chart (horizontal|vertical)" role="group" aria-labelledby="chart-t chart-d" viewBox="0 0 (\d+) (\d+)" width="\2" height="\3" font-size="12">/);
      expect(svg, name).toMatch(/<title id="chart-t">Biểu đồ thử<\/title><desc id="chart-d">Số liệu tổng hợp để thử<\/desc><g aria-hidden="true">/);
      expect(svg, name).not.toMatch(/\sstyle=/);
      expect(svg, name).not.toContain('<style');
      // Colours come from classes only.
      expect(svg, name).not.toMatch(/\s(fill|stroke)="/);
      // Every number in px is rounded to 0.1.
      expect(svg, name).not.toMatch(/="-?\d+\.\d\d/);
    }
  });

  it('gives each year a focusable group whose label says its values', () => {
    const svg = timeSeriesSvg(SERIES_CASES['flow-current-year'], { lang: 'en', width: 880, ...LABEL });
    expect(svg).toContain('<g class="yr" tabindex="0" role="img" aria-label="2025: Actual Jan–Oct 2025: 195,558 persons; Plan: 169,000 persons; 115.7% of annual plan">');
    expect(svg.match(/<g class="yr/g)).toHaveLength(3);
  });

  it('escapes text and attributes', () => {
    const svg = timeSeriesSvg(SERIES_CASES['share-target-range'], { lang: 'en', width: 400, ...LABEL, title: 'A <b> & "c"', description: 'x < y', note: '1 < 2 & "3"' });
    expect(svg).toContain('<title id="chart-t">A &lt;b&gt; &amp; &quot;c&quot;</title><desc id="chart-d">x &lt; y</desc>');
    expect(svg).toContain('>1 &lt; 2 &amp; &quot;3&quot;</text>');
  });

  it('gives the same bytes for the same input, whatever was drawn before', () => {
    const c = SNAPSHOT_CASES[0]!;
    const a = timeSeriesSvg(c.data, optionsOf(c));
    timeSeriesSvg(SERIES_CASES['level-with-reference'], { lang: 'en', width: 500, ...LABEL });
    expect(timeSeriesSvg(c.data, optionsOf(c))).toBe(a);
  });

  it('stays small: two drawings per chart on a page', () => {
    for (const { name, svg } of all) expect(svg.length, name).toBeLessThan(12_000);
  });
});
