/**
 * The one place pages get their data. Each page route calls one of these functions (the
 * dynamic routes through getStaticPaths, src/lib/site/static-paths.ts) and hands the result
 * to its component as props; components never load anything, so any of them can be
 * rendered with test data. The dataset is loaded once per build (getDataset).
 */
import type { DistrictCollection } from '../charts/geo.ts';
import { releasedVersions, type Area, type Commune, type Dataset, type Indicator, type Reform, type Successor } from '../data/model.ts';
import type { WidgetElement } from '../widgets-contract.ts';
import { getDataset } from './dataset.ts';
import { byPublisher, requireByCode, requireCity, requireLatest } from './lookup.ts';
import { districtBoundaries } from './geo.ts';
import { widgetBundle } from './widget-bundle.ts';

/** What a district map needs besides its values: the areas (names, slugs) and their outlines. */
export interface MapBase {
  areas: readonly Area[];
  boundaries: DistrictCollection;
}

/** The built widget script, as pages reference it; undefined before `npm run build:widgets`. */
export interface WidgetScript {
  /** Subresource Integrity value, `sha384-…`. */
  integrity: string;
}

/** A 2025 commune-level unit covering (part of) a district's territory. */
export interface SuccessorUnit {
  commune: Commune;
  coverage: Successor['coverage'];
}

function requireReform(data: Dataset): Reform {
  if (!data.reform) throw new Error('the data folder has no areas/reform-2025.json');
  return data.reform;
}

const mapBase = (data: Dataset): MapBase => ({ areas: data.areas, boundaries: districtBoundaries() });

function widgetScript(): WidgetScript | undefined {
  const bundle = widgetBundle();
  return bundle && { integrity: bundle.integrity };
}

export function homeData() {
  const data = getDataset();
  return { indicators: data.indicators, map: mapBase(data) };
}

export function indicatorsIndexData() {
  return { indicators: getDataset().indicators };
}

export function districtsIndexData() {
  return { map: mapBase(getDataset()) };
}

export function aboutData() {
  const data = getDataset();
  return { indicators: data.indicators, sources: byPublisher(data.sources.values()), reform: requireReform(data) };
}

export function indicatorPageData(indicator: Indicator) {
  const data = getDataset();
  return {
    indicator,
    version: requireLatest(indicator),
    versions: releasedVersions(indicator),
    city: requireCity(data.areas),
    sources: data.sources,
    map: mapBase(data),
    widget: widgetScript(),
  };
}

export function districtPageData(area: Area) {
  const data = getDataset();
  const successors: SuccessorUnit[] = data.successors
    .filter((s) => s.districtCode === area.code)
    .map((s) => ({ commune: requireByCode(data.communes, s.communeCode, 'commune-level unit'), coverage: s.coverage }))
    .sort((a, b) => a.commune.nameVi.localeCompare(b.commune.nameVi, 'vi'));
  return { area, successors, indicators: data.indicators, sources: data.sources, map: mapBase(data) };
}

export function embedPageData(indicator: Indicator, element: WidgetElement) {
  const data = getDataset();
  return { indicator, element, version: requireLatest(indicator), city: requireCity(data.areas), widget: widgetScript() };
}

export function embedBuilderData() {
  const data = getDataset();
  return { indicators: data.indicators, areas: data.areas, widget: widgetScript() };
}
