/**
 * The widgets on a newsroom's page (issue 4, "What will be checked"): a host page that is
 * not part of the site, served from another origin (a second server on another port) with
 * a strict Content-Security-Policy, pastes the real snippets (src/lib/site/embed.ts) with
 * the catalog's script URL and SRI hash. Every element draws the values of data/, with no
 * console error, no CSP violation, no global but the element names, one request per data
 * file (an indicator's newest complete `.v2.json`, never the catalog), the script loaded
 * twice, Vietnamese and English, light and dark.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/format.ts';
import { dataFilePath, districtPathsJsonPath } from '../../src/lib/routes.ts';
import { WIDGET_ELEMENTS, type WidgetElement } from '../../src/lib/widgets-contract.ts';
import { DIST, listed } from './site.ts';
import { checkValues } from './widget-host/checks.ts';
import { nameOf, recorded, settle, snapshots, type WidgetSnapshot } from './widget-host/harness.ts';
import type { HostPageOptions } from './widget-host/page.ts';
import { allEmbeds, elementEmbed, num, numbersIn, scriptEmbed } from './widget-host/site.ts';
import { useHostSuite, type Opened, type OpenOptions } from './widget-host/suite.ts';

const suite = useHostSuite();
const { s } = suite;

/** The indicator each element is shown with on the main host page. */
const SHOWCASE: Record<WidgetElement, string> = {
  'ansinh-headline': 'jobs_created',
  'ansinh-chart': 'jobs_created',
  'ansinh-jobs-progress': 'jobs_created',
  'ansinh-district-compare': 'poor_households',
};

const openHost = (page: HostPageOptions, options?: OpenOptions) => suite.open(page, options);
const allProblems = (o: Opened) => suite.allProblems(o);

/** Adds attributes to the first `<ansinh-…` start tag of a snippet. */
const withAttrs = (html: string, attrs: string): string => html.replace(/<(ansinh-[a-z-]+) /, `<$1 ${attrs} `);
/** Drops the `lang` attribute of the snippet's element (it then follows the host page). */
const withoutLang = (html: string): string => html.replace(/(<ansinh-[a-z-]+ [^>]*?) lang="[^"]*"/, '$1');

/** The chart data table's row of the 2022 actual figure: period, measure, value, note. */
const row2022 = (w: WidgetSnapshot) => w.rows.find((r) => r[0] === '2022' && /^(Thực hiện|Actual)$/.test(r[1] ?? ''));

describe('the snippet, from the catalog', () => {
  it('catalog.json lists the exact-version script, its SRI hash, the alias and every element', () => {
    expect(s.widgets.elements, 'catalog.widgets.elements').toEqual([...WIDGET_ELEMENTS]);
    expect(s.widgets.script, 'catalog.widgets.script').toMatch(/^\/widgets\/\d+\.\d+\.\d+\/ansinh\.js$/);
    expect(s.widgets.alias, 'catalog.widgets.alias').toMatch(/^\/widgets\/v\d+\/ansinh\.js$/);
    const bytes = readFileSync(join(DIST, s.widgets.script!));
    expect(s.integrity, 'catalog.widgets.integrity is the sha384 of the published script').toBe(`sha384-${createHash('sha384').update(bytes).digest('base64')}`);
    expect(new URL(s.scriptUrl).origin).not.toBe(new URL(suite.host.url('/')).origin);
    const snippet = scriptEmbed(s, 'ansinh-chart', 'jobs_created');
    expect(snippet).toContain(`<script type="module" src="${s.scriptUrl}" integrity="${s.integrity}" crossorigin="anonymous"></script>`);
  });
});

