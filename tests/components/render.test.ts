/**
 * Components render from their props alone: a page component gets a miniature synthetic
 * dataset (tests/fixtures/site/mini.ts) and never reads data/ (src/lib/site/page-data.ts is
 * where the pages load it). Astro's container API renders them as the build would.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import DistrictMap from '../../src/components/DistrictMap.astro';
import DistrictPage from '../../src/components/DistrictPage.astro';
import Home from '../../src/components/Home.astro';
import IndicatorsIndex from '../../src/components/IndicatorsIndex.astro';
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
    expect(texts(doc, 'caption')).toEqual([
      'Jobs (synthetic), Hanoi, by year (unit: persons)',
      'Data table: Jobs (synthetic), Hanoi',
      'Districts ranked: Jobs (synthetic), 2023',
      'Data table: Jobs (synthetic), by district',
    ]);
    expect(texts(doc, '#sources-h ~ ol.sources li strong')).toEqual(['Synthetic Publisher']);
    expect(doc.querySelector('#revisions-h + ol')?.textContent).toContain('Version 2024-01-14');
    expect(doc.querySelector('#embed-h')).toBeNull();
    expect(doc.querySelector('figure.map title')?.textContent).toBe('Jobs (synthetic), 2023');
  });

  it('an indicator page answers first: headline with % of plan, then a per-year table linked to its sources, contents with the downloads', async () => {
    const doc = await render(IndicatorPage, '/chi-tieu/synthetic-jobs/', {
      lang: 'vi', indicator: INDICATOR, version: requireLatest(INDICATOR), versions: releasedVersions(INDICATOR),
      city: requireCity(AREAS), sources: SOURCES, map: MAP, widget: undefined,
    });
    expect(texts(doc, '.headline dt')).toEqual(['Số liệu mới nhất (2023)', 'So với kế hoạch năm 2023']);
    expect(texts(doc, '.headline dd')).toEqual(['1.200 người', '109,1% (kế hoạch: 1.100 người)']);
    const rows = [...doc.querySelectorAll('table.years tbody tr')].map((tr) => [tr.id, ...[...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim())]);
    expect(rows).toEqual([['2023', '2023', '1.200', '1.100', '109,1%'], ['2022', '2022', '1.000', '—không có số liệu', '']]);
    for (const a of doc.querySelectorAll('table.years td a')) expect(doc.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
    // The years come before the long provenance table, the downloads are linked from the top.
    const html = doc.documentElement.outerHTML;
    expect(html.indexOf('class="years"')).toBeLessThan(html.indexOf('class="data-table"'));
    expect(doc.querySelector('nav.toc a[href="#downloads"]')?.textContent).toBe('Tải số liệu');
    expect(doc.querySelector('#downloads #download-h')).not.toBeNull();
    for (const a of doc.querySelectorAll('nav.toc a')) expect(doc.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
    // Two districts of four have a value: the map says so and the ranking comes first.
    expect(doc.querySelector('[data-few-note]')?.textContent).toBe('Chỉ 2 trong 30 quận, huyện có số liệu cho kỳ này, nên bản đồ phần lớn để trống: xem bảng xếp hạng trước.');
    const map = doc.querySelector('.district-map')!;
    expect([...map.children].map((c) => c.tagName.toLowerCase() + (c.className ? `.${c.className}` : ''))).toEqual(['p.notice', 'div.table-wrap', 'figure.map']);
    expect([...doc.querySelectorAll('table.ranking tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent).join(' | '))).toEqual(['1 | Ô Đông Bắc | 500 người', '2 | Ô Tây Bắc | 300 người']);
    expect(doc.querySelector('figure.map .legend text')?.textContent).toBe('2023, đơn vị: người');
  });

  it('the indicator index groups the indicators by pillar, key indicators first, and marks district figures', async () => {
    const other = { ...INDICATOR, id: 'synthetic_assistance', topic: 'welfare' as const, title: { vi: 'Trợ giúp (tổng hợp)', en: 'Assistance (synthetic)' } };
    const doc = await render(IndicatorsIndex, '/en/indicators/', { lang: 'en', indicators: [other, INDICATOR] });
    expect(texts(doc, 'main h2')).toEqual(['Labour and jobs', 'People with merit', 'Social assistance and poverty reduction', 'Social and health insurance', 'Context: population and geography']);
    expect(texts(doc, '#labour .card-title')).toEqual(['Jobs (synthetic)']);
    expect(texts(doc, '#social .card-title')).toEqual(['Assistance (synthetic)']);
    expect(texts(doc, '#merit p.small')).toEqual(['No indicator of this group is published yet.']);
    expect(texts(doc, '#labour .badge')).toEqual(['Has district figures']);
    expect(doc.querySelector('#labour .cards li .small')?.textContent).toBe('2023, 109.1% of plan');
  });

  it('the home page has one headline card per pillar that has indicators', async () => {
    const doc = await render(Home, '/', { lang: 'vi', indicators: [INDICATOR], map: MAP });
    expect(texts(doc, '.pillar h2')).toEqual(['Lao động, việc làm', 'Người có công', 'Trợ giúp xã hội và giảm nghèo', 'Bảo hiểm xã hội, bảo hiểm y tế', 'Bối cảnh: dân số và địa giới']);
    expect(texts(doc, '#labour-h ~ .cards.feature .figure')).toEqual(['1.200 người']);
    expect(doc.querySelector('#labour-h ~ p a')?.getAttribute('href')).toBe('/chi-tieu/#labour');
  });

  it('a district page lists the indicators with figures for it', async () => {
    const area = AREAS.find((a) => a.code === '901')!;
    const doc = await render(DistrictPage, `/quan-huyen/${area.slug}/`, { lang: 'vi', area, successors: [], indicators: [INDICATOR], sources: SOURCES, map: MAP });
    expect(doc.querySelector('nav.toc .toc-title')?.textContent).toBe('1 chỉ tiêu có số liệu cho Quận Ô Tây Bắc:');
    expect(doc.querySelector('nav.toc a')?.getAttribute('href')).toBe('#ind-synthetic_jobs');
    expect(doc.getElementById('ind-synthetic_jobs')?.querySelector('h3')?.textContent).toBe('Việc làm (tổng hợp)');
    const none = AREAS.find((a) => a.code === '903')!;
    const empty = await render(DistrictPage, `/quan-huyen/${none.slug}/`, { lang: 'vi', area: none, successors: [], indicators: [INDICATOR], sources: SOURCES, map: MAP });
    expect(empty.querySelector('nav.toc .toc-title')?.textContent).toBe('Chưa có chỉ tiêu nào có số liệu cấp huyện cho địa bàn này.');
    expect(empty.querySelector('main p.small a')?.textContent).toBe('Việc làm (tổng hợp)');
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
