/**
 * The search index `npm run build` writes (scripts/pagefind.ts), searched the way the search
 * pages search it: Pagefind's own browser module, run in Node with `fetch` reading the
 * files from disk. Skipped until a build has produced dist/pagefind.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, builtSite } from './dist.ts';
import { indicatorPath, searchPath } from '../../src/lib/routes.ts';

const PAGEFIND = join(DIST, 'pagefind');
const built = builtSite('pagefind/pagefind-entry.json', import.meta.filename);

interface Result {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Instance {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<Result> }[] }>;
  destroy(): Promise<void>;
}

describe.skipIf(!built)('the Pagefind index in dist/pagefind', () => {
  const base = pathToFileURL(`${PAGEFIND}/`).href;
  const realFetch = globalThis.fetch;
  const g = globalThis as { document?: unknown };
  let lang = 'vi';
  let createInstance: (o: { basePath: string }) => Instance;

  beforeAll(async () => {
    globalThis.fetch = (async (input: string | URL | Request) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return url.startsWith('file:') ? new Response(await readFile(fileURLToPath(url))) : realFetch(input);
    }) as typeof fetch;
    // Pagefind picks the index from <html lang>; this is all of `document` it reads outside a browser.
    g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
    ({ createInstance } = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as { createInstance: typeof createInstance });
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
    delete g.document;
  });

  async function search(language: 'vi' | 'en', query: string): Promise<Result[]> {
    lang = language;
    const pf = createInstance({ basePath: base });
    await pf.options({ baseUrl: '/' });
    const { results } = await pf.search(query);
    const data = await Promise.all(results.map((r) => r.data()));
    await pf.destroy();
    return data;
  }

  it('has one index per page language', () => {
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi']);
    expect(entry.languages['vi']!.page_count).toBeGreaterThan(0);
    expect(entry.languages['vi']!.page_count).toBe(entry.languages['en']!.page_count);
  });

  it('finds "việc làm" in Vietnamese pages only', async () => {
    const results = await search('vi', 'việc làm');
    const urls = results.map((r) => r.url);
    expect(urls).toContain(indicatorPath('vi', 'jobs_created'));
    expect(urls.filter((u) => u.startsWith('/en/'))).toEqual([]);
    expect(urls).not.toContain(searchPath('vi'));
    expect(results[0]!.excerpt).toContain('<mark>');
  });

  it('finds "jobs" in English pages only', async () => {
    const urls = (await search('en', 'jobs')).map((r) => r.url);
    expect(urls).toContain(indicatorPath('en', 'jobs_created'));
    expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
    expect(urls).not.toContain(searchPath('en'));
  });
});
