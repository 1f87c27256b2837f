/**
 * A newsroom's web server in miniature: a second `node:http` server, on another port than
 * the site (so another origin), that serves the host pages and the host's own files from
 * memory. Pages can carry a Content-Security-Policy response header.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostFile {
  body: string | Uint8Array;
  type: string;
  headers?: Record<string, string>;
}

export interface HostServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  /** Absolute URL of a path on this server. */
  url: (path: string) => string;
  /** Serves `file` at `path` (replacing what was there). */
  put: (path: string, file: HostFile) => void;
  /** Serves an HTML page at `path`, with `csp` as its Content-Security-Policy header when given; returns its URL. */
  page: (path: string, html: string, csp?: string) => string;
  /** Every path requested so far, in order. */
  requested: string[];
  close: () => Promise<void>;
}

export async function startHost(): Promise<HostServer> {
  const files = new Map<string, HostFile>();
  const requested: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://host.invalid').pathname;
    requested.push(path);
    const file = files.get(path);
    if (path === '/favicon.ico' && !file) {
      res.writeHead(204, { 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(`not found: ${path}\n`);
      return;
    }
    const body = typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body;
    res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': String(body.byteLength), 'Cache-Control': 'no-store', ...file.headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const put = (path: string, file: HostFile) => void files.set(path, file);
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    put,
    page: (path, html, csp) => {
      put(path, { body: html, type: 'text/html; charset=utf-8', headers: csp ? { 'Content-Security-Policy': csp } : {} });
      return new URL(path, origin).href;
    },
    requested,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
