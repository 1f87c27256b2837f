import { describe, expect, it } from 'vitest';
import { latestReleased } from '../../../src/lib/data/model.ts';
import { sitePages } from '../../../src/lib/outputs/pages.ts';
import { alternatePath, districtPath, indicatorIdFromSlug } from '../../../src/lib/routes.ts';
import { data } from './setup.ts';

const pages = sitePages(data);

describe('sitePages', () => {
  it('lists home, the indices, every indicator, the 30 districts, the embed builder, about and search', () => {
    const count = (k: string) => pages.filter((p) => p.kind === k).length;
    expect([count('home'), count('indicators'), count('districts'), count('embed-builder'), count('about'), count('search')]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(pages.find((p) => p.kind === 'embed-builder')!.paths).toEqual({ vi: '/nhung/', en: '/en/embed/' });
    expect(count('indicator')).toBe(data.indicators.filter((i) => latestReleased(i)).length);
    expect(count('district')).toBe(30);
    expect(pages.find((p) => p.kind === 'district' && p.key === '001')!.paths).toEqual({ vi: districtPath('vi', 'ba-dinh'), en: districtPath('en', 'ba-dinh') });
  });

  it('gives every page one path per language, unique, each the other\'s alternate', () => {
    const all = pages.flatMap((p) => [p.paths.vi, p.paths.en]);
    expect(new Set(all).size).toBe(all.length);
    for (const p of pages) {
      expect(p.paths.en.startsWith('/en/')).toBe(true);
      expect(alternatePath(p.paths.vi, 'en')).toBe(p.paths.en);
      expect(alternatePath(p.paths.en, 'vi')).toBe(p.paths.vi);
      expect(p.paths.vi.endsWith('/')).toBe(true);
    }
  });

  it('carries the route parameter of per-item pages and the newest release date of indicators', () => {
    for (const p of pages.filter((x) => x.kind === 'indicator')) {
      expect(indicatorIdFromSlug(p.slug!)).toBe(p.key);
      expect(p.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
