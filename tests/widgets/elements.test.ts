// @vitest-environment happy-dom
/**
 * The four elements against stubbed data files (tests/widgets/fixtures: slices of the real
 * published files): what they draw, in Vietnamese and English, and how they fail.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../widgets/index.ts';
import { AnsinhChart, define as defineChart } from '../../widgets/chart/element.ts';
import { defineOnce } from '../../widgets/shared/element.ts';
import { clearCache } from '../../widgets/shared/fetch.ts';
import { BASE, defaultRoutes, fixtureV2, mount, settle, shadowHtml, shadowText, stubFetch, type Widget } from './helpers.ts';

beforeEach(() => {
  clearCache();
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const LATEST = `${BASE}/data/jobs_created/latest/jobs_created.v2.json`;
const CATALOG = `${BASE}/data/catalog.json`;

/** Each body row of the shadow table, its cells' text joined by spaces (empty cells left out). */
const tableRows = (el: Element): string[] =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' '));

/** The light-DOM fallback is still there, and slotted: what a reader sees on error. */
function expectFallbackShown(el: Widget) {
  expect(el.querySelector('a')?.getAttribute('href')).toBe('https://ansinh.example.org/chi-tieu/jobs-created/');
  expect(el.shadowRoot?.querySelector('slot')).not.toBeNull();
}

describe('ansinh-chart', () => {
  it('draws the series with the summary and a data table, in Vietnamese by default', async () => {
    stubFetch();
    const el = await mount('ansinh-chart', { indicator: 'jobs_created' });
    expect(el.state).toBe('complete');
    const text = shadowText(el);
    expect(text).toContain('Lao động được giải quyết việc làm – Hà Nội');
    expect(text).toContain('Năm 2025, Hà Nội: 222.000 người, đạt ≈ 131,4% kế hoạch năm (169.000 người).');
    expect(text).toContain('Không có số liệu cả năm cho năm 2023.');
    // The table lists every drawn value, year-to-date figures and plans included.
    const rows = tableRows(el);
    expect(rows).toContain('10 tháng 2025 Thực hiện 195.558 người');
    expect(rows).toContain('2026 Kế hoạch 171.000 người');
    expect(rows).toContain('2025 Thực hiện 222.000 người qua bản dịch');
    expect(rows).toContain('2017 Thực hiện ≈ 152.021 người tính toán (≈)');
    // Fallback hidden (no slot) but kept in the light DOM.
    expect(el.shadowRoot!.querySelector('slot')).toBeNull();
    expect(el.querySelector('table')).not.toBeNull();
    // The site's chart (a file written before `temporal` existed reads as a stock): a break
    // rule, year-to-date points (dashed), plan ticks, hollow ≈ dots, no line across the 2023 gap.
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.querySelectorAll('line.brk')).toHaveLength(1);
    expect(svg.querySelectorAll('g.yr circle.ytd').length).toBe(12);
    expect(svg.querySelectorAll('g.yr line.plan').length).toBe(9);
    expect(svg.querySelectorAll('circle.approx').length).toBeGreaterThan(0);
    // 2017–2022 joined; 2024 alone (2023 is missing), 2025 alone (the 2025 break).
    const lines = [...svg.querySelectorAll('path.line')].map((p) => p.getAttribute('d')!.split('L').length);
    expect(lines).toEqual([6]);
    // Each year a focusable group that says its values.
    expect(svg.querySelector('g.yr[aria-label^="2022: "]')!.getAttribute('tabindex')).toBe('0');
    expect(shadowHtml(el)).not.toMatch(/style=/);
  });

  it('formats numbers for English readers, with the language taken from an ancestor', async () => {
    stubFetch();
    const wrapper = document.createElement('div');
    wrapper.setAttribute('lang', 'en-GB');
    document.body.append(wrapper);
    const el = await mount('ansinh-chart', { indicator: 'jobs_created' }, wrapper);
    const text = shadowText(el);
    expect(text).toContain('Jobs created – Hanoi');
    expect(text).toContain('In 2025, Hanoi: 222,000 persons, ≈ 131.4% of the annual plan (169,000 persons).');
    expect(el.shadowRoot!.querySelector('.w')!.getAttribute('lang')).toBe('en');
  });

  it('shows the data up to the end of `period` only', async () => {
    stubFetch();
    const el = await mount('ansinh-chart', { indicator: 'jobs_created', period: '2022' });
    expect(shadowText(el)).toContain('Năm 2022, Hà Nội: 203.027 người, đạt 126,9% kế hoạch năm (160.000 người)');
    expect(shadowText(el)).not.toContain('2025');
  });
});

