/**
 * The Atom feeds of data releases (RFC 4287): one entry per released version of each
 * indicator, newest first, linking to the indicator page and the versioned CSV. The
 * summary says what changed against the previous version (the same diff the pages show).
 */
import { diffVersions } from '../data/diff.ts';
import { releasedVersions, type Dataset, type Indicator, type Version } from '../data/model.ts';
import type { Lang } from '../format.ts';
import { UI } from '../i18n/index.ts';
import { chartImagePath, dataFilePath, feedPath, homePath, indicatorPath, LANGS } from '../routes.ts';
import { chartImageKind } from './chart-images.ts';
import { PUBLISHER } from './citation.ts';
import { publishedFile, type PublishedFile } from './files.ts';
import { absoluteUrl } from './url.ts';
import { escapeXml } from '../escape.ts';

const TEXT = UI.feed;

/** One release, as the feed lists it. */
export interface Release {
  indicator: Indicator;
  version: Version;
  /** The released version before it, if any. */
  previous: Version | undefined;
}

/** Every released version of every indicator, newest first (ties: by indicator id). */
export function releases(data: Dataset): Release[] {
  const out: Release[] = data.indicators.flatMap((indicator) => {
    const released = releasedVersions(indicator);
    return released.map((version, i) => ({ indicator, version, previous: released[i - 1] }));
  });
  return out.sort((a, b) => (a.version.id !== b.version.id ? (a.version.id < b.version.id ? 1 : -1) : a.indicator.id < b.indicator.id ? -1 : 1));
}

/** The plain-text summary of a release: its note, then what changed. */
export function releaseSummary(release: Release, lang: Lang): string {
  const note = release.version.notes[lang].trim();
  let change: string;
  if (!release.previous) change = TEXT.first[lang]({ n: release.version.observations.length });
  else {
    const d = diffVersions(release.previous, release.version);
    change = TEXT.changes[lang]({ from: release.previous.id, added: d.added.length, removed: d.removed.length, revised: d.revised.length });
  }
  return note ? `${note} ${change}` : change;
}

const atomDate = (isoDate: string) => `${isoDate}T00:00:00Z`;

/** The Atom feed of data releases in one language. */
export function releasesFeed(data: Dataset, files: ReadonlyMap<string, PublishedFile>, site: string, lang: Lang): string {
  const abs = (path: string) => escapeXml(absoluteUrl(site, path));
  const all = releases(data);
  const updated = all[0] ? atomDate(all[0].version.id) : '1970-01-01T00:00:00Z';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    // Media RSS names each entry's chart image for readers that show one beside it.
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="${lang}">`,
    `  <id>${abs(feedPath(lang))}</id>`,
    `  <title>${escapeXml(TEXT.title[lang])}</title>`,
    `  <subtitle>${escapeXml(TEXT.subtitle[lang])}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(PUBLISHER)}</name><uri>${abs(homePath(lang))}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${abs(feedPath(lang))}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${abs(homePath(lang))}"/>`,
    ...LANGS.filter((l) => l !== lang).map((l) => `  <link rel="alternate" type="application/atom+xml" hreflang="${l}" href="${abs(feedPath(l))}"/>`),
  ];
  for (const r of all) {
    const { indicator, version } = r;
    const csv = publishedFile(files, dataFilePath(indicator.id, version.id, 'csv'));
    const json = publishedFile(files, dataFilePath(indicator.id, version.id, 'json'));
    const date = atomDate(version.id);
    lines.push(
      '  <entry>',
      `    <id>${abs(csv.path)}</id>`,
      `    <title>${escapeXml(TEXT.entry[lang]({ title: version.meta.title[lang], version: version.id }))}</title>`,
      `    <published>${date}</published>`,
      `    <updated>${date}</updated>`,
      `    <link rel="alternate" type="text/html" hreflang="${lang}" href="${abs(indicatorPath(lang, indicator.id))}"/>`,
      `    <link rel="enclosure" type="text/csv" title="${escapeXml(TEXT.csv[lang])}" length="${csv.size}" href="${abs(csv.path)}"/>`,
      `    <link rel="related" type="application/json" length="${json.size}" href="${abs(json.path)}"/>`,
      `    <category term="${escapeXml(version.meta.topic)}"/>`,
      `    <summary type="text">${escapeXml(releaseSummary(r, lang))}</summary>`,
    );
    const kind = chartImageKind(version);
    if (kind) {
      // The version's chart (or district map), where no script runs: as an enclosure and a Media RSS thumbnail
      // for feed readers, and inside the content for readers and e-mail digests that show
      // only the content.
      const png = abs(chartImagePath(indicator.id, version.id, lang, 'png'));
      const alt = escapeXml(UI.chartImage[kind === 'map' ? 'mapAlt' : 'alt'][lang]({ title: version.meta.title[lang] }));
      const html = `<p>${escapeXml(releaseSummary(r, lang))}</p><p><img src="${png}" alt="${alt}" width="880"/></p>`;
      lines.push(
        `    <link rel="enclosure" type="image/png" title="${alt}" href="${png}"/>`,
        `    <media:thumbnail url="${png}"/>`,
        `    <content type="html">${escapeXml(html)}</content>`,
      );
    }
    lines.push('  </entry>');
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
