/**
 * getStaticPaths of the localised routes. Astro needs one route file per language
 * (the path segments differ: /chi-tieu/ and /en/indicators/); both files call these.
 * Each path's props are everything its page component needs (src/lib/site/page-data.ts).
 */
import { latestReleased } from '../data/model.ts';
import { indicatorSlug } from '../routes.ts';
import { getDataset } from './dataset.ts';
import { EMBED_KINDS, embedElements } from './embed.ts';
import { districtPageData, embedPageData, indicatorPageData } from './page-data.ts';

/** Indicator pages: every indicator with a released version. */
export const indicatorStaticPaths = () =>
  getDataset()
    .indicators.filter((indicator) => latestReleased(indicator))
    .map((indicator) => ({ params: { slug: indicatorSlug(indicator.id) }, props: indicatorPageData(indicator) }));

/** District pages: all 30 districts, abolished or not. */
export const districtStaticPaths = () =>
  getDataset()
    .areas.filter((area) => area.level === 'district')
    .map((area) => ({ params: { slug: area.slug }, props: districtPageData(area) }));

/** Embed pages: each element that suits an indicator's latest release. */
export const embedStaticPaths = () =>
  getDataset().indicators.flatMap((indicator) => {
    const version = latestReleased(indicator);
    return version
      ? embedElements(version).map((element) => ({ params: { kind: EMBED_KINDS[element], slug: indicatorSlug(indicator.id) }, props: embedPageData(indicator, element) }))
      : [];
  });
