/**
 * Components render from their props alone: a page component gets a miniature synthetic
 * dataset (tests/fixtures/site/mini.ts) and never reads data/ (src/lib/site/page-data.ts is
 * where the pages load it). Astro's container API renders them as the build would.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import DistrictMap from '../../src/components/DistrictMap.astro';
import DistrictsIndex from '../../src/components/DistrictsIndex.astro';
import IndicatorPage from '../../src/components/IndicatorPage.astro';
import { releasedVersions } from '../../src/lib/data/model.ts';
import { requireCity, requireLatest } from '../../src/lib/site/lookup.ts';
import { AREAS, INDICATOR, MAP, SOURCES } from '../fixtures/site/mini.ts';

const SITE = 'https://ansinh.example.org';
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: SITE } });
});

/** Renders a component at a path and parses the HTML. */
async function render(component: Parameters<AstroContainer['renderToString']>[0], path: string, props: Record<string, unknown>): Promise<Document> {
  const html = await container.renderToString(component, { props, request: new Request(new URL(path, SITE)) });
  return parseHTML(html).document;
}
const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

describe('components render from props, without data/', () => {
  it('an indicator page: headline, summary, both tables, sources, revisions; no embed panel without a widget build', async () => {
    const doc = await render(IndicatorPage, '/en/indicators/synthetic-jobs/', {
      lang: 'en', indicator: INDICATOR, version: requireLatest(INDICATOR), versions: releasedVersions(INDICATOR),
      city: requireCity(AREAS), sources: SOURCES, map: MAP, widget: undefined,
    });
    expect(doc.querySelector('title')?.textContent).toBe('Jobs (synthetic) — An Sinh');
    expect(doc.querySelector('[data-summary]')?.textContent).toBe('In 2023, Hanoi: 1,200 persons, 109.1% of the annual plan (1,100 persons), up 20% on 2022.');
    expect(texts(doc, 'caption')).toEqual(['Data table: Jobs (synthetic), Hanoi', 'Data table: Jobs (synthetic), by district']);
    expect(texts(doc, '#sources-h ~ ol.sources li strong')).toEqual(['Synthetic Publisher']);
    expect(doc.querySelector('#revisions-h + ol')?.textContent).toContain('Version 2024-01-14');
    expect(doc.querySelector('#embed-h')).toBeNull();
    expect(doc.querySelector('figure.map title')?.textContent).toBe('Jobs (synthetic), 2023');
  });

  it('the district list in Vietnamese: every district of the props, linked, with the map', async () => {
    const doc = await render(DistrictsIndex, '/quan-huyen/', { lang: 'vi', map: MAP });
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(texts(doc, 'tbody th a')).toEqual(['Ô Đông Bắc', 'Ô Đông Nam & <Hồ>', 'Ô Tây Bắc', 'Ô Tây Nam']);
    expect(doc.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/quan-huyen/');
    expect(doc.querySelectorAll('figure.map a')).toHaveLength(4);
  });

  it('a locator map names its district, and fails loudly on an unknown one', async () => {
    const doc = await render(DistrictMap, '/en/districts/o-tay-bac/', { lang: 'en', map: MAP, highlight: '901' });
    expect(doc.querySelector('title')?.textContent).toBe('Where O Tay Bac lies in Hanoi (2014–2025 boundaries)');
    await expect(render(DistrictMap, '/', { lang: 'en', map: MAP, highlight: '999' })).rejects.toThrow('no area with code "999"');
  });
});
