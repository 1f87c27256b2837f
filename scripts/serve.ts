/**
 * `npm run serve -- [--port 4321] [--host 127.0.0.1] [--dir dist]`: serves the built
 * site the way a static host does — directory index, 404 page, gzip, and the same
 * Cache-Control and CORS headers that `public/_headers` gives Netlify and Cloudflare Pages.
 * The browser tests start it in-process (`startServer`); `npm start` runs it after a build.
 *
 * `npm run -s serve -- --print-headers` prints the `_headers` file the rules produce
 * (`> public/_headers` to regenerate it; a test fails while the two differ).
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { runCli, UsageError } from './cli.ts';

// ---- the header rules: one table for this server and for static hosts -------------------

const IMMUTABLE = 'public, max-age=31536000, immutable';
const BRIEF = 'public, max-age=300';
const CORS = { 'Access-Control-Allow-Origin': '*', 'Vary': 'Origin' };

/**
 * A header rule in the `_headers` syntax Netlify and Cloudflare Pages share: a path
 * pattern where `:name` matches one path segment and a single `*` matches any characters,
 * slashes included (also none).
 */
export interface HeaderRule {
  pattern: string;
  /** Why the rule exists, written above it in `_headers`. */
  comment: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * Every path gets each header from at most one rule: both hosts apply *all* matching rules
 * and join repeated headers with a comma, so overlapping Cache-Control rules would produce
 * `max-age=300, max-age=31536000`. Hence the digit-prefixed patterns: a data version folder
 * is a date (`2026-11-26`), an exact widget version starts with a digit (`1.2.3`), the
 * major-version alias with `v` (`v1`).
 */
export const HEADER_RULES: readonly HeaderRule[] = [
  { pattern: '/data/*', comment: 'Data files are open to any origin (widgets and newsrooms fetch them).', headers: CORS },
  { pattern: '/widgets/*', comment: 'Widget scripts are open to any origin.', headers: CORS },
  { pattern: '/_astro/*', comment: 'Hashed build assets never change.', headers: { 'Cache-Control': IMMUTABLE } },
  { pattern: '/data/:indicator/2*', comment: 'A released data version (/data/<id>/<YYYY-MM-DD>/…) and a release zip (/data/releases/<YYYY-MM-DD>/…) never change.', headers: { 'Cache-Control': IMMUTABLE } },
  ...Array.from({ length: 10 }, (_, digit): HeaderRule => ({
    pattern: `/widgets/${digit}*`,
    comment: digit === 0 ? 'An exact widget version (/widgets/<x.y.z>/…) never changes.' : '',
    headers: { 'Cache-Control': IMMUTABLE },
  })),
  { pattern: '/data/:indicator/latest/*', comment: 'The latest aliases (/data/<id>/latest/…, /data/releases/latest/…) follow each release: cache for minutes.', headers: { 'Cache-Control': BRIEF } },
  { pattern: '/data/:file', comment: 'The catalog and the registries (catalog.json, areas.csv, sources.csv) too.', headers: { 'Cache-Control': BRIEF } },
  { pattern: '/data/geo/*', comment: 'And the boundaries.', headers: { 'Cache-Control': BRIEF } },
  { pattern: '/widgets/v*', comment: 'The major-version widget alias (/widgets/v1/…) follows new releases.', headers: { 'Cache-Control': BRIEF } },
  { pattern: '/', comment: 'Pages (directory URLs, and 404.html).', headers: { 'Cache-Control': BRIEF } },
  { pattern: '/*/', comment: '', headers: { 'Cache-Control': BRIEF } },
  { pattern: '/*.html', comment: '', headers: { 'Cache-Control': BRIEF } },
];

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** The regular expression a host's `_headers` pattern stands for. */
export function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${body}$`);
}

const compiled = HEADER_RULES.map((rule) => ({ rule, re: patternToRegExp(rule.pattern) }));

/** The rules that apply to a decoded URL path, in file order. */
export function matchingRules(path: string): HeaderRule[] {
  return compiled.filter(({ re }) => re.test(path)).map(({ rule }) => rule);
}

/**
 * The headers the rules give a decoded URL path (`/data/catalog.json`), combined as the
 * hosts do: every matching rule applies, and a header set by two rules gets both values
 * joined by ", " (which the tests treat as a mistake in the rules).
 */
export function headersFor(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matchingRules(path)) {
    for (const [name, value] of Object.entries(rule.headers)) out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/** `public/_headers`: the rules in the Netlify / Cloudflare Pages file format. */
export function renderHeadersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const lines = [
    '# Generated from HEADER_RULES in scripts/serve.ts: edit the rules there, then',
    '#   npm run -s serve -- --print-headers > public/_headers',
    '# Netlify and Cloudflare Pages apply every matching rule; no header is set by two rules.',
  ];
  for (const rule of rules) {
    lines.push('');
    if (rule.comment) lines.push(`# ${rule.comment}`);
    lines.push(rule.pattern, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

// ---- content types ----------------------------------------------------------------------

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The Content-Type of a file, by its name; `SHA256SUMS` is plain text. */
export function contentTypeFor(path: string): string {
  if (/(^|\/)SHA256SUMS$/.test(path)) return 'text/plain; charset=utf-8';
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|geo\+json|manifest\+json|wasm)|image\/svg)/;

/** Whether a client's Accept-Encoding allows gzip (`gzip;q=0` does not). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

// ---- the server -------------------------------------------------------------------------

/** Where a URL path lives under `root`, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  if (urlPath.includes('\0') || urlPath.includes('\\')) return null;
  const target = resolve(root, `.${urlPath}`);
  return target === root || target.startsWith(root + sep) ? target : null;
}

type Found = { file: string } | { redirect: true } | null;

/** Host configuration files that Netlify and Cloudflare Pages read but never serve. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

function locate(root: string, urlPath: string): Found {
  if (HOST_FILES.has(urlPath)) return null;
  const target = resolveInside(root, urlPath);
  if (!target || !existsSync(target)) return null;
  // A symlink must not lead out of the folder either.
  const real = realpathSync(target);
  if (real !== root && !real.startsWith(root + sep)) return null;
  const stat = statSync(real);
  if (stat.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: true };
    const index = join(real, 'index.html');
    return existsSync(index) ? { file: index } : null;
  }
  return stat.isFile() ? { file: real } : null;
}

/**
 * Gzipped bodies already made, by file, while the file is unchanged (its stamp): a
 * static host or CDN compresses a file once, not on every request, and so does this (it
 * used to spend ~25 ms per request on a 1 MB script). Bounded: the oldest go first past
 * {@link GZIP_CACHE_BYTES}.
 */
const gzipped = new Map<string, { stamp: string; body: Buffer }>();
const GZIP_CACHE_BYTES = 64 * 2 ** 20;
let gzippedBytes = 0;

async function gzipOf(file: string): Promise<Buffer> {
  // The inode and the change time too: a copy that keeps the mtime (`cp -p`) or a new file
  // of the same size written within the clock's tick is still another stamp.
  const { size, mtimeMs, ctimeMs, ino } = statSync(file);
  const stamp = `${size}|${mtimeMs}|${ctimeMs}|${ino}`;
  const hit = gzipped.get(file);
  if (hit?.stamp === stamp) return hit.body;
  const body = gzipSync(await readFile(file));
  // Looked up again after the read: another request may have stored this file meanwhile.
  const stored = gzipped.get(file);
  if (stored) {
    gzippedBytes -= stored.body.length;
    gzipped.delete(file);
  }
  gzipped.set(file, { stamp, body });
  gzippedBytes += body.length;
  for (const [oldest, entry] of gzipped) {
    if (gzippedBytes <= GZIP_CACHE_BYTES) break;
    gzipped.delete(oldest);
    gzippedBytes -= entry.body.length;
  }
  return body;
}

async function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, headers: Record<string, string>) {
  const type = contentTypeFor(file);
  const out: Record<string, string> = { ...headers, 'Content-Type': type };
  const head = req.method === 'HEAD';
  if (COMPRESSIBLE.test(type)) {
    out['Vary'] = out['Vary'] ? `${out['Vary']}, Accept-Encoding` : 'Accept-Encoding';
    if (acceptsGzip(req.headers['accept-encoding'])) {
      const body = await gzipOf(file);
      res.writeHead(status, { ...out, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
      res.end(head ? undefined : body);
      return;
    }
  }
  res.writeHead(status, { ...out, 'Content-Length': String(statSync(file).size) });
  if (head) res.end();
  else createReadStream(file).pipe(res);
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(`${text}\n`);
}

/** The request handler for a folder (absolute, existing). */
export function handler(root: string) {
  const notFound = join(root, '404.html');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
    let url: URL;
    let path: string;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      path = decodeURIComponent(url.pathname);
    } catch {
      return plain(res, 400, 'bad request: malformed URL');
    }
    const found = locate(root, path);
    if (found && 'redirect' in found) {
      const location = `${url.pathname}/${url.search}`;
      return plain(res, 301, `moved to ${location}`, { Location: location });
    }
    if (found) return send(req, res, 200, found.file, headersFor(path));
    if (existsSync(notFound)) return send(req, res, 404, notFound, { 'Cache-Control': 'no-store' });
    return plain(res, 404, `not found: ${path}`);
  };
}

