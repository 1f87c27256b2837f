import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';
import {
  acceptsGzip, contentTypeFor, HEADER_RULES, headersFor, matchingRules, renderHeadersFile, resolveInside,
  startServer, type RunningServer,
} from '../../scripts/serve.ts';

const ROOT = join(import.meta.dirname, '../..');
const IMMUTABLE = 'public, max-age=31536000, immutable';
const BRIEF = 'public, max-age=300';
const CORS = { 'Access-Control-Allow-Origin': '*', 'Vary': 'Origin' };

describe('header rules', () => {
  it.each([
    ['/_astro/Base.Cx1a2b.css', { 'Cache-Control': IMMUTABLE }],
    ['/data/jobs_created/2026-11-26/jobs_created.csv', { ...CORS, 'Cache-Control': IMMUTABLE }],
    ['/data/jobs_created/2026-11-26/SHA256SUMS', { ...CORS, 'Cache-Control': IMMUTABLE }],
    ['/data/jobs_created/latest/jobs_created.csv', { ...CORS, 'Cache-Control': BRIEF }],
    ['/data/jobs_created/2026-11-26/jobs_created.xlsx', { ...CORS, 'Cache-Control': IMMUTABLE }],
    ['/data/releases/2026-11-26/ansinh-2026-11-26.zip', { ...CORS, 'Cache-Control': IMMUTABLE }],
    ['/data/releases/latest/ansinh-latest.zip', { ...CORS, 'Cache-Control': BRIEF }],
    ['/data/catalog.json', { ...CORS, 'Cache-Control': BRIEF }],
    ['/data/areas.csv', { ...CORS, 'Cache-Control': BRIEF }],
    ['/data/geo/districts-pre2025.geojson', { ...CORS, 'Cache-Control': BRIEF }],
    ['/widgets/1.2.3/ansinh.js', { ...CORS, 'Cache-Control': IMMUTABLE }],
    ['/widgets/0.1.0/ansinh.js', { ...CORS, 'Cache-Control': IMMUTABLE }],
    ['/widgets/12.0.1/ansinh.js', { ...CORS, 'Cache-Control': IMMUTABLE }],
    ['/widgets/v1/ansinh.js', { ...CORS, 'Cache-Control': BRIEF }],
    ['/', { 'Cache-Control': BRIEF }],
    ['/chi-tieu/jobs-created/', { 'Cache-Control': BRIEF }],
    ['/en/indicators/jobs-created/', { 'Cache-Control': BRIEF }],
    ['/404.html', { 'Cache-Control': BRIEF }],
    ['/og/vi/indicator/jobs_created.png', {}],
  ])('%s', (path, expected) => {
    expect(headersFor(path)).toEqual(expected);
  });

  it('never sets one header from two rules (hosts would join both values with a comma)', () => {
    const paths = [
      '/data/x/2026-11-26/x.csv', '/data/x/latest/x.csv', '/data/releases/2026-11-26/ansinh-2026-11-26.zip', '/data/releases/latest/ansinh-latest.zip', '/data/catalog.json', '/data/geo/a.geojson',
      '/widgets/1.0.0/a.js', '/widgets/v1/a.js', '/_astro/a.js', '/', '/en/', '/chi-tieu/a/', '/404.html',
    ];
    for (const path of paths) {
      const names = matchingRules(path).flatMap((r) => Object.keys(r.headers));
      expect(names, path).toEqual([...new Set(names)]);
    }
  });

  it('keeps the latest alias and the v1 alias out of the immutable rules', () => {
    expect(headersFor('/data/x/latest/x.json')['Cache-Control']).toBe(BRIEF);
    expect(headersFor('/widgets/v1/ansinh.js')['Cache-Control']).toBe(BRIEF);
    expect(headersFor('/data/x/2026-01-20/x.json')['Cache-Control']).toBe(IMMUTABLE);
  });

  it('is what public/_headers says (regenerate: npx tsx scripts/serve.ts --print-headers > public/_headers)', () => {
    expect(readFileSync(join(ROOT, 'public/_headers'), 'utf8')).toBe(renderHeadersFile());
  });

  it('writes each rule as a pattern line and indented headers', () => {
    const text = renderHeadersFile([{ pattern: '/a/*', comment: 'why', headers: { 'X-A': '1', 'X-B': '2' } }]);
    expect(text.split('\n').slice(-5)).toEqual(['# why', '/a/*', '  X-A: 1', '  X-B: 2', '']);
    expect(HEADER_RULES.length).toBeLessThanOrEqual(100); // Cloudflare Pages' limit
  });
});

