/**
 * The list of HTML pages of the site, in both languages: what the sitemap lists, and what
 * the page routes' getStaticPaths must produce (a test can compare the two).
 */
import { releasedVersions, type Dataset } from '../data/model.ts';
import type { Lang } from '../format.ts';
import {
  aboutPath, districtPath, districtsIndexPath, embedBuilderPath, homePath, indicatorPath, indicatorSlug, indicatorsIndexPath, LANGS, searchPath,
} from '../routes.ts';

export type SitePageKind = 'home' | 'indicators' | 'indicator' | 'districts' | 'district' | 'embed-builder' | 'about' | 'search';

/** One page, present in every language. */
export interface SitePage {
  kind: SitePageKind;
  /** Indicator id or district GSO code, for per-item pages. */
  key?: string;
  /** The route parameter of per-item pages: the indicator slug or the district slug. */
  slug?: string;
  /** Root-relative path in each language. */
  paths: Record<Lang, string>;
  /** ISO date of the newest release shown on the page (indicator pages only). */
  lastmod?: string;
}

const inEveryLang = (path: (lang: Lang) => string): Record<Lang, string> =>
  Object.fromEntries(LANGS.map((l) => [l, path(l)])) as Record<Lang, string>;

/**
 * Every page: home, indicators index, each indicator with a released version, districts
 * index, each district (abolished ones included: their pages say so), the embed builder,
 * about and search.
 * Indicators keep the dataset's order; districts are ordered by GSO code.
 */
export function sitePages(data: Dataset): SitePage[] {
  const out: SitePage[] = [
    { kind: 'home', paths: inEveryLang(homePath) },
    { kind: 'indicators', paths: inEveryLang(indicatorsIndexPath) },
  ];
  for (const ind of data.indicators) {
    const newest = releasedVersions(ind).at(-1);
    if (!newest) continue;
    out.push({ kind: 'indicator', key: ind.id, slug: indicatorSlug(ind.id), paths: inEveryLang((l) => indicatorPath(l, ind.id)), lastmod: newest.id });
  }
  out.push({ kind: 'districts', paths: inEveryLang(districtsIndexPath) });
  const districts = data.areas.filter((a) => a.level === 'district').sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const d of districts) out.push({ kind: 'district', key: d.code, slug: d.slug, paths: inEveryLang((l) => districtPath(l, d.slug)) });
  out.push({ kind: 'embed-builder', paths: inEveryLang(embedBuilderPath) });
  out.push({ kind: 'about', paths: inEveryLang(aboutPath) }, { kind: 'search', paths: inEveryLang(searchPath) });
  return out;
}
