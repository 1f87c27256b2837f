/**
 * Lookups that must succeed, for pages and their components: each returns what it looks
 * for or throws an error that says what was missing (never a silent `undefined`).
 */
import { latestReleased, releasedVersions, type Area, type Indicator, type Source, type Version } from '../data/model.ts';

/** The item with this code; throws, naming `what` and the code, when there is none. */
export function requireByCode<T extends { code: string }>(items: readonly T[], code: string, what: string): T {
  const found = items.find((x) => x.code === code);
  if (!found) throw new Error(`no ${what} with code "${code}"`);
  return found;
}

/** The source with this id; throws when the sources registry has none. */
export function requireSource(sources: ReadonlyMap<string, Source>, id: string): Source {
  const found = sources.get(id);
  if (!found) throw new Error(`no source with id "${id}" in the sources registry`);
  return found;
}

/** The city (the one area of level `city`). */
export function requireCity(areas: readonly Area[]): Area {
  const city = areas.find((a) => a.level === 'city');
  if (!city) throw new Error('the area registry has no city (level "city")');
  return city;
}

/** An indicator's latest released version; pages exist only for indicators that have one. */
export function requireLatest(indicator: Indicator): Version {
  const version = latestReleased(indicator);
  if (!version) throw new Error(`indicator "${indicator.id}" has no released version`);
  return version;
}

/** The site's absolute URL (astro.config.mjs `site`): every page needs it for its links. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs sets no `site`: canonical links, snippets and citations need it');
  return site;
}

/** An indicator's first released version. */
export function requireFirst(indicator: Indicator): Version {
  const [first] = releasedVersions(indicator);
  if (!first) throw new Error(`indicator "${indicator.id}" has no released version`);
  return first;
}

/** Sources by publisher, as the pages list them. */
export const byPublisher = (sources: Iterable<Source>): Source[] => [...sources].sort((a, b) => a.publisher.localeCompare(b.publisher, 'vi'));
