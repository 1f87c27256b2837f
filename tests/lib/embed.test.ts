import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import { progress } from '../../widgets/jobs-progress/prepare.ts';
import { embedElements, fallbackHtml, iframeSnippet, scriptSnippet, type SnippetInput } from '../../src/lib/site/embed.ts';

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
    expect(el.querySelectorAll('tbody tr').length).toBe(5);
    expect(el.textContent).toContain('171.000 người'); // the 2026 plan, the latest row
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
