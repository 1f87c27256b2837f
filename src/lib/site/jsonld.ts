import type { Indicator } from '../data/model.ts';
import type { Lang } from '../format.ts';
import { UI } from '../i18n/index.ts';
import { absoluteUrl } from '../outputs/url.ts';
import { dataFilePath, indicatorPath } from '../routes.ts';
import { requireFirst, requireLatest } from './lookup.ts';

/** schema.org `Dataset` for an indicator page: what search engines index as a dataset. */
export function indicatorJsonLd(indicator: Indicator, lang: Lang, site: URL): Record<string, unknown> {
  const latest = requireLatest(indicator);
  const abs = (p: string) => absoluteUrl(site, p);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: indicator.title[lang],
    description: `${indicator.description[lang]} ${indicator.definition[lang]}`,
    url: abs(indicatorPath(lang, indicator.id)),
    inLanguage: lang,
    version: latest.id,
    dateModified: latest.id,
    datePublished: requireFirst(indicator).id,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    spatialCoverage: { '@type': 'Place', name: UI.jsonLd.place[lang] },
    creator: { '@type': 'Organization', name: 'An Sinh' },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: abs(dataFilePath(indicator.id, latest.id, 'csv')) },
      { '@type': 'DataDownload', encodingFormat: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentUrl: abs(dataFilePath(indicator.id, latest.id, 'xlsx')) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: abs(dataFilePath(indicator.id, latest.id, 'json-v2')) },
    ],
  };
}