describe.concurrent('a host page on another origin with a strict CSP', () => {
  it('every element of the catalog draws the values of data/, with no console error and no CSP violation', async () => {
    const elements = s.widgets.elements as WidgetElement[];
    const o = await openHost({ body: elements.map((el) => scriptEmbed(s, el, SHOWCASE[el])).join('\n') });
    try {
      const found = await allProblems(o);
      expect(found, listed('problems on the host page:', found)).toEqual([]);
      const rec = await recorded(o.page);
      expect([...rec.hostSawDefined].sort(), 'elements defined when the host script ran (after the widget script)').toEqual([...elements].sort());
      const widgets = await snapshots(o.page);
      expect(widgets.map((w) => `${nameOf(w)}: ${w.state}`)).toEqual(elements.map((el) => `${el}[${SHOWCASE[el]}]: complete`));
      const wrong = widgets.flatMap((w) => checkValues(s, w, 'vi'));
      expect(wrong, listed('values that differ from data/:', wrong)).toEqual([]);
      // The fallback is not displayed once the widget draws (it stays in the page for archives).
      const showing = widgets.filter((w) => w.fallback.link || w.fallback.table).map(nameOf);
      expect(showing, 'fallback displayed next to a drawn widget').toEqual([]);
      const chart = widgets.find((w) => w.tag === 'ansinh-chart')!;
      expect(row2022(chart)?.[2], 'jobs_created 2022 in the chart\'s data table').toBe('203.027 người');
      const loads = rec.events.filter((e) => e.type === 'ansinh-load').map((e) => `${e.tag} ${e.detail.version}`).sort();
      expect(loads, 'ansinh-load events').toEqual(elements.map((el) => `${el} ${s.latest(SHOWCASE[el]).id}`).sort());
      // Host still works after the widgets: its button.
      await o.page.click('#host-button');
      expect(await o.page.textContent('#host-status')).toBe('Đã bấm 1 lần.');
    } finally {
      await o.close();
    }
  });

  it('every element with every indicator the site offers an embed for draws its values', async () => {
    const embeds = allEmbeds(s);
    expect(embeds.length).toBeGreaterThan(20);
    const body = [scriptEmbed(s, embeds[0]!.element, embeds[0]!.indicator), ...embeds.slice(1).map((e) => elementEmbed(s, e.element, e.indicator))].join('\n');
    const o = await openHost({ body });
    try {
      const found = await allProblems(o);
      expect(found, listed('problems on the host page:', found)).toEqual([]);
      const widgets = await snapshots(o.page);
      expect(widgets.length).toBe(embeds.length);
      const wrong = widgets.flatMap((w) => checkValues(s, w, 'vi'));
      expect(wrong, listed(`${wrong.length} values that differ from data/:`, wrong)).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('the widgets add no global but the element names', async () => {
    // The same page with and without the widget script (the fallback markup stays).
    const body = (s.widgets.elements as WidgetElement[]).map((el) => elementEmbed(s, el, SHOWCASE[el])).join('\n');
    const globals = async (withScript: boolean) => {
      const o = await suite.open({ body: withScript ? `<script type="module" src="${s.scriptUrl}" integrity="${s.integrity}" crossorigin="anonymous"></script>\n${body}` : body }, { settle: withScript });
      try {
        return await o.page.evaluate(() => Object.getOwnPropertyNames(window));
      } finally {
        await o.close();
      }
    };
    const [before, after] = await Promise.all([globals(false), globals(true)]);
    const added = after.filter((name) => !before.includes(name));
    expect(added, 'globals the widget script added').toEqual([]);
  });

  it('one request per data file, shared by the widgets of a page (and by one added later)', async () => {
    const pick: [WidgetElement, string][] = [
      ['ansinh-chart', 'jobs_created'], ['ansinh-headline', 'jobs_created'], ['ansinh-jobs-progress', 'jobs_created'],
      ['ansinh-chart', 'poor_households'], ['ansinh-headline', 'poor_households'], ['ansinh-district-compare', 'poor_households'],
      ['ansinh-district-compare', 'population'],
    ];
    // Pasted as newsrooms do: one full snippet (script included) per widget.
    const o = await openHost({ body: pick.map(([el, id]) => scriptEmbed(s, el, id)).join('\n') });
    try {
      await o.page.evaluate(() => {
        const late = document.createElement('ansinh-headline');
        late.setAttribute('indicator', 'jobs_created');
        document.querySelector('article')!.append(late);
      });
      await settle(o.page);
      const found = await allProblems(o);
      expect(found, listed('problems on the host page:', found)).toEqual([]);
      const states = (await snapshots(o.page)).map((w) => `${nameOf(w)}: ${w.state}`);
      expect(states.every((st) => st.endsWith(': complete')), states.join('\n')).toBe(true);
      const counts = new Map<string, number>();
      for (const url of o.w.requests.filter((u) => u.startsWith(s.origin))) counts.set(url.slice(s.origin.length), (counts.get(url.slice(s.origin.length)) ?? 0) + 1);
      // The widget script, the outlines and each indicator's newest complete file: not the catalog, not the schema-1 JSON.
      const expected = [
        s.widgets.script!, districtPathsJsonPath,
        ...['jobs_created', 'poor_households', 'population'].map((id) => dataFilePath(id, 'latest', 'json-v2')),
      ];
      expect(Object.fromEntries([...counts].sort()), 'requests to the site, by path').toEqual(Object.fromEntries(expected.map((p) => [p, 1]).sort()));
    } finally {
      await o.close();
    }
  });
});

describe.concurrent('safety and layout on the host page', () => {
  it('text from the data never becomes markup', async () => {
    const evil = '<img src="x" onerror="window.__xss=1"><b id="injected">Tiêu đề</b>';
    const o = await openHost({ body: (s.widgets.elements as WidgetElement[]).map((el) => scriptEmbed(s, el, SHOWCASE[el])).join('\n') }, {
      // The files the widgets read: each indicator's newest complete JSON.
      prepare: (context) => context.route((url) => url.origin === s.origin && /^\/data\/[a-z_]+\/latest\/[a-z_]+\.v2\.json$/.test(url.pathname), async (route) => {
        const response = await route.fetch();
        const json = (await response.json()) as { indicator: { title: { vi: string }; unit: { vi: string } } };
        json.indicator.title.vi = evil;
        json.indicator.unit.vi = '<i id="unit">người</i>';
        await route.fulfill({ response, json });
      }),
    });
    try {
      const found = await allProblems(o);
      expect(found, listed('problems on the host page:', found)).toEqual([]);
      const injected = await o.page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ansinh-'))
        .flatMap((e) => [...e.shadowRoot!.querySelectorAll('img, b, i, #injected, #unit')].map((x) => `${e.localName}: <${x.localName}>`))
        .concat((window as unknown as { __xss?: number }).__xss ? ['onerror ran'] : []));
      expect(injected, 'elements made from data text').toEqual([]);
      const widgets = await snapshots(o.page);
      expect(widgets.map((w) => `${nameOf(w)}: ${w.state} ${w.title.includes(evil)}`)).toEqual(widgets.map((w) => `${nameOf(w)}: complete true`));
    } finally {
      await o.close();
    }
  });

  it('the height is reserved while the data loads: nothing below a widget moves when it draws (800 px wide)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    const picks: [WidgetElement, string][] = [...(s.widgets.elements as WidgetElement[]).map((el): [WidgetElement, string] => [el, SHOWCASE[el]]), ['ansinh-headline', 'poor_households'], ['ansinh-chart', 'poor_household_rate']];
    const o = await openHost({ body: picks.map(([el, id]) => scriptEmbed(s, el, id)).join('\n') }, {
      settle: false,
      context: { viewport: { width: 800, height: 900 } },
      // The data waits until the skeletons are measured.
      prepare: (context) => context.route((url) => url.origin === s.origin && url.pathname.startsWith('/data/'), async (route) => {
        await gate;
        await route.continue();
      }),
    });
    try {
      const heights = () => o.page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ansinh-'))
        .map((e) => ({ state: (e as unknown as { state: string }).state, height: e.getBoundingClientRect().height })));
      const until = Date.now() + 10_000;
      while ((await heights()).some((h) => h.state !== 'pending') && Date.now() < until) await o.page.waitForTimeout(50);
      const before = await heights();
      expect(before.map((h) => h.state), 'widgets waiting for their data').toEqual(picks.map(() => 'pending'));
      release();
      await settle(o.page);
      const after = await heights();
      const moved = picks.flatMap(([el, id], i) => {
        const [b, a] = [before[i]!.height, after[i]!.height];
        return Math.abs(a - b) > 1.5 ? [`${el}[${id}]: ${b.toFixed(1)} px while loading, ${a.toFixed(1)} px drawn`] : [];
      });
      expect(moved, listed('widgets whose height changed when the data arrived:', moved)).toEqual([]);
    } finally {
      await o.close();
    }
  });
});

