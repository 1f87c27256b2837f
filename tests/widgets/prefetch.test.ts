// @vitest-environment happy-dom
/**
 * The bundle starts the data requests of the elements already in the page when it is
 * evaluated, before it defines them (widgets/index.ts → prefetch in shared/data.ts); the
 * elements then find the responses in the same cache. Ten widgets of four kinds on one page
 * make one request per file.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BASE, settle, stubFetch, type Widget } from './helpers.ts';

afterAll(() => vi.unstubAllGlobals());

const PAGE = [
  ['ansinh-chart', 'indicator="jobs_created"'],
  ['ansinh-chart', 'indicator="jobs_created" lang="en"'],
  ['ansinh-chart', 'indicator="unemployment_rate_overall"'],
  ['ansinh-headline', 'indicator="jobs_created"'],
  ['ansinh-headline', 'indicator="population" area="018"'],
  ['ansinh-headline', 'indicator="jobs_created" version="2023-01-14"'],
  ['ansinh-jobs-progress', ''],
  ['ansinh-jobs-progress', 'period="2023"'],
  ['ansinh-district-compare', 'indicator="population"'],
  ['ansinh-district-compare', 'indicator="population" area="018"'],
];

describe('requests start when the bundle is evaluated', () => {
  it('for every element in the page, before any is defined, once per file', async () => {
    document.body.innerHTML = `${PAGE.map(([tag, attrs]) => `<${tag} base="${BASE}" ${attrs}><a href="/">fallback</a></${tag}>`).join('')}<ansinh-chart base="${BASE}" theme="sepia"></ansinh-chart>`;
    const calls = stubFetch();
    const definedAtRequest: boolean[] = [];
    const stubbed = globalThis.fetch;
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
      definedAtRequest.push(customElements.get('ansinh-chart') !== undefined);
      return stubbed(input, init);
    });
    await import('../../widgets/index.ts');
    const files = [
      `${BASE}/data/jobs_created/latest/jobs_created.v2.json`,
      `${BASE}/data/unemployment_rate_overall/latest/unemployment_rate_overall.v2.json`,
      `${BASE}/data/population/latest/population.v2.json`,
      `${BASE}/data/jobs_created/2023-01-14/jobs_created.v2.json`,
      `${BASE}/data/geo/district-paths.json`,
    ].sort();
    const ours = () => calls.filter((u) => u.startsWith(BASE)).sort();
    expect(ours()).toEqual(files);
    expect(definedAtRequest.slice(0, files.length)).toEqual(Array(files.length).fill(false));
    // The elements then read the cache the scan filled: no second request for any file.
    // (happy-dom does not pass an upgraded element's attributes to Lit, so here the elements
    // load without them and draw nothing; drawing after an upgrade needs a real browser.)
    await Promise.all(([...document.body.children] as Widget[]).map(settle));
    expect(ours()).toEqual(files);
  });
});
