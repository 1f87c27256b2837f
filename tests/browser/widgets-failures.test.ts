/**
 * The widgets on a newsroom's page (another origin, strict CSP) when the data fails: HTTP
 * 404 (on an indicator's newest file: no such indicator) and 500, invalid JSON, a newer
 * `schemaVersion`, a network failure, no answer at all (the 8 s timeout), a `base` without
 * the data. Each time every widget shows a readable message in its language, naming the
 * file, and the snippet's fallback (the link and the table) stays visible; nothing is
 * thrown to the host page and its own script keeps working.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/format.ts';
import { catalogPath, dataFilePath, districtPathsJsonPath } from '../../src/lib/routes.ts';
import type { WidgetElement } from '../../src/lib/widgets-contract.ts';
import { listed } from './site.ts';
import { nameOf, recorded, settle, snapshots, type WidgetSnapshot } from './widget-host/harness.ts';
import { scriptEmbed } from './widget-host/site.ts';
import { useHostSuite } from './widget-host/suite.ts';

const suite = useHostSuite();
const { s } = suite;

const SHOWCASE: [WidgetElement, string, Lang][] = [
  ['ansinh-headline', 'jobs_created', 'vi'],
  ['ansinh-chart', 'jobs_created', 'vi'],
  ['ansinh-jobs-progress', 'jobs_created', 'en'],
  ['ansinh-district-compare', 'poor_households', 'vi'],
];

const CORS = { 'Access-Control-Allow-Origin': '*' };

interface Failure {
  name: string;
  /** The `kind` of the ansinh-error event. */
  kind: string;
  handle: (route: Route) => Promise<void>;
}

const FAILURES: Failure[] = [
  // The site publishes a newest file for every indicator it has: its 404 reads "no indicator X", naming the file.
  { name: 'HTTP 404', kind: 'unknown-indicator', handle: (r) => r.fulfill({ status: 404, headers: CORS, contentType: 'text/plain', body: 'not found' }) },
  { name: 'HTTP 500', kind: 'http', handle: (r) => r.fulfill({ status: 500, headers: CORS, contentType: 'text/plain', body: 'server error' }) },
  { name: 'invalid JSON', kind: 'json', handle: (r) => r.fulfill({ status: 200, headers: CORS, contentType: 'application/json', body: '{"schemaVersion": 1, "indicators": [' }) },
  {
    name: 'an unknown schemaVersion',
    kind: 'schema',
    // A newer schema than the file's own (the widget reads `.v2.json` at 2, the outlines at 1).
    handle: async (r) => {
      const response = await r.fetch();
      const json = (await response.json()) as { schemaVersion: number };
      await r.fulfill({ response, json: { ...json, schemaVersion: json.schemaVersion + 1 } });
    },
  },
  { name: 'a network failure', kind: 'network', handle: (r) => r.abort('failed') },
  { name: 'the internet disconnected', kind: 'network', handle: (r) => r.abort('internetdisconnected') },
];

/** Which data requests fail. */
const TARGETS: { name: string; fails: (path: string) => boolean }[] = [
  { name: 'every data file', fails: (path) => path.startsWith('/data/') },
  { name: 'the indicator files (the outlines load)', fails: (path) => path.startsWith('/data/') && path !== districtPathsJsonPath },
];

const body = () => SHOWCASE.map(([el, id, lang]) => scriptEmbed(s, el, id, lang)).join('\n');

/** Everything that must hold on a page whose widgets all failed with `kind`. */
async function expectGracefulFailure(o: Awaited<ReturnType<typeof suite.open>>, kind: string, urlPart: string | RegExp = '/data/') {
  const found = (await suite.allProblems(o, true))
    // The browser's own line for a cross-origin response without CORS headers (the README: the failure stays in the browser's log).
    .filter((line) => !/^error: Access to fetch at '[^']+' from origin '[^']+' has been blocked by CORS policy/.test(line));
  expect(found, listed('problems on the host page:', found)).toEqual([]);
  const rec = await recorded(o.page);
  expect(rec.hostSawDefined.sort(), 'elements defined when the host script ran').toEqual(SHOWCASE.map(([el]) => el).sort());
  const widgets = await snapshots(o.page);
  const wrong = widgets.flatMap((w, i) => failureShown(w, SHOWCASE[i]![2], urlPart));
  expect(wrong, listed('widgets that do not fail gracefully:', wrong)).toEqual([]);
  const errors = rec.events.filter((e) => e.type === 'ansinh-error').map((e) => `${e.tag}: ${e.detail.kind}`).sort();
  expect(errors, 'ansinh-error events').toEqual(SHOWCASE.map(([el]) => `${el}: ${kind}`).sort());
  expect(rec.events.filter((e) => e.type === 'ansinh-load'), 'ansinh-load events').toEqual([]);
  // The host's own script still answers.
  await o.page.click('#host-button');
  expect(await o.page.textContent('#host-status')).toBe('Đã bấm 1 lần.');
}