describe.concurrent('pinned widgets', () => {
  it('version= and as-of= show that version\'s figures and say that newer data exists, with a link', async () => {
    const versions = s.indicator('jobs_created').versions.filter((v) => v.released).map((v) => v.id);
    expect(versions.length, 'jobs_created has an older released version').toBeGreaterThan(1);
    const [first, latest] = [versions[0]!, versions.at(-1)!];
    const dayBefore = new Date(Date.parse(versions[1]!) - 86_400_000).toISOString().slice(0, 10);
    const body = [
      withAttrs(scriptEmbed(s, 'ansinh-chart', 'jobs_created'), `version="${first}"`),
      withAttrs(elementEmbed(s, 'ansinh-headline', 'jobs_created'), `as-of="${dayBefore}"`),
      elementEmbed(s, 'ansinh-headline', 'jobs_created'),
    ].join('\n');
    const o = await openHost({ body });
    try {
      const found = await allProblems(o);
      expect(found, listed('problems on the host page:', found)).toEqual([]);
      const [chart, pinnedHeadline, live] = await snapshots(o.page);
      const old = s.indicator('jobs_created').versions.find((v) => v.id === first)!;
      const oldValues = old.observations.filter((ob) => ob.area === '01' && ob.measure !== 'pct_of_plan').map((ob) => `${ob.period.id} ${num(ob.value, 'vi', { decimals: 0, kind: 'count' })}`).sort();
      expect(chart!.rows.map((r) => `${r[0]} ${numbersIn(r[2] ?? '')[0]}`).sort(), `the chart pinned to ${first} shows that version's figures`).toEqual(oldValues);
      for (const w of [chart!, pinnedHeadline!]) {
        expect(w.footer, `${nameOf(w)}: footer names the pinned version`).toContain(first);
        expect(w.newer, `${nameOf(w)}: "newer data" note`).toContain(latest);
        expect(w.newerHref, `${nameOf(w)}: the note links the indicator page`).toBe(new URL(s.indicatorPage('jobs_created', 'vi'), s.baseUrl).href);
      }
      expect(live!.newer, 'a live widget has no "newer data" note').toBe('');
      expect(live!.footer).toContain(latest);
      const loads = (await recorded(o.page)).events.filter((e) => e.type === 'ansinh-load').map((e) => `${e.tag} ${JSON.stringify(e.detail)}`).sort();
      const detail = (version: string, pinned: boolean) => JSON.stringify({ indicator: 'jobs_created', area: '01', version, latest, pinned });
      expect(loads, 'ansinh-load events').toEqual([
        `ansinh-chart ${detail(first, true)}`,
        `ansinh-headline ${detail(first, true)}`,
        `ansinh-headline ${detail(latest, false)}`,
      ].sort());
    } finally {
      await o.close();
    }
  });
});

