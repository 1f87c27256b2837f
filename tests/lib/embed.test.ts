import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import { progress } from '../../widgets/jobs-progress/prepare.ts';
import { chartImagePath } from '../../src/lib/routes.ts';
import { elementAttributes, elementHtml, embedElements, embedPageUrl, fallbackHtml, fallbackRows, iframeSnippet, imageSnippet, resolvePin, scriptSnippet, type SnippetInput } from '../../src/lib/site/embed.ts';

const { data } = loadData(join(import.meta.dirname, '../../data'));
const ind = (id: string) => data.indicators.find((i) => i.id === id)!;
const city = data.areas.find((a) => a.code === '01')!;
const input = (over: Partial<SnippetInput> = {}): SnippetInput => {
  const indicator = ind('jobs_created');
  return {
    element: 'ansinh-chart', indicator, version: indicator.versions.at(-1)!, area: city, lang: 'vi',
    site: 'https://ansinh.example.org/', script: { path: '/widgets/1.0.0/ansinh.js', integrity: 'sha384-abc' }, ...over,
  };
};

describe('embed snippets', () => {
  it('loads the exact script version with SRI and crossorigin, then the element with its fallback', () => {
    const { document } = parseHTML(`<div>${scriptSnippet(input())}</div>`);
    const script = document.querySelector('script')!;
    expect(script.getAttribute('src')).toBe('https://ansinh.example.org/widgets/1.0.0/ansinh.js');
    expect(script.getAttribute('integrity')).toBe('sha384-abc');
    expect(script.getAttribute('crossorigin')).toBe('anonymous');
    const el = document.querySelector('ansinh-chart')!;
    expect(el.getAttribute('indicator')).toBe('jobs_created');
    expect(el.getAttribute('lang')).toBe('vi');
    expect(el.querySelector('a')!.getAttribute('href')).toBe('https://ansinh.example.org/chi-tieu/jobs-created/');
    // The five latest figures, and the % of plan after the year that has both (2025).
    expect(el.querySelectorAll('tbody tr').length).toBe(6);
    expect(el.textContent).toContain('171.000 người'); // the 2026 plan, the latest row
    expect(el.textContent).toContain('≈ 131,4%'); // 222.000 of 169.000; the 2025 figure is a rounded translation
  });

  it('preloads the files the element reads, after the script, in the mode of its fetch', () => {
    const preloads = (html: string) => [...parseHTML(`<div>${html}</div>`).document.querySelectorAll('link')].map((l) => {
      expect([l.getAttribute('rel'), l.getAttribute('as'), l.getAttribute('crossorigin')]).toEqual(['preload', 'fetch', '']);
      return l.getAttribute('href');
    });
    const live = scriptSnippet(input());
    expect(preloads(live)).toEqual(['https://ansinh.example.org/data/jobs_created/latest/jobs_created.v2.json']);
    expect(live.indexOf('<script')).toBeLessThan(live.indexOf('<link'));
    expect(live.indexOf('<link')).toBeLessThan(live.indexOf('<ansinh-chart'));
    expect(preloads(scriptSnippet(input({ pin: { kind: 'version', id: '2023-01-14' } })))).toEqual([
      'https://ansinh.example.org/data/jobs_created/latest/jobs_created.v2.json',
      'https://ansinh.example.org/data/jobs_created/2023-01-14/jobs_created.v2.json',
    ]);
    // As of a date: the version is resolved from the newest file, which is all that is known here.
    expect(preloads(scriptSnippet(input({ pin: { kind: 'as-of', date: '2024-01-01' } })))).toHaveLength(1);
    expect(preloads(scriptSnippet(input({ element: 'ansinh-district-compare' })))).toEqual([
      'https://ansinh.example.org/data/jobs_created/latest/jobs_created.v2.json',
      'https://ansinh.example.org/data/geo/district-paths.json',
    ]);
  });

  it('escapes data text in the fallback', () => {
    const indicator = { ...ind('jobs_created'), title: { vi: '<b>x</b> & "y"', en: 'x' } };
    const html = fallbackHtml(input({ indicator }));
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
  });

  it('gives an iframe with a title, lazy loading and an origin-checked height listener', () => {
    const html = iframeSnippet(input({ lang: 'en' }));
    const { document } = parseHTML(`<div>${html}</div>`);
    const frame = document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://ansinh.example.org/en/embed/chart/jobs-created/');
    expect(frame.getAttribute('title')).toBe('Jobs created — An Sinh');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(html).toContain('e.origin!=="https://ansinh.example.org"');
    expect(html).toContain('"ansinh:height"');
  });

  it('offers progress only where there is a plan and the district comparison only with district data', () => {
    expect(embedElements(ind('jobs_created').versions.at(-1)!)).toEqual(['ansinh-chart', 'ansinh-headline', 'ansinh-jobs-progress', 'ansinh-district-compare']);
    expect(embedElements(ind('jobs_created').versions.find((v) => v.id === '2026-11-26')!)).toEqual(['ansinh-chart', 'ansinh-headline', 'ansinh-jobs-progress']);
    expect(embedElements(ind('poor_households').versions.at(-1)!)).toEqual(['ansinh-chart', 'ansinh-headline', 'ansinh-district-compare']);
    expect(embedElements(ind('population').versions.at(-1)!)).toEqual(['ansinh-district-compare']);
    // A plan with no outcome in its year (Tết gifts: plans and actuals in different years
    // or periods), and a rate against its target: no progress bar that would say "no figure".
    expect(embedElements(ind('tet_gifts_count').versions.at(-1)!)).not.toContain('ansinh-jobs-progress');
    expect(embedElements(ind('health_insurance_coverage_rate').versions.at(-1)!)).not.toContain('ansinh-jobs-progress');
    // A plan without any figure of its year is no progress to show.
    const planOnly = { observations: ind('jobs_created').versions.at(-1)!.observations.filter((o) => o.measure === 'plan' && o.area === '01') };
    expect(embedElements(planOnly)).toEqual([]);
  });

  it('offers progress for exactly the versions where the element finds a year with an outcome and its plan', () => {
    let offered = 0;
    for (const i of data.indicators) {
      for (const v of i.versions) {
        const has = embedElements(v).includes('ansinh-jobs-progress');
        if (has) offered++;
        const cityCode = v.observations.find((o) => o.area.length === 2)?.area;
        const drawable = !!cityCode && v.meta.unit.id !== 'percent' && !!progress(v.meta, v, cityCode);
        expect(has, `${i.id} ${v.id}`).toBe(drawable);
      }
    }
    expect(offered).toBeGreaterThan(2);
  });
});

