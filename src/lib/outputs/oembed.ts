/**
 * Static oEmbed responses (https://oembed.com, type `rich`) for indicator pages and embed
 * pages, so that a CMS which speaks oEmbed embeds a chart from a pasted page URL: it finds
 * the page's discovery link (`<link rel="alternate" type="application/json+oembed">`) and
 * takes the iframe snippet from here — the same snippet the embed panel offers
 * (site/embed.ts `iframeSnippet`) — with the chart's PNG as thumbnail.
 */
import type { Area, Dataset, Indicator, Version } from '../data/model.ts';
import { latestReleased } from '../data/model.ts';
import type { Lang } from '../format.ts';
import { chartImageSize, chartImageText, PNG_SCALE } from '../og/chart-image.ts';
import { chartImagePath, homePath, LANGS, widgetScriptPath } from '../routes.ts';
import { EMBED_KINDS, embedElements, iframeSnippet } from '../site/embed.ts';
import type { WidgetElement } from '../widgets-contract.ts';
import { hasChartImage } from './chart-images.ts';
import { PUBLISHER } from './citation.ts';
import { absoluteUrl } from './url.ts';

/** The `kind` segment of an indicator page's oEmbed path; embed pages use their embed kind. */
export const OEMBED_PAGE_KIND = 'indicator';

/** Height of the iframe, px: the embed panel's default (the snippet's listener then fits it to its content). */
export const OEMBED_HEIGHT = 420;
/** Width the iframe is offered at, px: the site's wide chart (the snippet itself fills its column, width 100%). */
export const OEMBED_WIDTH = 880;
/**
 * Seconds a consumer may cache the response: an hour, as the `latest` aliases it points to
 * (the embed page and the thumbnail follow each release).
 */
export const OEMBED_CACHE_AGE = 3600;

/** A `rich` oEmbed response (oEmbed 1.0, section 2.3.4), with the optional fields we fill. */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: 'An Sinh';
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/**
 * The element an indicator page's oEmbed embeds: the chart where the latest version has
 * one, else the first element that suits it; none when no embed page exists for it.
 */
export function pageOEmbedElement(version: Version): WidgetElement | undefined {
  const elements = embedElements(version);
  return elements.includes('ansinh-chart') ? 'ansinh-chart' : elements[0];
}

/** One static oEmbed file: a page (`kind` `indicator`) or an embed page (its embed kind). */
export interface OEmbedSpec {
  lang: Lang;
  kind: string;
  indicator: Indicator;
  version: Version;
  element: WidgetElement;
}

/** Every oEmbed file: per language, each indicator page with an embed, and each embed page. */
export function oembedSpecs(data: Dataset): OEmbedSpec[] {
  return LANGS.flatMap((lang) =>
    data.indicators.flatMap((indicator) => {
      const version = latestReleased(indicator);
      const page = version && pageOEmbedElement(version);
      if (!version || !page) return [];
      return [
        { lang, kind: OEMBED_PAGE_KIND, indicator, version, element: page },
        ...embedElements(version).map((element) => ({ lang, kind: EMBED_KINDS[element], indicator, version, element })),
      ];
    }));
}

/** The oEmbed response of one page, every URL absolute on `site`. */
export function oembedResponse(spec: OEmbedSpec, data: Dataset, city: Area, site: string): OEmbedRich {
  const { lang, indicator, version, element } = spec;
  // The iframe snippet does not load the widget script; the input type asks for it.
  const html = iframeSnippet({ element, indicator, version, area: city, lang, site, script: { path: widgetScriptPath(), integrity: null } }, OEMBED_HEIGHT);
  const response: OEmbedRich = {
    type: 'rich',
    version: '1.0',
    title: `${indicator.title[lang]} — An Sinh`,
    author_name: PUBLISHER,
    author_url: absoluteUrl(site, homePath(lang)),
    provider_name: 'An Sinh',
    provider_url: absoluteUrl(site, homePath(lang)),
    cache_age: OEMBED_CACHE_AGE,
    html,
    width: OEMBED_WIDTH,
    height: OEMBED_HEIGHT,
  };
  if (hasChartImage(version)) {
    const size = chartImageSize(version, chartImageText(version, lang, data.sources, site));
    response.thumbnail_url = absoluteUrl(site, chartImagePath(indicator.id, 'latest', lang, 'png'));
    response.thumbnail_width = size.width * PNG_SCALE;
    response.thumbnail_height = size.height * PNG_SCALE;
  }
  return response;
}