describe.concurrent('the script loaded twice on one page', () => {
  const tag = (src: string, sri: boolean) => `<script type="module" src="${src}"${sri ? ` integrity="${s.integrity}"` : ''} crossorigin="anonymous"></script>`;
  const cases: [string, () => string][] = [
    ['the same snippet pasted twice (one URL)', () => `${scriptEmbed(s, 'ansinh-chart', 'jobs_created')}\n${scriptEmbed(s, 'ansinh-headline', 'jobs_created')}`],
    // A different URL for the same bytes: the module runs twice.
    ['the same version at two URLs (run twice)', () => `${tag(s.scriptUrl, true)}\n${tag(`${s.scriptUrl}?copy=2`, true)}\n${elementEmbed(s, 'ansinh-chart', 'jobs_created')}\n${elementEmbed(s, 'ansinh-headline', 'jobs_created')}`],
    ['the exact path, then the major alias', () => `${scriptEmbed(s, 'ansinh-chart', 'jobs_created')}\n${tag(s.aliasUrl, false)}\n${elementEmbed(s, 'ansinh-headline', 'jobs_created')}`],
    ['the major alias, then the exact path', () => `${tag(s.aliasUrl, false)}\n${elementEmbed(s, 'ansinh-headline', 'jobs_created')}\n${scriptEmbed(s, 'ansinh-chart', 'jobs_created')}`],
  ];
  it.for(cases)('%s: no error, the elements work', async ([, body]) => {
    const html = body();
    const o = await openHost({ body: html });
    try {
      const found = await allProblems(o);
      expect(found, listed('problems on the host page:', found)).toEqual([]);
      const widgets = await snapshots(o.page);
      const wrong = widgets.flatMap((w) => checkValues(s, w, 'vi'));
      expect(wrong, listed('values that differ from data/:', wrong)).toEqual([]);
      // Every script URL of the page was fetched and run.
      const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
      const fetched = o.w.requests.filter((u) => u.includes('/widgets/'));
      expect([...new Set(fetched)].sort()).toEqual([...new Set(scripts)].sort());
    } finally {
      await o.close();
    }
  });
});