describe('snippets from the options chosen in the builder', () => {
  const jobs = ind('jobs_created');
  const v2022 = jobs.versions.find((v) => v.id === '2023-01-14')!;
  const rows = (html: string) => [...parseHTML(`<div>${html}</div>`).document.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

  it('a chart pinned to the release covering 2022, period and highlight 2022, lists 2022\'s figures, not 2025\'s', () => {
    const html = scriptSnippet(input({ version: v2022, pin: { kind: 'version', id: '2023-01-14' }, period: '2022', highlight: '2022' }));
    const el = parseHTML(`<div>${html}</div>`).document.querySelector('ansinh-chart')!;
    expect(el.getAttribute('version')).toBe('2023-01-14');
    expect(el.getAttribute('period')).toBe('2022');
    expect(el.getAttribute('highlight')).toBe('2022');
    expect(rows(html)).toEqual([['2022', 'Thực hiện', '203.027 người'], ['2022', 'Kế hoạch', '160.000 người'], ['2022', '% kế hoạch', '126,9%']]);
    expect(html).not.toContain('222.000');
  });

  it('the live chart cut at a period lists figures up to it (the same cut as the widget\'s period)', () => {
    const r = fallbackRows(input({ period: '2022', lang: 'en' }));
    expect(r.at(-1)).toEqual(['2022', '% of plan', '126.9%']);
    expect(r.map((x) => x[0])).not.toContain('2023');
    expect(r.flat().join(' ')).not.toContain('222,000');
  });

  it('progress: the chosen year\'s figure, plan and %; a part of a year against the year\'s plan', () => {
    expect(fallbackRows(input({ element: 'ansinh-jobs-progress', period: '2022' }))).toEqual([['2022', 'Thực hiện', '203.027 người'], ['2022', 'Kế hoạch', '160.000 người'], ['2022', '% kế hoạch', '126,9%']]);
    expect(fallbackRows(input({ element: 'ansinh-jobs-progress', period: '2025-01/2025-10' }))).toEqual([['10 tháng 2025', 'Thực hiện', '195.558 người'], ['2025', 'Kế hoạch', '169.000 người'], ['10 tháng 2025', '% kế hoạch', '115,7%']]);
  });

  it('district comparison: the districts at the chosen period, named', () => {
    const poor = ind('poor_households');
    const version = poor.versions.at(-1)!;
    const areaNames = new Map(data.areas.map((a) => [a.code, a]));
    const r = fallbackRows(input({ element: 'ansinh-district-compare', indicator: poor, version, areaNames }));
    expect(r.length).toBeGreaterThan(0);
    expect(new Set(r.map((x) => x[0])).size).toBe(1); // one period
    expect(r.some((x) => x[1] === 'Hà Nội')).toBe(false);
  });

  it('writes each chosen option as the widget attribute, and leaves defaults out', () => {
    expect(elementAttributes(input())).toEqual([['indicator', 'jobs_created'], ['lang', 'vi']]);
    expect(elementAttributes(input({
      lang: 'en', theme: 'dark', heading: '  Jobs in 2022 ', note: 'Source: An Sinh', hide: ['legend', 'footer', 'legend'], highlight: '2022', yearToDate: 'hide', height: 480.4,
      pin: { kind: 'as-of', date: '2023-01-31' }, period: '2022',
    }))).toEqual([
      ['indicator', 'jobs_created'], ['period', '2022'], ['as-of', '2023-01-31'], ['lang', 'en'], ['theme', 'dark'], ['heading', 'Jobs in 2022'],
      ['note', 'Source: An Sinh'], ['hide', 'legend footer'], ['highlight', '2022'], ['year-to-date', 'hide'], ['height', '480'],
    ]);
    expect(elementAttributes(input({ theme: 'light' })).map(([n]) => n)).not.toContain('theme');
    expect(elementHtml(input({ heading: '<i>x</i>' }))).toContain('heading="&lt;i&gt;x&lt;/i&gt;"');
  });

  it('the iframe carries the options to the embed page as query parameters', () => {
    const url = embedPageUrl(input({ pin: { kind: 'version', id: '2023-01-14' }, period: '2022', hide: ['footer'] }));
    expect(url.pathname).toBe('/embed/chart/jobs-created/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ period: '2022', version: '2023-01-14', hide: 'footer' });
    const html = iframeSnippet(input({ period: '2022', height: 500 }));
    expect(html).toContain('src="https://ansinh.example.org/embed/chart/jobs-created/?period=2022&amp;height=500"');
    expect(html).toContain('height="500"');
  });

  it('resolves a pin among the released versions', () => {
    const ids = ['2023-01-14', '2026-11-26', '2026-11-29'];
    expect(resolvePin({ kind: 'live' }, ids)).toBe('2026-11-29');
    expect(resolvePin({ kind: 'version', id: '2023-01-14' }, ids)).toBe('2023-01-14');
    expect(resolvePin({ kind: 'version', id: '2024-01-01' }, ids)).toBeUndefined();
    expect(resolvePin({ kind: 'as-of', date: '2023-01-31' }, ids)).toBe('2023-01-14');
    expect(resolvePin({ kind: 'as-of', date: '2022-12-31' }, ids)).toBeUndefined();
  });

  it('the image embed links the chart image of the pinned version to the indicator page', () => {
    const src = new URL(chartImagePath('jobs_created', '2023-01-14', 'vi', 'png'), 'https://ansinh.example.org/').href;
    expect(src).toBe('https://ansinh.example.org/data/jobs_created/2023-01-14/chart-vi.png');
    const html = imageSnippet(input(), src, 'Biểu đồ: "x"');
    expect(html).toBe('<a href="https://ansinh.example.org/chi-tieu/jobs-created/"><img src="https://ansinh.example.org/data/jobs_created/2023-01-14/chart-vi.png" alt="Biểu đồ: &quot;x&quot;" loading="lazy"></a>');
  });
});
