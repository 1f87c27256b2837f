/**
 * Driving a host page in Chromium: a context that reaches only the site and the host, a
 * recorder installed before any page script (CSP violations, widget events, uncaught
 * errors), a watch on the console and the network, waiting until every widget has
 * settled, and a snapshot of what each widget shows (its shadow DOM) and of its fallback.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';

/** A context that talks only to `origins` (any other request is aborted and reported), with the recorder. */
export async function hostContext(browser: Browser, origins: readonly string[], options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'UTC', ...options });
  const allowed = new Set(origins);
  await context.route((url) => url.protocol.startsWith('http') && !allowed.has(url.origin), (route) => route.abort('blockedbyclient'));
  await context.addInitScript(record);
  return context;
}

export interface WidgetEvent {
  type: string;
  tag: string;
  indicator: string | null;
  detail: { kind?: string; message?: string; version?: string };
}

/** A `message` event a page received (the iframe embed's height). */
export interface ReceivedMessage {
  origin: string;
  data: unknown;
}

interface Recorded {
  __messages: ReceivedMessage[];
  __csp: string[];
  __events: WidgetEvent[];
  __errors: string[];
  hostOk?: boolean;
  hostSawDefined?: string[];
  hostClicks?: number;
}

/** Runs in every document before its scripts (an init script is not subject to the page's CSP). */
function record(): void {
  const w = window as unknown as Recorded;
  w.__csp = [];
  w.__messages = [];
  w.__events = [];
  w.__errors = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  }, true);
  for (const type of ['ansinh-load', 'ansinh-error']) {
    document.addEventListener(type, (e) => {
      const target = e.target as Element;
      w.__events.push({ type, tag: target.localName, indicator: target.getAttribute('indicator'), detail: JSON.parse(JSON.stringify((e as CustomEvent).detail ?? null)) });
    }, true);
  }
  addEventListener('message', (e) => w.__messages.push({ origin: e.origin, data: JSON.parse(JSON.stringify(e.data ?? null)) }));
  addEventListener('error', (e) => w.__errors.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => w.__errors.push(`unhandled rejection: ${String(e.reason)}`));
}

/** What a page (or frame) recorded: CSP violations, widget events, messages, uncaught errors, and the host script's marks. */
export const recorded = (page: Page | Frame) => page.evaluate(() => {
  const w = window as unknown as Recorded;
  return { csp: w.__csp, events: w.__events, messages: w.__messages, errors: w.__errors, hostOk: w.hostOk === true, hostSawDefined: w.hostSawDefined ?? [], hostClicks: w.hostClicks ?? -1 };
});

export interface Watch {
  /** Console errors and warnings (`error: …`, `warning: …`), with their source. */
  console: string[];
  /** Console messages about the Content Security Policy, whatever their level. */
  csp: string[];
  /** Uncaught exceptions. */
  pageErrors: string[];
  /** Failed requests and 4xx/5xx responses. */
  network: string[];
  /** Every request URL, in order. */
  requests: string[];
}

