import { describe, expect, it } from 'vitest';
import {
  alternatePath, aboutPath, chartImagePath, dataFilePath, embedBuilderPath, embedPath, districtPath, homePath, indicatorIdFromSlug, indicatorPath, indicatorSlug,
} from '../../src/lib/routes.ts';

describe('routes', () => {
  it('puts Vietnamese pages at the root and English ones under /en/', () => {
    expect(homePath('vi')).toBe('/');
    expect(homePath('en')).toBe('/en/');
    expect(indicatorPath('vi', 'jobs_created')).toBe('/chi-tieu/jobs-created/');
    expect(indicatorPath('en', 'jobs_created')).toBe('/en/indicators/jobs-created/');
    expect(districtPath('vi', 'ba-vi')).toBe('/quan-huyen/ba-vi/');
    expect(aboutPath('en')).toBe('/en/about/');
  });

  it('round-trips indicator ids through page slugs', () => {
    expect(indicatorIdFromSlug(indicatorSlug('poor_household_rate'))).toBe('poor_household_rate');
  });

  it('maps every page to the same page in the other language', () => {
    for (const [vi, en] of [
      ['/', '/en/'],
      ['/chi-tieu/jobs-created/', '/en/indicators/jobs-created/'],
      ['/quan-huyen/ba-vi/', '/en/districts/ba-vi/'],
      ['/gioi-thieu/', '/en/about/'],
      ['/chi-tieu/', '/en/indicators/'],
      ['/nhung/', '/en/embed/'],
      ['/embed/chart/jobs-created/', '/en/embed/chart/jobs-created/'],
    ] as const) {
      expect(alternatePath(vi, 'en')).toBe(en);
      expect(alternatePath(en, 'vi')).toBe(vi);
      expect(alternatePath(vi, 'vi')).toBe(vi);
    }
    expect(alternatePath('/no-such-section/x/', 'en')).toBe('/en/');
  });

  it('puts the embed builder beside the embed pages, and chart images beside the data files', () => {
    expect(embedBuilderPath('vi')).toBe('/nhung/');
    expect(embedBuilderPath('en')).toBe('/en/embed/');
    // The English builder is the parent folder of the English embed pages, which stay embed pages.
    expect(embedPath('en', 'chart', 'jobs_created').startsWith(embedBuilderPath('en'))).toBe(true);
    expect(chartImagePath('jobs_created', 'latest', 'en', 'svg')).toBe('/data/jobs_created/latest/chart-en.svg');
  });

  it('gives data files stable per-version URLs and a latest alias', () => {
    expect(dataFilePath('jobs_created', '2026-11-26', 'csv')).toBe('/data/jobs_created/2026-11-26/jobs_created.csv');
    expect(dataFilePath('jobs_created', 'latest', 'excel-csv')).toBe('/data/jobs_created/latest/jobs_created-excel.csv');
    expect(dataFilePath('jobs_created', 'latest', 'sha256sums')).toBe('/data/jobs_created/latest/SHA256SUMS');
  });
});
