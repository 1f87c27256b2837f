/**
 * The order the search page lists Pagefind's results in: a page whose title is exactly the
 * query comes first. Pagefind ranks by term frequency and page length, so "Số hộ nghèo"
 * would otherwise put "Số hộ cận nghèo" (the same words and one more) ahead of it. The
 * search page's script imports this; it runs in the browser and stays free of Node code.
 */

/** A title or query folded for comparison: case, diacritics (đ → d), punctuation and spacing ignored. */
export const foldTitle = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Results whose `meta.title` is the query (folded), then the others, each group in the order given. */
export function exactTitleFirst<R extends { meta: Readonly<Record<string, string | undefined>> }>(query: string, results: readonly R[]): R[] {
  const q = foldTitle(query);
  const exact = (r: R) => q !== '' && foldTitle(r.meta['title'] ?? '') === q;
  return [...results.filter(exact), ...results.filter((r) => !exact(r))];
}
