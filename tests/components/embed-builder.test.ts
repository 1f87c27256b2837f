/**
 * The embed panel and the builder page, rendered by Astro's container API from the mini
 * synthetic dataset (tests/fixtures/site/mini.ts): what a reader without JavaScript gets.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import EmbedBuilderPage from '../../src/components/EmbedBuilderPage.astro';
import EmbedPanel from '../../src/components/EmbedPanel.astro';
import { requireLatest } from '../../src/lib/site/lookup.ts';
import type { BuilderConfig } from '../../src/lib/site/embed-builder.ts';
import { AREAS, INDICATOR } from '../fixtures/site/mini.ts';

const SITE = 'https://ansinh.example.org';
const widget = { integrity: 'sha384-test' };
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: SITE } });
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], path: string, props: Record<string, unknown>): Promise<Document> {
  const html = await container.renderToString(component, { props, request: new Request(new URL(path, SITE)) });
  return parseHTML(html).document;
}

describe('the embed panel of an indicator page', () => {
  it('without JavaScript: default snippets as selectable text, every control hidden, out of the search index', async () => {
    const doc = await render(EmbedPanel, '/en/indicators/synthetic-jobs/', { lang: 'en', indicator: INDICATOR, version: requireLatest(INDICATOR), areas: AREAS, widget });
    const section = doc.querySelector('section.embed')!;
    expect(section.getAttribute('data-pagefind-ignore')).toBe('all');
    const codes = [...section.querySelectorAll('pre > code')].map((c) => c.textContent ?? '');
    expect(codes).toHaveLength(3);
    expect(codes[0]).toContain('<script type="module" src="https://ansinh.example.org/widgets/');
    expect(codes[0]).toContain('integrity="sha384-test"');
    expect(codes[0]).toContain('<ansinh-chart indicator="synthetic_jobs" lang="en">');
    expect(codes[0]).toContain('<td>1,200 persons</td>'); // the latest figure, in the fallback table
    expect(codes[0]).toContain('<td>109.1%</td>'); // 1,200 of the plan 1,100
    expect(codes[1]).toContain('<iframe data-ansinh src="https://ansinh.example.org/en/embed/chart/synthetic-jobs/"');
    expect(codes[2]).toContain('src="https://ansinh.example.org/data/synthetic_jobs/latest/chart-en.png"');
    // No dead control: the form, the preview and the copy buttons wait for the script.
    expect(section.querySelector('form')!.hasAttribute('hidden')).toBe(true);
    expect(section.querySelector('[data-builder-preview]')!.hasAttribute('hidden')).toBe(true);
    for (const b of section.querySelectorAll('button')) expect(b.hasAttribute('hidden')).toBe(true);
    // Image links get their href from the script (the files are built by the image step).
    for (const a of section.querySelectorAll('a[data-image]')) expect(a.hasAttribute('href')).toBe(false);
    expect(section.querySelector('noscript')?.textContent).toContain('needs JavaScript');
    expect(section.querySelector('a[href="/en/embed/"]')).not.toBeNull();
  });

  it('labels every control, and the indicator is fixed on its own page', async () => {
    const doc = await render(EmbedPanel, '/chi-tieu/synthetic-jobs/', { lang: 'vi', indicator: INDICATOR, version: requireLatest(INDICATOR), areas: AREAS, widget });
    const controls = [...doc.querySelectorAll('select, input:not([type=hidden]), textarea')];
    expect(controls.length).toBeGreaterThan(10);
    const unlabelled = controls.filter((c) => !doc.querySelector(`label[for="${c.id}"]`)?.textContent?.trim()).map((c) => c.outerHTML);
    expect(unlabelled).toEqual([]);
    expect(doc.querySelector('input[type=hidden][name=indicator]')?.getAttribute('value')).toBe('synthetic_jobs');
    const config = JSON.parse(doc.querySelector('[data-builder-config]')!.textContent!) as BuilderConfig;
    expect(config.indicators.map((i) => i.id)).toEqual(['synthetic_jobs']);
    expect(config.indicators[0]!.versions).toEqual(['2023-01-14', '2024-01-14']);
    expect(config.previewScript).toMatch(/^\/widgets\/\d+\.\d+\.\d+\/ansinh\.js$/);
    expect(config.site).toBe('https://ansinh.example.org/');
  });

  it('is left out without a widget build', async () => {
    const doc = await render(EmbedPanel, '/chi-tieu/synthetic-jobs/', { lang: 'vi', indicator: INDICATOR, version: requireLatest(INDICATOR), areas: AREAS, widget: undefined });
    expect(doc.querySelector('section.embed')).toBeNull();
  });
});

describe('the embed builder page', () => {
  it('offers every released indicator, in the page language, with the nav entry marked current', async () => {
    const second = { ...INDICATOR, id: 'synthetic_two', title: { vi: 'Chỉ tiêu thứ hai', en: 'Second' } };
    const unreleased = { ...INDICATOR, id: 'synthetic_draft', versions: INDICATOR.versions.map((v) => ({ ...v, released: false })) };
    const doc = await render(EmbedBuilderPage, '/nhung/', { lang: 'vi', indicators: [INDICATOR, second, unreleased], areas: AREAS, widget });
    expect(doc.querySelector('h1')?.textContent).toBe('Nhúng biểu đồ vào bài viết');
    expect(doc.querySelector('nav a[aria-current="page"]')?.getAttribute('href')).toBe('/nhung/');
    expect(doc.querySelector('link[hreflang="en"]')?.getAttribute('href')).toBe('https://ansinh.example.org/en/embed/');
    expect([...doc.querySelectorAll('select[name=indicator] option')].map((o) => o.textContent)).toEqual(['Việc làm (tổng hợp)', 'Chỉ tiêu thứ hai']);
    expect(doc.querySelector('label[for="eb-indicator"]')?.textContent).toBe('Chỉ tiêu');
    expect(doc.querySelector('pre code')?.textContent).toContain('lang="vi"');
  });
});
