/**
 * Shared by the widget tests: fixtures, a stubbed `fetch` that serves them from a fake
 * origin, and mounting an element until its data is drawn or its error shown.
 * Deterministic and offline: nothing leaves the process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A fixture file's parsed JSON (see each file's `_note` for where it comes from). */
export const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;

/** The data origin the tests serve the fixtures from. */
export const BASE = 'https://data.example';

/**
 * The schema 2 file (`<id>.v2.json`, src/lib/outputs/json.ts) of a fixture version: the
 * version's schema 1 slice with what the site adds from its catalog — the page paths, the
 * versions up to this one, the areas — taken here from the catalog fixture, so the two
 * slices agree.
 */
export function fixtureV2(name: string): Record<string, unknown> {
  const v1 = fixture(name) as { indicator: { id: string }; version: { id: string } } & Record<string, unknown>;
  const catalog = fixture('catalog.json') as { indicators: { id: string; pages: unknown; versions: { id: string }[] }[]; areas: { code: string; level: string; name: unknown }[] };
  const entry = catalog.indicators.find((i) => i.id === v1.indicator.id)!;
  return {
    ...v1,
    schemaVersion: 2,
    indicator: { ...v1.indicator, paths: entry.pages },
    versions: entry.versions.map((v) => v.id).filter((id) => id <= v1.version.id),
    areas: catalog.areas.map((a) => ({ code: a.code, level: a.level, name: a.name })),
  };
}

/** What a stubbed URL answers: a JSON body (status 200), or a function building any response. */
export type Route = unknown | (() => Response | Promise<Response>);

/** The published files of the fixtures, at their real paths (routes.ts); the catalog too, which a widget must not need. */
export function defaultRoutes(): Map<string, Route> {
  return new Map<string, Route>([
    [`${BASE}/data/catalog.json`, fixture('catalog.json')],
    [`${BASE}/data/jobs_created/latest/jobs_created.v2.json`, fixtureV2('jobs_created-2026-11-26.json')],
    [`${BASE}/data/jobs_created/2026-11-26/jobs_created.v2.json`, fixtureV2('jobs_created-2026-11-26.json')],
    [`${BASE}/data/jobs_created/2023-01-14/jobs_created.v2.json`, fixtureV2('jobs_created-2023-01-14.json')],
    [`${BASE}/data/unemployment_rate_overall/latest/unemployment_rate_overall.v2.json`, fixtureV2('unemployment_rate_overall-2026-11-26.json')],
    [`${BASE}/data/population/latest/population.v2.json`, fixtureV2('population-2026-11-26.json')],
    [`${BASE}/data/geo/district-paths.json`, fixture('district-paths.json')],
  ]);
}

/**
 * Replaces `fetch` with one that answers from `routes` (404 for anything else) and
 * records every URL asked for. Returns the list of URLs, in order.
 */
export function stubFetch(routes: Map<string, Route> = defaultRoutes()): string[] {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    const route = routes.get(url);
    if (typeof route === 'function') return (route as (init?: RequestInit) => Response | Promise<Response>)(init);
    if (route === undefined) return new Response('not found', { status: 404 });
    return new Response(JSON.stringify(route), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

/** A widget element as the tests see it. */
export type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean>; heading?: string | undefined };

/** The fallback content a snippet puts inside an element: a link and a small table. */
export const FALLBACK = '<a href="https://ansinh.example.org/chi-tieu/jobs-created/">Lao động được giải quyết việc làm</a><table><tr><th>2024</th><td>225.858</td></tr></table>';

/** Settles: waits until the element's data is drawn or its error shown, then its render. */
export async function settle(el: Widget): Promise<Widget> {
  for (let i = 0; i < 200 && (el.state === 'initial' || el.state === 'pending'); i++) await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  return el;
}

/** Creates `<tag attrs…>FALLBACK</tag>` in `parent` (default: the body) and lets it settle. */
export async function mount(tag: string, attrs: Record<string, string>, parent: HTMLElement = document.body): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('base', BASE);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = FALLBACK;
  parent.append(el);
  return settle(el);
}

/** The text a reader sees in an element's shadow root, whitespace collapsed. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Serialised shadow DOM without Lit's comment markers, for snapshots and markup checks. */
export const shadowHtml = (el: Element): string => (el.shadowRoot?.innerHTML ?? '').replace(/<!--[^]*?-->/g, '');