export interface RunningServer {
  /** `http://host:port/` */
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** Starts serving `dir` (port 0: any free port); resolves once it listens. */
export async function startServer(options: { dir?: string; port?: number; host?: string } = {}): Promise<RunningServer> {
  const dir = resolve(options.dir ?? 'dist');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir} not found: run npm run build first`);
  const root = realpathSync(dir);
  const host = options.host ?? '127.0.0.1';
  const handle = handler(root);
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) plain(res, 500, `server error: ${e instanceof Error ? e.message : String(e)}`);
      else res.destroy();
    });
  });
  return new Promise<RunningServer>((resolvePromise, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'EADDRINUSE' ? new UsageError(`port ${options.port} on ${host} is in use: pass --port <another>`) : e);
    });
    server.listen(options.port ?? 4321, host, () => {
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        url: `http://${shown}:${port}/`,
        server,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

function parseCommandLine(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        port: { type: 'string', default: '4321' },
        host: { type: 'string', default: '127.0.0.1' },
        dir: { type: 'string', default: 'dist' },
        'print-headers': { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  runCli('serve', async () => {
    const values = parseCommandLine(process.argv.slice(2));
    if (values['print-headers']) {
      process.stdout.write(renderHeadersFile());
      return 0;
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected 0–65535, got "${values.port}"`);
    const { url } = await startServer({ dir: values.dir, port, host: values.host });
    console.log(`serving ${values.dir} at ${url}`);
    return 0;
  });
}