/** Starts listening on `page` (before it navigates). */
export function watch(page: Page): Watch {
  const w: Watch = { console: [], csp: [], pageErrors: [], network: [], requests: [] };
  page.on('console', (msg) => {
    const text = msg.text();
    const where = msg.location().url ? ` (${msg.location().url})` : '';
    if (/content security policy/i.test(text)) w.csp.push(text);
    if (msg.type() === 'error' || msg.type() === 'warning') w.console.push(`${msg.type()}: ${text}${where}`);
  });
  page.on('pageerror', (error) => w.pageErrors.push(error.message));
  page.on('request', (request) => void w.requests.push(request.url()));
  page.on('requestfailed', (request) => w.network.push(`failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`));
  page.on('response', (res) => {
    if (res.status() >= 400) w.network.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return w;
}

/** Chromium's own line for a failed request: the README allows it ("still appears in the browser's own network log"). */
export const isFailedLoadLine = (line: string): boolean => /^error: Failed to load resource: /.test(line);

/** Every problem the page showed, as lines; `failedLoadsAllowed` for the tests that make data fail on purpose. */
export function problems(w: Watch, failedLoadsAllowed = false): string[] {
  return [
    ...w.console.filter((line) => !(failedLoadsAllowed && isFailedLoadLine(line))),
    ...w.csp.map((line) => `CSP: ${line}`),
    ...w.pageErrors.map((line) => `uncaught: ${line}`),
    ...(failedLoadsAllowed ? [] : w.network),
  ];
}

/**
 * Waits until every `ansinh-*` element of the page is `complete` or `error` and has
 * rendered, polling from Node (page.waitForFunction would need eval under the host's CSP).
 */
export async function settle(page: Page | Frame, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const states = await page.evaluate(() => [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('ansinh-'))
      .map((e) => `${e.localName}[${e.getAttribute('indicator') ?? ''}]: ${(e as unknown as { state?: string }).state ?? 'not upgraded'}`));
    if (states.length > 0 && states.every((s) => /: (complete|error)$/.test(s))) break;
    if (Date.now() > until) throw new Error(`widgets not settled after ${timeout} ms:\n  ${states.join('\n  ') || '(no ansinh-* element)'}`);
    await new Promise((done) => setTimeout(done, 50));
  }
  await page.evaluate(async () => {
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ansinh-')) as unknown as { updateComplete: Promise<unknown> }[];
    await Promise.all(els.map((e) => e.updateComplete));
    // A measured size re-renders once (ResizeObserver): let it land.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await Promise.all(els.map((e) => e.updateComplete));
  });
}

export interface WidgetSnapshot {
  tag: string;
  indicator: string | null;
  state: string;
  /** The `lang` the widget's box declares. */
  lang: string | null;
  /** Drawn dark: its box's computed background is darker than mid-grey (the host's scheme sets no class). */
  dark: boolean;
  /** Computed background and text colour of the widget's box. */
  background: string;
  color: string;
  title: string;
  figure: string;
  detail: string;
  summary: string;
  footer: string;
  /** The "newer data" note of a pinned widget, and where its link goes. */
  newer: string;
  newerHref: string | null;
  message: string | null;
  messageRole: string | null;
  messageVisible: boolean;
  /** Body rows of the widget's own table (chart data table, district ranking): the text of each cell. */
  rows: string[][];
  /** The drawing (`svg[role=img]`, or the chart's `svg[role=group]` of focusable years): its rendered size and how many marks it has. */
  svg: { width: number; height: number; marks: number } | null;
  /** Map outlines (district compare): all, and shaded. */
  districts: { paths: number; shaded: number };
  /** The light-DOM fallback of the snippet: is its link / table rendered? */
  fallback: { link: boolean; table: boolean };
  /** Rendered height of the element (px). */
  height: number;
}

/** What every `ansinh-*` element of the page shows, in document order. */
export const snapshots = (page: Page | Frame): Promise<WidgetSnapshot[]> => page.evaluate(() => {
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const shown = (e: Element | null) => !!e && e.checkVisibility() && e.getClientRects().length > 0;
  return [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ansinh-')).map((el) => {
    const root = el.shadowRoot;
    const q = (s: string) => root?.querySelector(s) ?? null;
    const t = (s: string) => clean(q(s)?.textContent);
    const box = q('[part=container]');
    const style = box ? getComputedStyle(box) : null;
    const svg = q('svg[role=img], svg[role=group]');
    const rect = svg?.getBoundingClientRect();
    const message = q('[part=message]');
    const map = q('[part=map] .districts');
    return {
      tag: el.localName,
      indicator: el.getAttribute('indicator'),
      state: String((el as unknown as { state?: string }).state ?? 'not upgraded'),
      lang: box?.getAttribute('lang') ?? null,
      dark: (style?.backgroundColor.match(/\d+/g) ?? []).slice(0, 3).reduce((a, v) => a + Number(v), 0) < 3 * 128,
      background: style?.backgroundColor ?? '',
      color: style?.color ?? '',
      title: t('[part=title]'),
      figure: t('[part=figure]'),
      detail: t('[part=detail]'),
      summary: t('[part=summary]'),
      footer: t('[part=footer]'),
      newer: t('[part=newer]'),
      newerHref: q('[part=newer] a')?.getAttribute('href') ?? null,
      message: message ? clean(message.textContent) : null,
      messageRole: message?.getAttribute('role') ?? null,
      messageVisible: shown(message),
      rows: [...(root?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => clean(c.textContent))),
      svg: svg && rect ? { width: Math.round(rect.width), height: Math.round(rect.height), marks: svg.querySelectorAll('path, circle, rect, line, polyline, polygon').length } : null,
      districts: { paths: map?.querySelectorAll('path').length ?? 0, shaded: map?.querySelectorAll('path.af').length ?? 0 },
      fallback: { link: shown(el.querySelector(':scope > a')), table: shown(el.querySelector(':scope > table')) },
      height: Math.round(el.getBoundingClientRect().height),
    };
  });
});

/** `tag[indicator]`, for messages. */
export const nameOf = (w: Pick<WidgetSnapshot, 'tag' | 'indicator'>): string => `${w.tag}[${w.indicator ?? ''}]`;
