/**
 * How to cite one released version of an indicator: plain text, BibTeX and CSL-JSON, in
 * each site language. Citations point at the versioned CSV, never at `latest`, so a
 * citation keeps meaning the figures the author saw.
 */
import { LICENCES } from '../data/datapackage.ts';
import type { Indicator, Version } from '../data/model.ts';
import type { Lang } from '../format.ts';
import { UI } from '../i18n/index.ts';
import { dataFilePath, releaseZipPath } from '../routes.ts';
import { absoluteUrl } from './url.ts';

/** Publisher (and corporate author) of every dataset. */
export const PUBLISHER = 'An Sinh';

/** What a citation is built from. */
export interface CitationInput {
  indicator: Indicator;
  /** A released version; its id is the release date, its metadata gives the title and licence. */
  version: Pick<Version, 'id' | 'meta'>;
  /** Absolute site URL, e.g. `https://ansinh.example.org`. */
  site: string;
  /**
   * The retrieval date, `YYYY-MM-DD`, shown as "truy cập ngày …" / "retrieved …", BibTeX
   * `urldate` and CSL `accessed`. A page gives its build date (the only date a static page
   * knows); the versioned downloads give none, so their bytes never depend on the build.
   */
  accessed?: string | undefined;
}

/** A CSL-JSON item (the subset written here), as read by Zotero, Pandoc and citeproc. */
export interface CslItem {
  id: string;
  type: 'dataset';
  title: string;
  author: { literal: string }[];
  publisher: string;
  issued: { 'date-parts': [[number, number, number]] };
  version: string;
  URL: string;
  language: Lang;
  license: string;
  /** The retrieval date, when the citation has one. */
  accessed?: { 'date-parts': [[number, number, number]] };
}

/** Every form of the citation of one version, as the JSON download and the pages carry it. */
export interface Citation {
  url: string;
  text: Record<Lang, string>;
  bibtex: Record<Lang, string>;
  csl: Record<Lang, CslItem>;
}

/** biblatex's names of the languages (its `language` field). */
const BIBLATEX_LANGUAGE: Record<Lang, string> = { vi: 'vietnamese', en: 'english' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const dateParts = (iso: string): [number, number, number] => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`expected a YYYY-MM-DD date, got "${iso}"`);
  return iso.split('-').map(Number) as [number, number, number];
};

/** A date as a citation writes it: `29/11/2026` in Vietnamese, `29 November 2026` in English. */
export function citationDate(iso: string, lang: Lang): string {
  const [y, m, d] = dateParts(iso);
  return lang === 'vi' ? `${d}/${m}/${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** ` (truy cập ngày 29/11/2026)` / ` (retrieved 29 November 2026)`, or nothing without a date. */
const accessedSuffix = (accessed: string | undefined, lang: Lang): string =>
  accessed ? ` (${UI.citation.accessed[lang]} ${citationDate(accessed, lang)})` : '';

/** What a reader fills in where no retrieval date can be given: ` (truy cập ngày …)`. */
export const accessedPlaceholder = (lang: Lang): string => ` (${UI.citation.accessed[lang]} …)`;

/** The URL a citation points at: the versioned canonical CSV. */
export const citationUrl = ({ indicator, version, site }: CitationInput): string =>
  absoluteUrl(site, dataFilePath(indicator.id, version.id, 'csv'));

/** A key that is unique per indicator and version and safe in BibTeX. */
export const citationKey = ({ indicator, version }: CitationInput): string =>
  `ansinh_${indicator.id}_${version.id.replaceAll('-', '_')}`;

const yearOf = (input: CitationInput) => Number(input.version.id.slice(0, 4));
const licenceLabel = (id: string) => (id === 'CC-BY-4.0' ? 'CC BY 4.0' : id);

/**
 * APA-style text: `An Sinh (2026). Jobs created (version 2026-11-26) [Data set]. URL`,
 * then ` (retrieved 29 November 2026)` when the input has a retrieval date.
 */
export function citationText(input: CitationInput, lang: Lang): string {
  const l = UI.citation;
  return `${PUBLISHER} (${yearOf(input)}). ${input.version.meta.title[lang]} (${l.version[lang]} ${input.version.id}) [${l.dataset[lang]}]. ${citationUrl(input)}${accessedSuffix(input.accessed, lang)}`;
}

/** Escapes the characters BibTeX and LaTeX treat specially in a field value. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => {
    switch (c) {
      case '\\': return '\\textbackslash{}';
      case '^': return '\\textasciicircum{}';
      case '~': return '\\textasciitilde{}';
      default: return `\\${c}`;
    }
  });
}

/**
 * A BibTeX `@misc` entry (biblatex reads its `version`, `date` and `url` fields; classic
 * BibTeX ignores what it does not know). The title is braced to keep its capitals.
 */
export function citationBibtex(input: CitationInput, lang: Lang): string {
  const fields: [string, string][] = [
    ['author', `{${PUBLISHER}}`],
    ['title', `{${escapeBibtex(input.version.meta.title[lang])}}`],
    ['year', String(yearOf(input))],
    ['date', input.version.id],
    ['version', input.version.id],
    ['publisher', PUBLISHER],
    ['howpublished', UI.citation.dataset[lang]],
    ['url', citationUrl(input)],
    ...(input.accessed ? [['urldate', dateParts(input.accessed).join('-')] as [string, string]] : []),
    ['note', `${UI.site.licence[lang]} ${licenceLabel(input.version.meta.licence)}`],
    ['language', BIBLATEX_LANGUAGE[lang]],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@misc{${citationKey(input)},\n${body}\n}\n`;
}

/** A CSL-JSON item of type `dataset`. */
export function citationCsl(input: CitationInput, lang: Lang): CslItem {
  const [y, m, d] = input.version.id.split('-').map(Number) as [number, number, number];
  return {
    id: citationKey(input),
    type: 'dataset',
    title: input.version.meta.title[lang],
    author: [{ literal: PUBLISHER }],
    publisher: PUBLISHER,
    issued: { 'date-parts': [[y, m, d]] },
    version: input.version.id,
    URL: citationUrl(input),
    language: lang,
    license: LICENCES[input.version.meta.licence]?.path ?? input.version.meta.licence,
    ...(input.accessed ? { accessed: { 'date-parts': [dateParts(input.accessed)] } } : {}),
  };
}

/** All forms of the citation, in both languages. */
export function citation(input: CitationInput): Citation {
  return {
    url: citationUrl(input),
    text: { vi: citationText(input, 'vi'), en: citationText(input, 'en') },
    bibtex: { vi: citationBibtex(input, 'vi'), en: citationBibtex(input, 'en') },
    csl: { vi: citationCsl(input, 'vi'), en: citationCsl(input, 'en') },
  };
}

/** Title of the whole dataset, as a release zip is cited. */
export const DATASET_TITLE = UI.citation.datasetTitle;

/**
 * How to cite one release's zip (`release` is its date): `An Sinh (2026). <title>, release
 * 2026-11-26 [Data set]. URL`, then what the reader fills in: the date they downloaded it.
 */
export function releaseCitationText(release: string, site: string, lang: Lang): string {
  const l = UI.citation;
  return `${PUBLISHER} (${dateParts(release)[0]}). ${DATASET_TITLE[lang]}, ${l.release[lang]} ${release} [${l.dataset[lang]}]. ${absoluteUrl(site, releaseZipPath(release))}${accessedPlaceholder(lang)}`;
}