describe('content types and encodings', () => {
  it.each([
    ['/a/index.html', 'text/html; charset=utf-8'],
    ['/a.css', 'text/css; charset=utf-8'],
    ['/a.js', 'text/javascript; charset=utf-8'],
    ['/a.mjs', 'text/javascript; charset=utf-8'],
    ['/a.json', 'application/json; charset=utf-8'],
    ['/a.csv', 'text/csv; charset=utf-8'],
    ['/a.svg', 'image/svg+xml'],
    ['/a.png', 'image/png'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/a.geojson', 'application/geo+json'],
    ['/a.woff2', 'font/woff2'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/data/x/2026-11-26/SHA256SUMS', 'text/plain; charset=utf-8'],
    ['/data/x/2026-11-26/x.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['/data/releases/2026-11-26/ansinh-2026-11-26.zip', 'application/zip'],
    ['/a.unknown', 'application/octet-stream'],
  ])('%s is %s', (path, type) => expect(contentTypeFor(path)).toBe(type));

  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['br', false],
    [undefined, false],
  ])('Accept-Encoding %s → gzip %s', (header, expected) => expect(acceptsGzip(header)).toBe(expected));

  it('refuses paths that leave the folder', () => {
    expect(resolveInside('/srv/dist', '/../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/dist', '/a/../../dist2/x')).toBeNull();
    expect(resolveInside('/srv/dist', '/a\0b')).toBeNull();
    expect(resolveInside('/srv/dist', '/a/../b.html')).toBe('/srv/dist/b.html');
  });
});

describe('the server', () => {
  const work = mkdtempSync(join(tmpdir(), 'ansinh-serve-'));
  const dist = join(work, 'dist');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>home</title>',
    'chi-tieu/viec-lam/index.html': '<!doctype html><title>page</title>',
    '404.html': '<!doctype html><title>not found</title>',
    'data/jobs_created/2026-11-26/jobs_created.csv': `area,period,value\n${'01,2024,1\n'.repeat(200)}`,
    'data/jobs_created/2026-11-26/SHA256SUMS': 'abc  jobs_created.csv\n',
    'data/catalog.json': '{"schemaVersion":1}',
    'tên có dấu.txt': 'xin chào',
    '_headers': '/*\n  X-A: 1\n',
  };
  let server: RunningServer;
  beforeAll(async () => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), text);
    }
    writeFileSync(join(work, 'secret.txt'), 'outside');
    symlinkSync(join(work, 'secret.txt'), join(dist, 'link.txt'));
    server = await startServer({ dir: dist, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** A raw request: fetch would normalise `..` and always ask for compression. */
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
      const url = new URL(server.url);
      const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end();
    });

  it('serves index.html for a directory, with the page headers', async () => {
    const r = await get('/chi-tieu/viec-lam/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe(BRIEF);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(r.body.toString()).toContain('<title>page</title>');
  });

  it('redirects a directory without its trailing slash', async () => {
    const r = await get('/chi-tieu/viec-lam?x=1');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/chi-tieu/viec-lam/?x=1');
  });

  it('gzips for clients that accept it, and only then', async () => {
    const path = '/data/jobs_created/2026-11-26/jobs_created.csv';
    const zipped = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(Number(zipped.headers['content-length'])).toBeLessThan(files['data/jobs_created/2026-11-26/jobs_created.csv']!.length);
    expect(gunzipSync(zipped.body).toString()).toBe(files['data/jobs_created/2026-11-26/jobs_created.csv']);
    expect(zipped.headers.vary).toBe('Origin, Accept-Encoding');
    const raw = await get(path);
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body.toString()).toBe(files['data/jobs_created/2026-11-26/jobs_created.csv']);
  });

  it('compresses a file once, and again once it changes (a rebuild under a running server)', async () => {
    const path = '/data/catalog.json';
    const first = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(first.body).toString()).toBe(files['data/catalog.json']);
    // Another file content of another size: the cached body must not be served for it.
    writeFileSync(join(dist, 'data/catalog.json'), '{"schemaVersion":1,"changed":true}');
    const second = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(second.body).toString()).toBe('{"schemaVersion":1,"changed":true}');
    writeFileSync(join(dist, 'data/catalog.json'), files['data/catalog.json']!);
    const third = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(third.body).toString()).toBe(files['data/catalog.json']);
  });

  it('sends CORS and immutable caching on a data version, brief caching on the catalog', async () => {
    const csv = await get('/data/jobs_created/2026-11-26/jobs_created.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['access-control-allow-origin']).toBe('*');
    expect(csv.headers['cache-control']).toBe(IMMUTABLE);
    const sums = await get('/data/jobs_created/2026-11-26/SHA256SUMS');
    expect(sums.headers['content-type']).toBe('text/plain; charset=utf-8');
    const catalog = await get('/data/catalog.json');
    expect(catalog.headers['cache-control']).toBe(BRIEF);
    expect(catalog.headers['access-control-allow-origin']).toBe('*');
  });

  it('decodes percent-encoded names', async () => {
    const r = await get(`/${encodeURIComponent('tên có dấu.txt')}`);
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe('xin chào');
  });

  it('answers 404 with 404.html, and never serves a file outside the folder', async () => {
    const missing = await get('/khong-co/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('<title>not found</title>');
    expect((await get('/_headers')).status, 'host configuration is not served').toBe(404);
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/chi-tieu/..%2f..%2f..%2fsecret.txt', '/link.txt']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.body.toString(), path).not.toContain('outside');
    }
  });

  it('answers HEAD without a body, other methods with 405, a malformed URL with 400', async () => {
    const head = await get('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(files['index.html']!.length);
    expect((await get('/', {}, 'POST')).status).toBe(405);
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });
});

describe('tsx scripts/serve.ts', () => {
  it('prints one line with the address, then serves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-serve-cli-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>serve fixture</title>');
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/serve.ts'), '--port', '0', '--dir', dir], { cwd: ROOT });
    try {
      const line = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => { out += c.toString(); if (out.includes('\n')) done(out); });
        child.on('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
      });
      expect(line).toBe(`serving ${dir} at ${line.trim().split(' at ')[1]}\n`);
      expect(line).toMatch(/ at http:\/\/127\.0\.0\.1:\d+\/\n$/);
      const url = line.trim().split(' at ')[1]!;
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('serve fixture');
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says in one line when the folder is missing', () => {
    const r = runScript('scripts/serve.ts', ['--dir', join(tmpdir(), 'ansinh-no-such-dist')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^serve: .*ansinh-no-such-dist not found: run npm run build first$/);
  });
});
