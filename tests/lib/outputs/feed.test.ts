import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { releasedVersions } from '../../../src/lib/data/model.ts';
import { releases, releasesFeed, releaseSummary } from '../../../src/lib/outputs/feed.ts';
import { sitePages } from '../../../src/lib/outputs/pages.ts';
import { robotsTxt, sitemapXml } from '../../../src/lib/outputs/sitemap.ts';
import { dataFilePath, indicatorPath } from '../../../src/lib/routes.ts';
import { SITE, data, files } from './setup.ts';
import { xmlProblems } from './wellformed.ts';

const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const released = data.indicators.reduce((n, i) => n + releasedVersions(i).length, 0);

describe('the well-formedness check itself', () => {
  it('rejects what a lenient parser lets through', () => {
    expect(xmlProblems('<a><b>x</b></a>')).toEqual([]);
    expect(xmlProblems('<a>R&D</a>')).not.toEqual([]);
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a href=x/>')).not.toEqual([]);
    expect(xmlProblems('<a x="1" x="2"/>')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).not.toEqual([]);
  });
});

describe('the Atom feeds of data releases', () => {
  for (const lang of ['vi', 'en'] as const) {
    const xml = releasesFeed(data, files, SITE, lang);

    it(`(${lang}) is well-formed XML`, () => {
      expect(xmlProblems(xml)).toEqual([]);
    });

    it(`(${lang}) has one entry per released version, newest first, linking to the page and the versioned CSV`, () => {
      const doc = parseXml(xml);
      const feed = doc.documentElement;
      expect(feed.tagName).toBe('feed');
      expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
      expect(feed.getAttribute('xml:lang')).toBe(lang);
      const entries = [...doc.getElementsByTagName('entry')];
      expect(entries).toHaveLength(released);
      const dates = entries.map((e) => e.getElementsByTagName('updated')[0]!.textContent!);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(feed.getElementsByTagName('updated')[0]!.textContent).toBe(dates[0]);
      releases(data).forEach((r, i) => {
        const links = [...entries[i]!.getElementsByTagName('link')].map((l) => [l.getAttribute('rel'), l.getAttribute('href')]);
        expect(links).toContainEqual(['alternate', `${SITE}${indicatorPath(lang, r.indicator.id)}`]);
        expect(links).toContainEqual(['enclosure', `${SITE}${dataFilePath(r.indicator.id, r.version.id, 'csv')}`]);
        expect(entries[i]!.getElementsByTagName('title')[0]!.textContent).toContain(r.version.meta.title[lang]);
        expect(entries[i]!.getElementsByTagName('summary')[0]!.textContent).toBe(releaseSummary(r, lang));
      });
    });
  }

  it('summarise what changed against the previous version', () => {
    const second = releases(data).find((r) => r.indicator.id === 'jobs_created' && r.previous?.id === '2023-01-14')!;
    expect(releaseSummary(second, 'en')).toMatch(/Compared with version 2023-01-14: \d+ added, \d+ removed, \d+ revised values\.$/);
    const first = releases(data).find((r) => r.indicator.id === 'jobs_created' && !r.previous)!;
    expect(releaseSummary(first, 'vi')).toMatch(new RegExp(`${first.version.observations.length} giá trị\\.$`));
  });
});

describe('sitemap.xml and robots.txt', () => {
  const xml = sitemapXml(data, SITE);
  const pages = sitePages(data);

  it('is well-formed and lists every page in both languages with hreflang alternates', () => {
    expect(xmlProblems(xml)).toEqual([]);
    const doc = parseXml(xml);
    const urls = [...doc.getElementsByTagName('url')];
    expect(urls).toHaveLength(pages.length * 2);
    const locs = urls.map((u) => u.getElementsByTagName('loc')[0]!.textContent);
    expect(new Set(locs).size).toBe(locs.length);
    for (const p of pages) for (const l of ['vi', 'en'] as const) expect(locs).toContain(`${SITE}${p.paths[l]}`);
    for (const u of urls) {
      const alt = Object.fromEntries([...u.getElementsByTagName('xhtml:link')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      expect(Object.keys(alt).sort()).toEqual(['en', 'vi', 'x-default']);
      expect(Object.values(alt)).toContain(u.getElementsByTagName('loc')[0]!.textContent);
      expect(alt['x-default']).toBe(alt.vi);
    }
  });

  it('robots.txt points to the sitemap', () => {
    expect(robotsTxt(SITE)).toContain(`\nSitemap: ${SITE}/sitemap.xml\n`);
  });
});