describe.concurrent('Vietnamese and English: the element\'s lang, else the host page\'s', () => {
  const cases: { name: string; htmlLang: string | null; attr: Lang | null; want: Lang }[] = [
    { name: 'lang="vi" on the element', htmlLang: 'en', attr: 'vi', want: 'vi' },
    { name: 'lang="en" on the element', htmlLang: 'vi', attr: 'en', want: 'en' },
    { name: 'no lang, host <html lang="vi">', htmlLang: 'vi', attr: null, want: 'vi' },
    { name: 'no lang, host <html lang="en">', htmlLang: 'en', attr: null, want: 'en' },
    { name: 'no lang, host <html lang="en-US">', htmlLang: 'en-US', attr: null, want: 'en' },
    { name: 'no lang, host <html lang="fr"> (another language reads English)', htmlLang: 'fr', attr: null, want: 'en' },
    { name: 'no lang anywhere (Vietnamese)', htmlLang: null, attr: null, want: 'vi' },
  ];
  it.for(cases)('$name', async ({ htmlLang, attr, want }) => {
    const els = s.widgets.elements as WidgetElement[];
    // The snippet in the widget's language, with its lang attribute or without it.
    const snippet = (el: WidgetElement) => (attr ? scriptEmbed(s, el, SHOWCASE[el], attr) : withoutLang(scriptEmbed(s, el, SHOWCASE[el], want)));
    const o = await openHost({ lang: htmlLang, body: els.map(snippet).join('\n') });
    try {
      const found = await allProblems(o);
      expect(found, listed('problems on the host page:', found)).toEqual([]);
      const widgets = await snapshots(o.page);
      const wrong = widgets.flatMap((w) => checkValues(s, w, want));
      expect(wrong, listed('values that differ from data/:', wrong)).toEqual([]);
      const chart = widgets.find((w) => w.tag === 'ansinh-chart')!;
      const unit = s.indicator('jobs_created').unit[want];
      expect(row2022(chart)?.[2], 'jobs_created 2022 in the chart\'s data table').toBe(`${want === 'vi' ? '203.027' : '203,027'} ${unit}`);
      expect(num(203027, want, { decimals: 0, kind: 'count' })).toBe(want === 'vi' ? '203.027' : '203,027');
    } finally {
      await o.close();
    }
  });
});

describe.concurrent('light and dark', () => {
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(17, 17, 17)';
  const META_DARK = '<meta name="color-scheme" content="dark">';
  const cases: { name: string; scheme: 'light' | 'dark'; theme: string | null; darkHost?: boolean; head?: string; want: boolean }[] = [
    { name: 'reader prefers light, no theme', scheme: 'light', theme: null, want: false },
    // The host decides, not the reader's OS: a host that declares nothing is light.
    { name: 'reader prefers dark, no theme, host declares nothing: light', scheme: 'dark', theme: null, want: false },
    { name: 'reader prefers dark, theme="auto"', scheme: 'dark', theme: 'auto', want: true },
    { name: 'reader prefers light, theme="auto"', scheme: 'light', theme: 'auto', want: false },
    { name: 'reader prefers light, theme="dark"', scheme: 'light', theme: 'dark', want: true },
    { name: 'reader prefers dark, theme="light"', scheme: 'dark', theme: 'light', want: false },
    { name: 'reader prefers light, host says :root { color-scheme: dark }, no theme', scheme: 'light', theme: null, darkHost: true, want: true },
    { name: 'reader prefers light, host says <meta name="color-scheme" content="dark"> only, no theme', scheme: 'light', theme: null, head: META_DARK, want: true },
  ];
  it.for(cases)('$name', async ({ scheme, theme, darkHost, head, want }) => {
    const els = s.widgets.elements as WidgetElement[];
    const body = els.map((el) => (theme ? withAttrs(scriptEmbed(s, el, SHOWCASE[el]), `theme="${theme}"`) : scriptEmbed(s, el, SHOWCASE[el]))).join('\n');
    const o = await openHost({ body, darkHost: darkHost ?? false, head: head ?? '' }, { context: { colorScheme: scheme } });
    try {
      const found = await allProblems(o);
      expect(found, listed('problems on the host page:', found)).toEqual([]);
      const widgets = await snapshots(o.page);
      expect(widgets.map((w) => `${nameOf(w)}: ${w.dark ? 'dark' : 'light'} ${w.background}`))
        .toEqual(widgets.map((w) => `${nameOf(w)}: ${want ? 'dark' : 'light'} ${want ? DARK : LIGHT}`));
      const wrong = widgets.flatMap((w) => checkValues(s, w, 'vi'));
      expect(wrong, listed('values that differ from data/:', wrong)).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
