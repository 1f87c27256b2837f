/**
 * The site's interface text: every word a page, a chart, a feed or a share image shows, in
 * Vietnamese and English, in one table ({@link UI}). Its sections live in this folder, one
 * file per part of the site, and code that needs only one section (the widgets, through
 * src/lib/prepare/labels.ts and src/lib/prepare/summary.ts) imports that file alone.
 * tests/lib/i18n.test.ts checks every entry of {@link UI} for parity between the languages.
 *
 * Entries are `{ vi, en }` phrases, or templates whose `vi` and `en` functions take the same
 * named values: `UI.district.rank[lang]({ rank, peers, median })`.
 */
import { CHART_TEXT } from './chart.ts';
import { BUILDER_TEXT, FALLBACK_TEXT } from './embed.ts';
import {
  AREA_TYPE_LABEL,
  BOUND_WORDS,
  FLAG_EXPLANATION,
  FLAG_LABEL,
  MEASURE_LABEL,
  SOURCE_KIND_LABEL,
  SOURCE_LANGUAGE_LABEL,
  TOPIC_LABEL,
} from './labels.ts';
import { CARD_TEXT, CHART_IMAGE_TEXT, CITATION_TEXT, COLUMN_TEXT, COLUMN_TEXT_CURRENT, FEED_TEXT, JSON_LD_TEXT } from './outputs.ts';
import { PLACE_TEXT } from './names.ts';
import {
  ABOUT_TEXT,
  COMMUNE_NAME,
  DISTRICT_NAME,
  DISTRICT_TEXT,
  DISTRICTS_INDEX_TEXT,
  DOWNLOAD_TEXT,
  EMBED_TEXT,
  HOME_TEXT,
  INDICATOR_CARDS_TEXT,
  INDICATOR_TEXT,
  INDICATORS_INDEX_TEXT,
  MAP_TEXT,
  NOT_FOUND_TEXT,
  PILLAR_TEXT,
  REVISION_TEXT,
  SEARCH_TEXT,
} from './pages.ts';
import { SITE_TEXT } from './site.ts';
import { SUMMARY_TEXT } from './summary.ts';
import type { Table } from './types.ts';

export const UI = {
  site: SITE_TEXT,
  place: PLACE_TEXT,
  topic: TOPIC_LABEL,
  areaType: AREA_TYPE_LABEL,
  districtName: DISTRICT_NAME,
  communeName: COMMUNE_NAME,
  measure: MEASURE_LABEL,
  flag: FLAG_LABEL,
  flagExplanation: FLAG_EXPLANATION,
  bound: BOUND_WORDS,
  sourceKind: SOURCE_KIND_LABEL,
  sourceLanguage: SOURCE_LANGUAGE_LABEL,
  chart: CHART_TEXT,
  summary: SUMMARY_TEXT,
  home: HOME_TEXT,
  indicatorCards: INDICATOR_CARDS_TEXT,
  indicatorsIndex: INDICATORS_INDEX_TEXT,
  pillar: PILLAR_TEXT,
  indicator: INDICATOR_TEXT,
  district: DISTRICT_TEXT,
  districtsIndex: DISTRICTS_INDEX_TEXT,
  map: MAP_TEXT,
  download: DOWNLOAD_TEXT,
  embed: EMBED_TEXT,
  builder: BUILDER_TEXT,
  fallback: FALLBACK_TEXT,
  revisions: REVISION_TEXT,
  about: ABOUT_TEXT,
  search: SEARCH_TEXT,
  notFound: NOT_FOUND_TEXT,
  feed: FEED_TEXT,
  card: CARD_TEXT,
  chartImage: CHART_IMAGE_TEXT,
  citation: CITATION_TEXT,
  jsonLd: JSON_LD_TEXT,
  column: COLUMN_TEXT,
  columnCurrent: COLUMN_TEXT_CURRENT,
} as const satisfies Table;

export { TOPIC_ORDER } from './labels.ts';
export { formatDate, periodLabel, periodObject, periodPhrase, sinceLabel, sincePhrase } from './dates.ts';
export type { Localized, Template } from './types.ts';
export { areaName, placeName, withScope } from './names.ts';
