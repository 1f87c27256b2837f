import { describe, expect, it } from 'vitest';
import { citation, citationBibtex, citationCsl, citationDate, citationText, escapeBibtex, releaseCitationText } from '../../../src/lib/outputs/citation.ts';
import { dataFilePath } from '../../../src/lib/routes.ts';
import { data, files, text } from './setup.ts';

const SITE = 'https://example.test';
const indicator = data.indicators.find((i) => i.id === 'jobs_created')!;
const input = { indicator, version: indicator.versions.find((v) => v.id === '2023-01-14')!, site: SITE };
const url = 'https://example.test/data/jobs_created/2023-01-14/jobs_created.csv';

/** Fields of a single BibTeX entry whose values are brace-delimited. */
function parseBibtex(entry: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),\n/.exec(entry);
  if (!head) throw new Error('no entry head');
  const fields: Record<string, string> = {};
  let i = head[0].length;
  while (i < entry.length) {
    const m = /^\s*(\w+) = \{/.exec(entry.slice(i));
    if (!m) break;
    i += m[0].length;
    let depth = 1;
    const start = i;
    while (depth > 0) {
      const c = entry[i++];
      if (c === undefined) throw new Error('unbalanced braces');
      if (c === '\\') { i++; continue; }
      if (c === '{') depth++;
      if (c === '}') depth--;
    }
    fields[m[1]!] = entry.slice(start, i - 1);
    if (entry[i] === ',') i++;
  }
  expect(entry.slice(i).trim()).toBe('}');
  return { type: head[1]!, key: head[2]!, fields };
}

describe('citations', () => {
  it('cite the versioned CSV, never latest, in plain text', () => {
    expect(citationText(input, 'en')).toBe(`An Sinh (2023). Jobs created (version 2023-01-14) [Data set]. ${url}`);
    expect(citationText(input, 'vi')).toBe(`An Sinh (2023). Lao động được giải quyết việc làm (phiên bản 2023-01-14) [Bộ dữ liệu]. ${url}`);
  });

  it('give a BibTeX entry with balanced braces, the version, year, publisher and URL', () => {
    const { type, key, fields } = parseBibtex(citationBibtex(input, 'en'));
    expect(type).toBe('misc');
    expect(key).toBe('ansinh_jobs_created_2023_01_14');
    expect(fields).toMatchObject({ author: '{An Sinh}', title: '{Jobs created}', year: '2023', version: '2023-01-14', publisher: 'An Sinh', url });
    expect(parseBibtex(citationBibtex(input, 'vi')).fields.title).toBe('{Lao động được giải quyết việc làm}');
  });

  it('escape LaTeX specials in BibTeX values', () => {
    expect(escapeBibtex('50% & {x}_1 #2 $3 ~ ^ \\')).toBe('50\\% \\& \\{x\\}\\_1 \\#2 \\$3 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    const odd = { ...input, version: { ...input.version, meta: { ...input.version.meta, title: { vi: 'a {b', en: '100% & more}' } } } };
    expect(parseBibtex(citationBibtex(odd, 'en')).fields.title).toBe('{100\\% \\& more\\}}');
  });

  it('give a CSL-JSON item of type dataset', () => {
    const csl = JSON.parse(JSON.stringify([citationCsl(input, 'en')]));
    expect(csl).toEqual([{
      id: 'ansinh_jobs_created_2023_01_14',
      type: 'dataset',
      title: 'Jobs created',
      author: [{ literal: 'An Sinh' }],
      publisher: 'An Sinh',
      issued: { 'date-parts': [[2023, 1, 14]] },
      version: '2023-01-14',
      URL: url,
      language: 'en',
      license: 'https://creativecommons.org/licenses/by/4.0/',
    }]);
  });

  it('bundle every form in both languages', () => {
    const c = citation(input);
    expect(c.url).toBe(url);
    expect(Object.keys(c.text)).toEqual(['vi', 'en']);
    expect(c.csl.vi.title).toBe(indicator.title.vi);
  });

  it('give the retrieval date when there is one: text, BibTeX urldate, CSL accessed', () => {
    const dated = { ...input, accessed: '2026-11-29' };
    expect(citationText(dated, 'vi')).toBe(`${citationText(input, 'vi')} (truy cập ngày 29/11/2026)`);
    expect(citationText(dated, 'en')).toBe(`${citationText(input, 'en')} (retrieved 29 November 2026)`);
    expect(parseBibtex(citationBibtex(dated, 'en')).fields.urldate).toBe('2026-11-29');
    expect(citationCsl(dated, 'vi').accessed).toEqual({ 'date-parts': [[2026, 11, 29]] });
    expect(citationDate('2026-01-05', 'vi')).toBe('5/1/2026');
    expect(() => citationText({ ...input, accessed: '29/11/2026' }, 'en')).toThrow(/YYYY-MM-DD/);
  });

  it('give none in the versioned downloads, whose bytes never depend on the build date', () => {
    expect(parseBibtex(citationBibtex(input, 'en')).fields.urldate).toBeUndefined();
    expect(citationCsl(input, 'en')).not.toHaveProperty('accessed');
    const json = text(files.get(dataFilePath('jobs_created', '2023-01-14', 'json'))!.bytes);
    expect(json).not.toMatch(/truy cập|retrieved|urldate|"accessed"/);
  });

  it('cite a release zip with the date the reader fills in', () => {
    expect(releaseCitationText('2026-11-26', SITE, 'en')).toBe("An Sinh (2026). Hanoi's labour, people-with-merit and social-welfare indicators, release 2026-11-26 [Data set]. https://example.test/data/releases/2026-11-26/ansinh-2026-11-26.zip (retrieved …)");
    expect(releaseCitationText('2026-11-26', SITE, 'vi')).toMatch(/đợt phát hành 2026-11-26 \[Bộ dữ liệu\]\. .*\(truy cập ngày …\)$/);
  });
});