describe('ansinh-headline', () => {
  it('shows the latest figure, its period and the computed % of plan', async () => {
    stubFetch();
    const el = await mount('ansinh-headline', { indicator: 'jobs_created' });
    expect(el.shadowRoot!.querySelector('.figure')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('222.000 người');
    expect(el.shadowRoot!.querySelector('.period')!.textContent).toBe('2025 (qua bản dịch)');
    expect(shadowText(el)).toContain('đạt ≈ 131,4% kế hoạch năm');
  });

  it('reads a rate with its change in percentage points', async () => {
    stubFetch();
    const el = await mount('ansinh-headline', { indicator: 'unemployment_rate_overall', lang: 'en' });
    expect(shadowText(el)).toContain('Overall unemployment rate – Hanoi');
    expect(el.shadowRoot!.querySelector('.figure')!.textContent).toMatch(/^[\d.]+%$/);
  });
});

describe('ansinh-jobs-progress', () => {
  it('defaults to jobs_created and the latest year with both a plan and a figure', async () => {
    stubFetch();
    const el = await mount('ansinh-jobs-progress', {});
    expect(el.shadowRoot!.querySelector('.figure')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('131,4% kế hoạch năm 2025');
    expect(shadowText(el)).toContain('2025: 222.000 người · Kế hoạch năm 2025: 169.000 người');
    const bar = el.shadowRoot!.querySelector('.bar rect.af')!;
    expect(bar.getAttribute('width')).toBe('96%');
  });

  it('judges a year without a full-year figure by its latest year-to-date one, marked ≈ when derived', async () => {
    stubFetch();
    const el = await mount('ansinh-jobs-progress', { period: '2023', lang: 'en' });
    expect(el.shadowRoot!.querySelector('.figure')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('≈ 123.6% of the 2023 plan');
    expect(shadowText(el)).toContain('Jan–Nov 2023: ≈ 200,300 persons · 2023 plan: 162,000 persons');
    expect(shadowText(el)).toContain('≈ marks an approximate value');
  });

  it('shows progress as it stood at a period within the year', async () => {
    stubFetch();
    const el = await mount('ansinh-jobs-progress', { period: '2025-01/2025-10' });
    expect(shadowText(el)).toContain('10 tháng 2025: 195.558 người');
    expect(el.shadowRoot!.querySelector('.figure')!.textContent).toContain('115,7%');
  });
});

describe('ansinh-district-compare', () => {
  it('ranks exact values, lists bounds unranked and districts without a value as no data', async () => {
    stubFetch();
    const el = await mount('ansinh-district-compare', { indicator: 'population', area: '018' });
    expect(shadowText(el)).toContain('Dân số theo quận, huyện – Tháng 8/2024');
    const rows = tableRows(el);
    expect(rows.slice(0, 5)).toEqual(['1 Đông Anh 380.000 người', '2 Gia Lâm 280.000 người', 'Hoài Đức hơn 230.000 người', 'Thanh Trì hơn 200.000 người', 'Đan Phượng hơn 174.000 người']);
    expect(rows[5]).toBe('Ba Đình Không có số liệu');
    expect(rows).toHaveLength(12);
    expect(el.shadowRoot!.querySelector('tr.hl')!.textContent).toContain('Gia Lâm');
    // On the map: two filled (ranked) districts, three bounds unfilled, seven hatched as no data.
    const paths = [...el.shadowRoot!.querySelectorAll('.districts path')];
    expect(paths.filter((p) => p.getAttribute('class') === 'af')).toHaveLength(2);
    expect(paths.filter((p) => p.getAttribute('fill') === 'url(#nodata)')).toHaveLength(7);
    expect(el.shadowRoot!.querySelector('.highlight')).not.toBeNull();
    expect(shadowText(el)).toContain('geoBoundaries');
  });

  it('compares an exact period when asked', async () => {
    stubFetch();
    const el = await mount('ansinh-district-compare', { indicator: 'population', period: '2019-04-01', lang: 'en' });
    const first = tableRows(el)[0];
    expect(first).toBe('1 Hoang Mai 506,347 persons');
  });

  it('says so when the indicator has no district figures', async () => {
    stubFetch();
    const el = await mount('ansinh-district-compare', { indicator: 'jobs_created' });
    expect(el.state).toBe('error');
    expect(shadowText(el)).toContain('Chưa có số liệu quận, huyện “Lao động được giải quyết việc làm” cho Hà Nội.');
    expectFallbackShown(el);
  });
});

describe('versions', () => {
  it('pins a version and says that newer data exists, with a link to the indicator page', async () => {
    const calls = stubFetch();
    const el = await mount('ansinh-headline', { indicator: 'jobs_created', version: '2023-01-14' });
    expect(calls).toContain(`${BASE}/data/jobs_created/2023-01-14/jobs_created.v2.json`);
    expect(el.shadowRoot!.querySelector('.figure')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('203.027 người');
    const note = el.shadowRoot!.querySelector('.newer')!;
    expect(note.textContent).toContain('Đã có số liệu mới hơn (phiên bản 2026-11-26)');
    expect(note.querySelector('a')!.getAttribute('href')).toBe(`${BASE}/chi-tieu/jobs-created/`);
  });

  it('resolves as-of to the newest version released on or before that date', async () => {
    const calls = stubFetch();
    const el = await mount('ansinh-chart', { indicator: 'jobs_created', 'as-of': '2025-06-30' });
    expect(calls).toContain(`${BASE}/data/jobs_created/2023-01-14/jobs_created.v2.json`);
    expect(el.shadowRoot!.querySelector('.newer')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('.foot')!.textContent).toContain('phiên bản 2023-01-14');
  });

  it('reports a missing version file by its URL, once the newest file lists the version', async () => {
    const routes = defaultRoutes();
    const pinned = `${BASE}/data/jobs_created/2023-01-14/jobs_created.v2.json`;
    routes.set(pinned, () => new Response('gone', { status: 404 }));
    stubFetch(routes);
    const el = await mount('ansinh-chart', { indicator: 'jobs_created', version: '2023-01-14' });
    expect(el.shadowRoot!.querySelector('.problem')!.textContent).toBe(`Không tải được số liệu (HTTP 404): ${pinned}`);
    expectFallbackShown(el);
  });

  it('shows no note when live', async () => {
    stubFetch();
    const el = await mount('ansinh-headline', { indicator: 'jobs_created' });
    expect(el.shadowRoot!.querySelector('.newer')).toBeNull();
    expect(el.shadowRoot!.querySelector('.foot a')!.getAttribute('href')).toBe(`${BASE}/chi-tieu/jobs-created/`);
  });

  it('explains an as-of date before the first release and an unknown version', async () => {
    stubFetch();
    const early = await mount('ansinh-chart', { indicator: 'jobs_created', 'as-of': '2020-01-01' });
    expect(shadowText(early)).toContain('Không có phiên bản nào ứng với as-of="2020-01-01"; các phiên bản: 2023-01-14, 2026-11-26.');
    const unknown = await mount('ansinh-chart', { indicator: 'jobs_created', version: '2024-01-01', lang: 'en' });
    expect(shadowText(unknown)).toContain('No version matches version="2024-01-01"; versions: 2023-01-14, 2026-11-26.');
    expectFallbackShown(unknown);
  });
});

describe('failures show a message and keep the fallback', () => {
  const cases: [string, Map<string, unknown>, string][] = [
    // A 404 on the newest file means no such indicator (tested below); other statuses say what the server said.
    ['a 403', new Map([[LATEST, () => new Response('forbidden', { status: 403 })]]), `Không tải được số liệu (HTTP 403): ${LATEST}`],
    ['a 500', new Map([[LATEST, () => new Response('oops', { status: 500 })]]), `Không tải được số liệu (HTTP 500): ${LATEST}`],
    ['invalid JSON', new Map([[LATEST, () => new Response('{"schemaVersion": 2,', { status: 200 })]]), `Không đọc được tệp số liệu (JSON): ${LATEST}`],
    ['an unknown schemaVersion', new Map([[LATEST, { ...fixtureV2('jobs_created-2026-11-26.json'), schemaVersion: 3 }]]), `Tệp số liệu có định dạng mới, cần bản widget mới hơn (schemaVersion 3): ${LATEST}`],
    ['a malformed observation', new Map([[LATEST, { ...fixtureV2('jobs_created-2026-11-26.json'), observations: [{ area: '01', period: '2022', measure: 'actual', value: '203.027', comparator: null, flag: 'reported', source: 's' }] }]]), `Không đọc được tệp số liệu (observations[0].value: expected number): ${LATEST}`],
    ['a network failure', new Map([[LATEST, () => Promise.reject(new TypeError('Failed to fetch'))]]), `Không tải được số liệu (TypeError: Failed to fetch): ${LATEST}`],
  ];
  for (const [name, override, message] of cases) {
    it(name, async () => {
      const routes = defaultRoutes();
      for (const [url, route] of override) routes.set(url, route);
      stubFetch(routes);
      const errors: CustomEvent[] = [];
      document.body.addEventListener('ansinh-error', (e) => errors.push(e as CustomEvent));
      const el = await mount('ansinh-chart', { indicator: 'jobs_created' });
      expect(el.state).toBe('error');
      expect(el.shadowRoot!.querySelector('.problem')!.textContent).toBe(message);
      expectFallbackShown(el);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.detail.message).toContain('data');
    });
  }

  it('a timeout (8 s)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const routes = defaultRoutes();
    routes.set(LATEST, (init?: RequestInit) => new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    stubFetch(routes);
    const el = document.createElement('ansinh-chart') as Widget;
    el.setAttribute('base', BASE);
    el.setAttribute('indicator', 'jobs_created');
    document.body.append(el);
    await vi.advanceTimersByTimeAsync(7_900);
    expect(el.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(200);
    await el.updateComplete;
    expect(el.state).toBe('error');
    expect(shadowText(el)).toContain(`Không tải được số liệu (> 8 s): ${LATEST}`);
  });

  it('an unknown indicator or area, named in the widget language', async () => {
    const calls = stubFetch();
    const el = await mount('ansinh-chart', { indicator: 'no_such_thing' });
    // The 404 says which file is missing (a wrong `base` looks the same), in the widget language.
    expect(shadowText(el)).toContain(`Không có chỉ tiêu "no_such_thing": ${BASE}/data/no_such_thing/latest/no_such_thing.v2.json`);
    const area = await mount('ansinh-chart', { indicator: 'jobs_created', area: '999', lang: 'en' });
    expect(shadowText(area)).toContain('There is no area "999" in the data catalog.');
    // Both judged from the indicator's newest file alone (its 404, its list of areas).
    expect(calls).toEqual([`${BASE}/data/no_such_thing/latest/no_such_thing.v2.json`, LATEST]);
  });

  it('contradictory or malformed attributes, before any request', async () => {
    const calls = stubFetch();
    const both = await mount('ansinh-chart', { indicator: 'jobs_created', version: '2023-01-14', 'as-of': '2024-01-01' });
    expect(shadowText(both)).toContain('Chỉ dùng một trong hai thuộc tính version hoặc as-of.');
    expectFallbackShown(both);
    const theme = await mount('ansinh-headline', { indicator: 'jobs_created', theme: 'sepia', lang: 'en' });
    expect(shadowText(theme)).toContain('The attribute theme="sepia" is not valid; expected: auto | light | dark');
    const date = await mount('ansinh-headline', { indicator: 'jobs_created', 'as-of': '2025-02-30' });
    expect(shadowText(date)).toContain('Thuộc tính as-of="2025-02-30" không hợp lệ; dạng đúng: YYYY-MM-DD');
    const missing = await mount('ansinh-chart', {});
    expect(missing.state).toBe('error');
    expect(calls).toEqual([]);
  });
});

describe('per-article attributes', () => {
  /** The jobs file as a flow (what `temporal: flow` publishes): rows of bars, the current year's year-to-date bar. */
  const flowRoutes = () => {
    const routes = defaultRoutes();
    const file = fixtureV2('jobs_created-2026-11-26.json');
    const indicator = file['indicator'];
    routes.set(LATEST, { ...file, indicator: typeof indicator === 'object' ? { ...indicator, temporal: 'flow' } : indicator });
    return routes;
  };

  it('heading and note: the article’s title and note, as text (never markup), on every element and while loading', async () => {
    stubFetch();
    const heading = '<b>Việc làm</b> năm 2022';
    for (const tag of ['ansinh-chart', 'ansinh-headline', 'ansinh-jobs-progress', 'ansinh-district-compare']) {
      const el = await mount(tag, { indicator: tag === 'ansinh-district-compare' ? 'population' : 'jobs_created', heading, note: 'Số liệu của Sở <i>LĐ</i>' });
      expect(el.state, tag).toBe('complete');
      expect(el.shadowRoot!.querySelector('[part=title]')!.textContent, tag).toBe(heading);
      expect(el.shadowRoot!.querySelector('[part=note]')!.textContent, tag).toBe('Số liệu của Sở <i>LĐ</i>');
      expect(el.shadowRoot!.querySelector('b, i'), tag).toBeNull();
    }
    // The chart's accessible name is the heading too.
    const chart = document.querySelector('ansinh-chart')!;
    expect(chart.shadowRoot!.querySelector('svg > title')!.textContent).toBe(heading);
    // Before the data: the same lines, so nothing moves when it arrives.
    stubFetch(new Map([[CATALOG, () => new Promise<Response>(() => undefined)]]));
    const waiting = document.createElement('ansinh-chart') as Widget;
    waiting.setAttribute('base', BASE);
    waiting.setAttribute('indicator', 'jobs_created');
    waiting.heading = 'Tiêu đề bài báo';
    document.body.append(waiting);
    await waiting.updateComplete;
    expect(waiting.state).toBe('pending');
    expect(waiting.getAttribute('heading')).toBe('Tiêu đề bài báo');
    expect(waiting.shadowRoot!.querySelector('[part=title]')!.textContent).toBe('Tiêu đề bài báo');
  });

  it('hide: the named parts (the chart’s legend left out of the drawing), and an unknown name is an error', async () => {
    stubFetch();
    const full = await mount('ansinh-chart', { indicator: 'jobs_created' });
    expect(full.shadowRoot!.querySelectorAll('svg text.key').length).toBeGreaterThan(0);
    const el = await mount('ansinh-chart', { indicator: 'jobs_created', hide: ' legend  footer table ' });
    expect(el.state).toBe('complete');
    expect(el.shadowRoot!.querySelectorAll('svg text.key')).toHaveLength(0);
    const box = el.shadowRoot!.querySelector('.w')!;
    expect([...box.classList]).toEqual(['w', 'h-legend', 'h-footer', 'h-table']);
    // What hides them (happy-dom computes no display): the shared stylesheet's rule for each class.
    const rules = [...el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])].map((r) => r.cssText).join('\n');
    expect(rules).toMatch(/\.h-footer \[part=['"]?footer['"]?\][^{]*\{\s*display: none/);
    const bad = await mount('ansinh-chart', { indicator: 'jobs_created', hide: 'legend axes', lang: 'en' });
    expect(bad.state).toBe('error');
    expect(shadowText(bad)).toContain('The attribute hide="axes" is not valid; expected: title | legend | summary | table | footer');
    expectFallbackShown(bad);
  });

  it('highlight: a year of the chart, a district of the comparison; anything else is an error naming what there is', async () => {
    stubFetch();
    const el = await mount('ansinh-chart', { indicator: 'jobs_created', highlight: '2022' });
    const hl = el.shadowRoot!.querySelectorAll('g.yr.hl');
    expect(hl).toHaveLength(1);
    expect(hl[0]!.getAttribute('aria-label')).toMatch(/^2022: /);
    expect(hl[0]!.querySelector('rect.hl')).not.toBeNull();
    const none = await mount('ansinh-chart', { indicator: 'jobs_created', highlight: '2030', lang: 'en' });
    expect(none.state).toBe('error');
    expect(shadowText(none)).toMatch(/The attribute highlight="2030" is not in the data; available: 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026$/);
    expectFallbackShown(none);
    const map = await mount('ansinh-district-compare', { indicator: 'population', highlight: '017' });
    expect(map.shadowRoot!.querySelector('tr.hl')!.textContent).toContain('Đông Anh');
    const far = await mount('ansinh-district-compare', { indicator: 'population', highlight: '999' });
    expect(shadowText(far)).toMatch(/Thuộc tính highlight="999" không có trong số liệu; có: 001, 002, /);
    const malformed = await mount('ansinh-chart', { indicator: 'jobs_created', highlight: '22' });
    expect(shadowText(malformed)).toContain('highlight="22" không hợp lệ; dạng đúng: YYYY | 001 … 282');
  });

  it('year-to-date="hide" leaves out the current year’s year-to-date bar of a flow', async () => {
    stubFetch(flowRoutes());
    const shown = await mount('ansinh-chart', { indicator: 'jobs_created', period: '2025-10', 'year-to-date': 'show' });
    expect(shown.shadowRoot!.querySelectorAll('g.yr rect.bar.ytd')).toHaveLength(1);
    const hidden = await mount('ansinh-chart', { indicator: 'jobs_created', period: '2025-10', 'year-to-date': 'hide' });
    expect(hidden.state).toBe('complete');
    expect(hidden.shadowRoot!.querySelectorAll('g.yr rect.bar.ytd')).toHaveLength(0);
    expect(hidden.shadowRoot!.querySelectorAll('g.yr rect.bar').length).toBeGreaterThan(0);
    const bad = await mount('ansinh-chart', { indicator: 'jobs_created', 'year-to-date': 'no' });
    expect(shadowText(bad)).toContain('year-to-date="no" không hợp lệ; dạng đúng: show | hide');
  });

  it('height: the drawing’s fixed height in px, held while loading; outside 200–1200 an error', async () => {
    stubFetch();
    const el = await mount('ansinh-chart', { indicator: 'jobs_created', height: '360' });
    const svg = el.shadowRoot!.querySelector('[part=chart] svg')!;
    expect(svg.getAttribute('height')).toBe('360');
    expect(svg.getAttribute('viewBox')).toMatch(/ 360$/);
    expect(el.shadowRoot!.querySelector('[part=chart]')!.classList.contains('fixed')).toBe(true);
    stubFetch(new Map([[CATALOG, () => new Promise<Response>(() => undefined)]]));
    const waiting = document.createElement('ansinh-chart') as Widget;
    for (const [k, v] of [['base', BASE], ['indicator', 'jobs_created'], ['height', '360']]) waiting.setAttribute(k!, v!);
    document.body.append(waiting);
    await waiting.updateComplete;
    expect(waiting.shadowRoot!.querySelector('[part=chart].fixed svg')!.getAttribute('height')).toBe('360');
    stubFetch();
    for (const h of ['150', '1201', '36O', '360.5']) {
      const bad = await mount('ansinh-chart', { indicator: 'jobs_created', height: h, lang: 'en' });
      expect(shadowText(bad), h).toContain(`The attribute height="${h}" is not valid; expected: 200 … 1200`);
    }
  });

  it('theme: none by default (the host decides, in CSS), or the one asked for', async () => {
    stubFetch();
    const host = await mount('ansinh-headline', { indicator: 'jobs_created' });
    expect([...host.shadowRoot!.querySelector('.w')!.classList]).toEqual(['w']);
    const auto = await mount('ansinh-headline', { indicator: 'jobs_created', theme: 'auto' });
    expect([...auto.shadowRoot!.querySelector('.w')!.classList]).toEqual(['w', 'auto']);
  });
});

describe('on a host page', () => {
  it('shares one request per file between the widgets of a page: ten widgets of four kinds, one request per file, no catalog', async () => {
    const calls = stubFetch();
    await Promise.all([
      mount('ansinh-chart', { indicator: 'jobs_created' }),
      mount('ansinh-chart', { indicator: 'jobs_created', lang: 'en' }),
      mount('ansinh-chart', { indicator: 'unemployment_rate_overall' }),
      mount('ansinh-headline', { indicator: 'jobs_created' }),
      mount('ansinh-headline', { indicator: 'population', area: '018' }),
      mount('ansinh-headline', { indicator: 'jobs_created', version: '2023-01-14' }),
      mount('ansinh-jobs-progress', {}),
      mount('ansinh-jobs-progress', { period: '2023' }),
      mount('ansinh-district-compare', { indicator: 'population' }),
      mount('ansinh-district-compare', { indicator: 'population', area: '018' }),
    ]);
    expect([...document.querySelectorAll<Widget>('body > *')].map((el) => el.state)).toEqual(Array(10).fill('complete'));
    expect([...calls].sort()).toEqual([
      `${BASE}/data/geo/district-paths.json`,
      `${BASE}/data/jobs_created/2023-01-14/jobs_created.v2.json`,
      LATEST,
      `${BASE}/data/population/latest/population.v2.json`,
      `${BASE}/data/unemployment_rate_overall/latest/unemployment_rate_overall.v2.json`,
    ]);
    expect(calls).not.toContain(CATALOG);
  });

  it('a live widget makes one request; a pinned one, two at once; as-of, the newest file then the version it names', async () => {
    const calls = stubFetch();
    await mount('ansinh-headline', { indicator: 'jobs_created' });
    expect(calls).toEqual([LATEST]);
    clearCache();
    calls.length = 0;
    // Both requested before either answers: the pinned file does not wait for the newest.
    const el = document.createElement('ansinh-headline') as Widget;
    el.setAttribute('base', BASE);
    el.setAttribute('indicator', 'jobs_created');
    el.setAttribute('version', '2023-01-14');
    document.body.append(el);
    await el.updateComplete;
    await Promise.resolve();
    expect(calls).toEqual([`${BASE}/data/jobs_created/2023-01-14/jobs_created.v2.json`, LATEST]);
    await settle(el);
    clearCache();
    calls.length = 0;
    await mount('ansinh-headline', { indicator: 'jobs_created', 'as-of': '2025-01-01' });
    expect(calls).toEqual([LATEST, `${BASE}/data/jobs_created/2023-01-14/jobs_created.v2.json`]);
  });

  it('tolerates a second registration of the same names', () => {
    expect(() => defineChart()).not.toThrow();
    expect(() => defineOnce('ansinh-chart', class extends HTMLElement {})).not.toThrow();
    expect(customElements.get('ansinh-chart')).toBe(AnsinhChart);
  });

  it('fires ansinh-load with the version shown', async () => {
    stubFetch();
    const loads: CustomEvent[] = [];
    document.body.addEventListener('ansinh-load', (e) => loads.push(e as CustomEvent));
    await mount('ansinh-headline', { indicator: 'jobs_created', version: '2023-01-14' });
    expect(loads.map((e) => e.detail)).toEqual([{ indicator: 'jobs_created', area: '01', version: '2023-01-14', latest: '2026-11-26', pinned: true }]);
  });

  it('follows the theme attribute, and re-renders when the language changes without refetching', async () => {
    const calls = stubFetch();
    const el = await mount('ansinh-headline', { indicator: 'jobs_created', theme: 'dark' });
    expect(el.shadowRoot!.querySelector('.w')!.classList.contains('dark')).toBe(true);
    const before = calls.length;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.figure')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('222,000 persons');
    expect(calls.length).toBe(before);
  });

  it('reserves the drawing boxes while loading', async () => {
    stubFetch(new Map([[LATEST, () => new Promise<Response>(() => undefined)]]));
    const el = document.createElement('ansinh-chart') as Widget;
    el.setAttribute('indicator', 'jobs_created');
    el.setAttribute('base', BASE);
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).toBe('pending');
    expect(shadowText(el)).toContain('Đang tải số liệu…');
    expect(el.shadowRoot!.querySelector('slot')).toBeNull();
  });
});
