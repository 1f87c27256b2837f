/**
 * Every internal link (`a[href^="/"]`) on every page, the 404 page included, answers 200
 * (a redirect counts as broken: the site links to canonical URLs) and, when it names a
 * fragment, the target page has an element with that id.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { distFiles, listed, mapLimit, pages } from './site.ts';

const baseUrl = inject('baseUrl');

/** The page paths to crawl: every page under test, and the 404 page if there is one. */
const crawled = [...pages(), ...(distFiles().includes('404.html') ? ['/404.html'] : [])];

describe('internal links', () => {
  it('every a[href^="/"] resolves to 200', async () => {
    const html = new Map<string, string>();
    const foundOn = new Map<string, Set<string>>(); // href (path + fragment) → pages
    await mapLimit(crawled, 8, async (page) => {
      const res = await fetch(new URL(page, baseUrl));
      const text = await res.text();
      html.set(page, text);
      const { document } = parseHTML(text);
      for (const a of document.querySelectorAll('a[href^="/"]')) {
        const href = a.getAttribute('href') ?? '';
        if (href.startsWith('//')) continue; // another host
        const url = new URL(href, baseUrl);
        const key = `${url.pathname}${url.hash}`;
        if (!foundOn.has(key)) foundOn.set(key, new Set());
        foundOn.get(key)!.add(page);
      }
    });
    expect(foundOn.size, 'no internal link on any page').toBeGreaterThan(0);

    const status = new Map<string, number>();
    const targets = [...new Set([...foundOn.keys()].map((k) => k.split('#')[0]!))];
    await mapLimit(targets, 8, async (target) => {
      const res = await fetch(new URL(target, baseUrl), { redirect: 'manual' });
      status.set(target, res.status);
      const type = res.headers.get('content-type') ?? '';
      if (res.status === 200 && type.startsWith('text/html') && !html.has(target)) html.set(target, await res.text());
      else await res.body?.cancel();
    });

    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (page: string) => {
      if (!ids.has(page)) {
        const { document } = parseHTML(html.get(page) ?? '');
        ids.set(page, new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id') ?? '')));
      }
      return ids.get(page)!;
    };
    for (const [key, on] of [...foundOn].sort(([a], [b]) => a.localeCompare(b))) {
      const [target = '', fragment] = key.split('#');
      const where = [...on].sort();
      const shown = `on ${where.slice(0, 3).join(', ')}${where.length > 3 ? ` and ${where.length - 3} more` : ''}`;
      const code = status.get(target);
      if (code !== 200) broken.push(`${key} → HTTP ${code} (${shown})`);
      else if (fragment && html.has(target) && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${key} → no element with id "${fragment}" (${shown})`);
    }
    expect(broken, listed(`${broken.length} broken internal links:`, broken)).toEqual([]);
  });
});
