/**
 * Search as the search page does it (src/pages/tim-kiem/index.astro): Pagefind's own
 * browser module over dist/pagefind, run in Node with `fetch` reading the files from disk,
 * then the page's order (src/lib/site/search-rank.ts). Every indicator's exact title finds
 * its page first, in both languages; results never quote the embed snippets' code.
 * Skipped until a build has produced dist/pagefind.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, builtSite } from './dist.ts';
import { loadData } from '../../src/lib/data/load.ts';
import { latestReleased } from '../../src/lib/data/model.ts';
import type { Lang } from '../../src/lib/format.ts';
import { indicatorPath, LANGS } from '../../src/lib/routes.ts';
import { exactTitleFirst, foldTitle } from '../../src/lib/site/search-rank.ts';

const built = builtSite('pagefind/pagefind-entry.json', import.meta.filename);

interface Result {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Instance {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<Result> }[] }>;
  destroy(): Promise<void>;
}

describe('exactTitleFirst', () => {
  const r = (title: string) => ({ meta: { title } });
  it('moves the page titled exactly as the query first, ignoring case, diacritics and punctuation', () => {
    expect(exactTitleFirst('so ho ngheo', [r('Số hộ cận nghèo'), r('Số hộ nghèo'), r('Tỷ lệ hộ nghèo')]).map((x) => x.meta.title)).toEqual(['Số hộ nghèo', 'Số hộ cận nghèo', 'Tỷ lệ hộ nghèo']);
    expect(exactTitleFirst('', [r('A'), r('B')]).map((x) => x.meta.title)).toEqual(['A', 'B']);
    expect(foldTitle('Quỹ Đền ơn đáp nghĩa: số tiền')).toBe('quy den on dap nghia so tien');
  });
});

describe.skipIf(!built)('search over dist/pagefind', () => {
  const base = pathToFileURL(`${join(DIST, 'pagefind')}/`).href;
  const realFetch = globalThis.fetch;
  const g = globalThis as { document?: unknown };
  let pageLang: Lang = 'vi';
  // One module per language: Pagefind's module keeps state across instances, so an
  // instance of the second language would search with the first one's index.
  const modules = new Map<Lang, (o: { basePath: string }) => Instance>();

  beforeAll(async () => {
    globalThis.fetch = (async (input: string | URL | Request) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return url.startsWith('file:') ? new Response(await readFile(fileURLToPath(url))) : realFetch(input);
    }) as typeof fetch;
    // Pagefind picks the index from <html lang>; this is all of `document` it reads outside a browser.
    g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => pageLang }) };
    for (const lang of LANGS) {
      pageLang = lang;
      const { createInstance } = (await import(/* @vite-ignore */ `${base}pagefind.js?lang=${lang}`)) as { createInstance: (o: { basePath: string }) => Instance };
      modules.set(lang, createInstance);
    }
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
    delete g.document;
  });

  /** The first `n` results as the search page lists them. */
  async function search(lang: Lang, query: string, n = 40): Promise<Result[]> {
    pageLang = lang;
    const pf = modules.get(lang)!({ basePath: base });
    await pf.options({ baseUrl: '/' });
    const { results } = await pf.search(query);
    const data = await Promise.all(results.slice(0, n).map((r) => r.data()));
    await pf.destroy();
    return exactTitleFirst(query, data);
  }

  const { data } = loadData(join(import.meta.dirname, '../../data'));
  const published = data.indicators.filter((i) => latestReleased(i));

  for (const lang of LANGS) {
    it(`(${lang}) finds every indicator's page first when searched by its exact title`, async () => {
      const wrong: string[] = [];
      for (const ind of published) {
        const first = (await search(lang, ind.title[lang]))[0]?.url;
        if (first !== indicatorPath(lang, ind.id)) wrong.push(`"${ind.title[lang]}" → ${first ?? 'no result'}`);
      }
      expect(wrong).toEqual([]);
    }, 120_000);

    it(`(${lang}) never quotes the embed snippets' code`, async () => {
      // The SRI hash is only in the snippets of indicator pages: indexed, it would find them.
      expect((await search(lang, 'sha384')).map((r) => r.url).filter((url) => /\/(chi-tieu|indicators)\/./.test(url))).toEqual([]);
      for (const query of ['ansinh-chart', 'sha384', 'iframe', 'script']) {
        for (const r of await search(lang, query)) expect(r.excerpt, `${query}: ${r.url}`).not.toMatch(/ansinh-(chart|headline|jobs-progress|district-compare)|sha384|integrity=|<\/?script|&lt;\/?(script|iframe)/);
      }
    });
  }
});