/** Message (readable, in the widget's language, naming the file) and fallback (visible). */
function failureShown(w: WidgetSnapshot, lang: Lang, urlPart: string | RegExp): string[] {
  const name = nameOf(w);
  const out: string[] = [];
  if (w.state !== 'error') out.push(`${name}: state ${w.state}`);
  if (!w.fallback.link) out.push(`${name}: the fallback link is not visible`);
  if (!w.fallback.table) out.push(`${name}: the fallback table is not visible`);
  if (!w.messageVisible || !w.message) out.push(`${name}: no visible message`);
  else {
    if (w.messageRole !== 'status') out.push(`${name}: message role="${w.messageRole}"`);
    if (!(typeof urlPart === 'string' ? w.message.includes(urlPart) : urlPart.test(w.message))) out.push(`${name}: message "${w.message}" does not name the file (${urlPart})`);
    if (/undefined|null|\[object|NaN/.test(w.message)) out.push(`${name}: message "${w.message}"`);
    const vietnamese = /[ạảãàáâậầấẩẫăắằặẳẵđđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/i.test(w.message);
    if (vietnamese !== (lang === 'vi')) out.push(`${name}: message "${w.message}" is not in ${lang}`);
  }
  if (w.lang !== lang) out.push(`${name}: box lang="${w.lang}"`);
  return out;
}

describe.concurrent('data failing on a host page with a strict CSP', () => {
  const cases = TARGETS.flatMap((target) => FAILURES.map((failure) => ({ label: `${failure.name}, ${target.name}`, failure, target })));
  it.for(cases)('$label: message, fallback, nothing thrown, the host keeps working', async ({ failure, target }) => {
    const o = await suite.open({ body: body() }, {
      prepare: (context) => context.route((url) => url.origin === s.origin && target.fails(url.pathname), failure.handle),
    });
    try {
      await expectGracefulFailure(o, failure.kind);
      if (target.name.startsWith('the indicator')) {
        // Each indicator's newest complete file, and never the catalog (a live widget reads nothing else).
        const data = o.w.requests.filter((u) => u.startsWith(`${s.origin}/data/`) && !u.endsWith(districtPathsJsonPath)).map((u) => u.slice(s.origin.length));
        expect([...new Set(data)].sort()).toEqual(['jobs_created', 'poor_households'].map((id) => dataFilePath(id, 'latest', 'json-v2')).sort());
      }
    } finally {
      await o.close();
    }
  });

  it('a failed request is forgotten: a widget added later tries again and draws', async () => {
    let failing = true;
    const o = await suite.open({ body: body() }, {
      prepare: (context) => context.route((url) => url.origin === s.origin && url.pathname.startsWith('/data/'), (route) =>
        (failing ? route.fulfill({ status: 503, headers: CORS, body: 'busy' }) : route.continue())),
    });
    try {
      await expectGracefulFailure(o, 'http');
      failing = false;
      await o.page.evaluate(() => {
        const late = document.createElement('ansinh-chart');
        late.setAttribute('indicator', 'jobs_created');
        document.querySelector('article')!.append(late);
      });
      await settle(o.page);
      const states = (await snapshots(o.page)).map((w) => `${nameOf(w)}: ${w.state}`);
      expect(states).toEqual([...SHOWCASE.map(([el, id]) => `${el}[${id}]: error`), 'ansinh-chart[jobs_created]: complete']);
      // One request shared by the three jobs_created widgets of the page (failed), then the late one's own.
      const jobsLatest = `${s.origin}${dataFilePath('jobs_created', 'latest', 'json-v2')}`;
      expect(o.w.requests.filter((u) => u === jobsLatest).length, `${jobsLatest} requests (failed, then again)`).toBe(2);
      expect(o.w.requests.filter((u) => u === `${s.origin}${catalogPath}`), 'catalog requests').toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('no answer at all: the request times out (8 s), then message and fallback', async () => {
    const o = await suite.open({ body: body() }, {
      // Never answered; the route is released when the context closes.
      prepare: (context) => context.route((url) => url.origin === s.origin && url.pathname.startsWith('/data/'), () => new Promise<void>(() => undefined)),
    });
    try {
      await expectGracefulFailure(o, 'timeout');
    } finally {
      await o.close();
    }
  }, 30_000);

  it('a browser without constructable stylesheets (Firefox 93–100): the fallback stays, nothing is drawn or announced', async () => {
    const o = await suite.open({ body: body() }, {
      settle: false,
      prepare: (context) => context.addInitScript(() => {
        (window as unknown as { CSSStyleSheet: unknown }).CSSStyleSheet = function CSSStyleSheet() {
          throw new TypeError('Illegal constructor');
        };
      }),
    });
    try {
      // Long enough for any request or render the elements would start.
      await o.page.waitForTimeout(1000);
      // Each element's connectedCallback reports its error, as the browser does for a custom element; nothing else may.
      const found = (await suite.allProblems(o)).filter((line) => !/Illegal constructor/.test(line));
      expect(found, listed('problems on the host page:', found)).toEqual([]);
      const widgets = await snapshots(o.page);
      expect(widgets.map((w) => `${nameOf(w)}: ${w.fallback.link && w.fallback.table ? 'fallback shown' : 'fallback hidden'}`))
        .toEqual(SHOWCASE.map(([el, id]) => `${el}[${id}]: fallback shown`));
      // The script's own early requests (it starts them as it runs, before any element
      // connects) still go out there; no element reads them or says anything.
      expect((await recorded(o.page)).events, 'ansinh-* events').toEqual([]);
      await o.page.click('#host-button');
      expect(await o.page.textContent('#host-status')).toBe('Đã bấm 1 lần.');
    } finally {
      await o.close();
    }
  });

  it('a base="…" where the data is not (the site\'s 404 page, without CORS headers)', async () => {
    const base = `${s.origin}/no-such-mirror`;
    const html = SHOWCASE.map(([el, id, lang]) => scriptEmbed(s, el, id, lang).replace(`<${el} `, `<${el} base="${base}" `)).join('\n');
    const o = await suite.open({ body: html });
    try {
      await expectGracefulFailure(o, 'network', '/no-such-mirror/data/');
    } finally {
      await o.close();
    }
  });
});
