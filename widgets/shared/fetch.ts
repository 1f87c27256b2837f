/**
 * Fetching the published JSON files: one request per URL for all widgets of a page (a
 * module-level promise cache), a timeout, `response.ok` checked, invalid JSON caught, and
 * every failure a {@link WidgetError} that names the URL.
 */
import { WidgetError } from './i18n.ts';

/** How long a request may take, body included, before the widget gives up (ms). */
export const TIMEOUT_MS = 8000;

/** Every cache of {@link jsonFiles}, for {@link clearCache}. */
const caches: Map<string, unknown>[] = [];

/**
 * A reader of one kind of JSON file: given a URL, the parsed and validated body, shared
 * by every caller with the same URL for the page's lifetime (a reader who reloads gets a
 * new release: the host caches `latest` and the catalog for minutes only). `parse` turns
 * the raw JSON into typed data or throws a {@link WidgetError}; it runs once per request.
 * A failed request is forgotten, so a widget connected later tries again.
 */
export function jsonFiles<T>(parse: (raw: unknown, url: string) => T): (url: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  caches.push(cache);
  return (url) => {
    let promise = cache.get(url);
    if (!promise) {
      cache.set(url, (promise = request(url).then((raw) => parse(raw, url))));
      promise.catch(() => cache.delete(url));
    }
    return promise;
  };
}

/** Forgets every response (tests; a host page never needs it). */
export function clearCache(): void {
  for (const cache of caches) cache.clear();
}

async function request(url: string): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  try {
    let response: Response;
    let body: string;
    try {
      response = await fetch(url, { signal: controller.signal });
      if (!response.ok) throw new WidgetError({ kind: 'http', url, detail: `HTTP ${response.status}` });
      body = await response.text();
    } catch (e) {
      throw e instanceof WidgetError ? e : new WidgetError({ kind: timedOut ? 'timeout' : 'network', url, detail: timedOut ? `> ${TIMEOUT_MS / 1000} s` : String(e) });
    }
    try {
      return JSON.parse(body);
    } catch {
      throw new WidgetError({ kind: 'json', url, detail: 'JSON' });
    }
  } finally {
    clearTimeout(timer);
  }
}
