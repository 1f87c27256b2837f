/**
 * Every download link on an indicator page (`a[data-download]`) serves a file that
 * /data/catalog.json lists, with the sha256 the catalog states (hashed here from the bytes
 * served).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { DIST, isIndicatorPage, listed, pages } from './site.ts';

const baseUrl = inject('baseUrl');
const CATALOG = '/data/catalog.json';
const catalogBuilt = existsSync(join(DIST, CATALOG));

/** url → sha256 of every file the catalog describes, wherever it nests them. */
function catalogDigests(catalog: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o['url'] === 'string' && typeof o['sha256'] === 'string') out.set(new URL(o['url'], baseUrl).pathname, o['sha256']);
      Object.values(o).forEach(walk);
    }
  };
  walk(catalog);
  return out;
}

let digests: Promise<Map<string, string>> | undefined;
const catalog = () => (digests ??= fetch(new URL(CATALOG, baseUrl)).then(async (res) => {
  if (!res.ok) throw new Error(`${CATALOG}: HTTP ${res.status}`);
  return catalogDigests(await res.json());
}));

const sha256 = (bytes: ArrayBuffer) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

describe.concurrent('download links match the catalog', () => {
  it('the catalog lists files with their sha256', async ({ skip }) => {
    if (!catalogBuilt) skip(`${CATALOG} is not built yet`);
    expect((await catalog()).size, `${CATALOG} lists no file with url and sha256`).toBeGreaterThan(0);
  });

  it.for(pages().filter(isIndicatorPage))('%s', async (path, { skip }) => {
    if (!catalogBuilt) skip(`${CATALOG} is not built yet`);
    const res = await fetch(new URL(path, baseUrl));
    expect(res.status, `${path}: HTTP status`).toBe(200);
    const { document } = parseHTML(await res.text());
    const hrefs = [...new Set([...document.querySelectorAll('a[data-download]')].map((a) => a.getAttribute('href') ?? ''))];
    expect(hrefs, `${path}: no a[data-download] link`).not.toEqual([]);
    const listedFiles = await catalog();
    const problems: string[] = [];
    for (const href of hrefs) {
      const url = new URL(href, new URL(path, baseUrl));
      if (url.origin !== new URL(baseUrl).origin) { problems.push(`${href}: not on this site`); continue; }
      const expected = listedFiles.get(url.pathname);
      const file = await fetch(url);
      if (!file.ok) { problems.push(`${href}: HTTP ${file.status}`); continue; }
      const actual = sha256(await file.arrayBuffer());
      if (expected === undefined) problems.push(`${href}: not listed in ${CATALOG}`);
      else if (expected !== actual) problems.push(`${href}: sha256 ${actual} served, ${expected} in ${CATALOG}`);
    }
    expect(problems, listed(`${path}:`, problems)).toEqual([]);
  });
});
