import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { latestReleased } from '../../../src/lib/data/model.ts';
import { OEMBED_PAGE_KIND, oembedResponse, oembedSpecs } from '../../../src/lib/outputs/oembed.ts';
import { embedPath } from '../../../src/lib/routes.ts';
import { getDataset } from '../../../src/lib/site/dataset.ts';
import { requireCity } from '../../../src/lib/site/lookup.ts';

const data = getDataset();
const city = requireCity(data.areas);
const SITE = 'https://ansinh.example.org';
const specs = oembedSpecs(data);

describe('oembedResponse', () => {
  const page = specs.find((s) => s.indicator.id === 'jobs_created' && s.kind === OEMBED_PAGE_KIND && s.lang === 'vi')!;
  const r = oembedResponse(page, data, city, SITE);

  it('is a rich oEmbed 1.0 response with the required fields (oEmbed spec 2.3.4)', () => {
    expect(r.type).toBe('rich');
    expect(r.version).toBe('1.0');
    expect(r.provider_name).toBe('An Sinh');
    expect(r.provider_url).toBe(`${SITE}/`);
    expect(r.title).toBe('Lao động được giải quyết việc làm — An Sinh');
    expect(Number.isInteger(r.width) && r.width > 0).toBe(true);
    expect(Number.isInteger(r.height) && r.height > 0).toBe(true);
    expect(Number.isInteger(r.cache_age)).toBe(true);
  });

  it("embeds the page's chart through the iframe snippet, whose src is the embed page", () => {
    const { document } = parseHTML(`<body>${r.html}</body>`);
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(`${SITE}${embedPath('vi', 'chart', 'jobs_created')}`);
  });

  it('names the latest PNG as thumbnail, with its pixel size', () => {
    expect(r.thumbnail_url).toBe(`${SITE}/data/jobs_created/latest/chart-vi.png`);
    expect(r.thumbnail_width).toBe(1760);
    expect(r.thumbnail_height! > 400).toBe(true);
  });
});

describe('oembedSpecs', () => {
  it('covers each embed page of each indicator in both languages, and its page', () => {
    const jobs = specs.filter((s) => s.indicator.id === 'jobs_created');
    expect(jobs.map((s) => `${s.lang}/${s.kind}`).sort()).toEqual(['en/chart', 'en/district-compare', 'en/headline', 'en/indicator', 'en/jobs-progress', 'vi/chart', 'vi/district-compare', 'vi/headline', 'vi/indicator', 'vi/jobs-progress']);
  });

  it('gives no thumbnail where the version has no chart image', () => {
    for (const s of specs) {
      const r = oembedResponse(s, data, city, SITE);
      if (r.thumbnail_url === undefined) expect([r.thumbnail_width, r.thumbnail_height]).toEqual([undefined, undefined]);
      else expect(latestReleased(s.indicator)).toBeDefined();
    }
  });
});
