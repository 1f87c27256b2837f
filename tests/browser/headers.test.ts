/**
 * The caching and CORS contract (PRODUCT §4) holds for the files actually built: every file
 * in dist/ gets each header from at most one rule of public/_headers, the classes of files
 * get their Cache-Control, and the local server sends what the rules say.
 */
import { describe, expect, inject, it } from 'vitest';
import { contentTypeFor, headersFor, matchingRules } from '../../scripts/serve.ts';
import { distFiles, listed, urlPathOf } from './site.ts';

const baseUrl = inject('baseUrl');
const IMMUTABLE = 'public, max-age=31536000, immutable';
const BRIEF = 'public, max-age=300';

const files = distFiles().filter((f) => f !== '_headers' && f !== '_redirects');
const served = files.map(urlPathOf);

/** What the contract says a built file gets, judged from its path alone. */
function expected(path: string): { cache?: string; cors: boolean } {
  const cors = path.startsWith('/data/') || path.startsWith('/widgets/');
  if (/^\/data\/[^/]+\/\d{4}-\d{2}-\d{2}\//.test(path) || /^\/widgets\/\d+\.\d+\.\d+\//.test(path) || path.startsWith('/_astro/')) return { cache: IMMUTABLE, cors };
  if (/^\/data\/[^/]+\/latest\//.test(path) || path === '/data/catalog.json' || /^\/widgets\/v\d+\//.test(path) || path.endsWith('/') || path.endsWith('.html')) return { cache: BRIEF, cors };
  return { cors };
}

describe('headers of the built files', () => {
  it('no built file gets one header from two rules', () => {
    const clashes = served.flatMap((path) => {
      const names = matchingRules(path).flatMap((r) => Object.keys(r.headers));
      const twice = names.filter((n, i) => names.indexOf(n) !== i);
      return twice.length ? [`${path}: ${[...new Set(twice)].join(', ')} from ${matchingRules(path).map((r) => r.pattern).join(' and ')}`] : [];
    });
    expect(clashes, listed('headers set twice (hosts would join the values):', clashes)).toEqual([]);
  });

  it('versioned files are immutable, aliases, the catalog and pages brief, data and widgets open to any origin', () => {
    const wrong = served.flatMap((path) => {
      const want = expected(path);
      const got = headersFor(path);
      const out: string[] = [];
      if (want.cache !== undefined && got['Cache-Control'] !== want.cache) out.push(`${path}: Cache-Control "${got['Cache-Control']}", expected "${want.cache}"`);
      if (want.cors !== (got['Access-Control-Allow-Origin'] === '*')) out.push(`${path}: CORS ${want.cors ? 'missing' : 'unexpected'}`);
      return out;
    });
    expect(wrong, listed('headers off contract:', wrong)).toEqual([]);
  });

  it('data and widget files have a known Content-Type', () => {
    const unknown = served.filter((p) => (p.startsWith('/data/') || p.startsWith('/widgets/')) && contentTypeFor(p) === 'application/octet-stream');
    expect(unknown, listed('no Content-Type for (add it to scripts/serve.ts):', unknown)).toEqual([]);
  });

  it('the server sends them', async () => {
    // One file of each kind present in this build.
    const byKind = new Map<string, string>();
    for (const file of files) {
      const kind = `${JSON.stringify(expected(urlPathOf(file)))} ${contentTypeFor(file)}`;
      if (!byKind.has(kind)) byKind.set(kind, file);
    }
    const wrong: string[] = [];
    for (const file of byKind.values()) {
      const path = urlPathOf(file);
      const res = await fetch(new URL(path.split('/').map(encodeURIComponent).join('/'), baseUrl), { method: 'HEAD' });
      const want = { ...headersFor(path), 'Content-Type': contentTypeFor(file) };
      if (res.status !== 200) wrong.push(`${path}: HTTP ${res.status}`);
      for (const [name, value] of Object.entries(want)) {
        const got = res.headers.get(name);
        if (name === 'Vary' ? !got?.includes(value) : got !== value) wrong.push(`${path}: ${name} "${got}", expected "${value}"`);
      }
    }
    expect(wrong, listed('the server disagrees with the rules:', wrong)).toEqual([]);
  });
});
