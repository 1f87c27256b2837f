/**
 * Which chart images the build publishes (`chartImagePath` in routes.ts): for each
 * indicator, each released version whose city figures make a chart or, without one, whose
 * district figures make a district map, and the `latest` alias of the newest such version;
 * in both languages; as SVG and PNG. Pure: the pixels are drawn by
 * src/lib/og/chart-image.ts. Pages, feeds and oEmbed ask {@link hasChartImage} before they
 * link to an image, so nothing links to one that does not exist.
 */
import { CITY_CODE, latestReleased, releasedVersions, type Dataset, type Indicator, type Observation, type Version } from '../data/model.ts';
import type { Period } from '../data/period.ts';
import type { Lang } from '../format.ts';
import { districtMapPeriod } from '../prepare/district-map.ts';
import { chartData, currentYearToDate, outcomesOf } from '../prepare/series.ts';
import type { ChartData } from '../prepare/types.ts';
import { LANGS, type ChartImageExt, type VersionRef } from '../routes.ts';

export const CHART_IMAGE_EXTS: readonly ChartImageExt[] = ['svg', 'png'];

/** The chart of a version: the version's own metadata (unit, breaks) and its city figures. */
export const versionChartData = (version: Version): ChartData => chartData(version.meta, version, CITY_CODE);

/**
 * Whether a version's city chart draws anything: what plotLayout (charts/layout.ts) draws —
 * outcomes (a flow's parts of years only as the current year's partial bar), plans,
 * targets and national levels. Without any, the chart would say "no data".
 */
export function hasCityChart(version: Version): boolean {
  const data = versionChartData(version);
  const current = currentYearToDate(data);
  const outcomes = outcomesOf(data).filter((p) => data.temporal !== 'flow' || !p.partial || p === current);
  return outcomes.length + data.plan.length + data.target.length + data.reference.length > 0;
}

/** The district map of a version: the period the indicator page's map would show, and that period's district figures. */
export interface VersionMap {
  period: Period;
  observations: Observation[];
}

/** The version's district map, when its district figures make one (district-map.ts chooses the period). */
export function versionMapData(version: Version): VersionMap | undefined {
  const districts = version.observations.filter((o) => o.area !== CITY_CODE);
  const period = districtMapPeriod(districts);
  return period && { period, observations: districts.filter((o) => o.period.id === period.id) };
}

/** What a version's image draws: its city chart; failing that, its district map; failing both, nothing (no image). */
export type ChartImageKind = 'chart' | 'map';

const kinds = new WeakMap<Version, ChartImageKind | null>();

/**
 * Asked by the indicator page, the feeds, oEmbed and the image routes of every version:
 * worked out (a chart's whole series) once per version.
 */
export function chartImageKind(version: Version): ChartImageKind | undefined {
  let kind = kinds.get(version);
  if (kind === undefined) kinds.set(version, (kind = hasCityChart(version) ? 'chart' : versionMapData(version) ? 'map' : null));
  return kind ?? undefined;
}

/** Whether a version has images: a city chart or a district map. */
export const hasChartImage = (version: Version): boolean => chartImageKind(version) !== undefined;

/** The observations a version's image shows (its sources are theirs). */
export function chartImageObservations(version: Version): Observation[] {
  const kind = chartImageKind(version);
  if (kind === 'map') return versionMapData(version)!.observations;
  return kind === 'chart' ? version.observations.filter((o) => o.area === CITY_CODE) : [];
}

/** One chart image to build: which version it draws, under which folder name, in which language. */
export interface ChartImageSpec {
  indicator: Indicator;
  version: Version;
  /** The folder: the version's id, or `latest` for the newest released version. */
  ref: VersionRef;
  lang: Lang;
}

/** The version refs of an indicator that have images: each released version with a chart or map, and `latest` when the newest has one. */
export function chartImageRefs(indicator: Indicator): { ref: VersionRef; version: Version }[] {
  const refs = releasedVersions(indicator).filter(hasChartImage).map((version) => ({ ref: version.id as VersionRef, version }));
  const newest = latestReleased(indicator);
  if (newest && hasChartImage(newest)) refs.push({ ref: 'latest', version: newest });
  return refs;
}

/** Every chart image of the site, per language (each is built as SVG and PNG). */
export function chartImageSpecs(data: Dataset): ChartImageSpec[] {
  return data.indicators.flatMap((indicator) =>
    chartImageRefs(indicator).flatMap(({ ref, version }) => LANGS.map((lang) => ({ indicator, version, ref, lang }))));
}
