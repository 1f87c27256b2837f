/**
 * The iframe embed (for CMSs that strip scripts): a host page on another origin pastes
 * `iframeSnippet()` as it is — the iframe and its auto-height listener, allowed by the
 * host's CSP through the listener's hash (no 'unsafe-inline'). The embed page
 * (routes.embedPath) draws with no console error and posts `ansinh:height` to its parent,
 * whose listener sets the iframe's height attribute to the page's height. And a sample of
 * the embed pages the site builds (every kind, a few indicators each), opened on their own,
 * draw with no console error; an embed page takes the iframe snippet's options from its query.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/format.ts';
import { embedPath } from '../../src/lib/routes.ts';
import { EMBED_KINDS } from '../../src/lib/site/embed.ts';
import { HEIGHT_MESSAGE_TYPE, type WidgetElement } from '../../src/lib/widgets-contract.ts';
import { listed, mapLimit } from './site.ts';
import { hostContext, problems, recorded, settle, snapshots, watch } from './widget-host/harness.ts';
import { iframeEmbed, sampleEmbeds } from './widget-host/site.ts';
import { useHostSuite } from './widget-host/suite.ts';

const suite = useHostSuite();
const { s } = suite;

const SHOWCASE: [WidgetElement, string][] = [
  ['ansinh-headline', 'jobs_created'],
  ['ansinh-chart', 'jobs_created'],
  ['ansinh-jobs-progress', 'jobs_created'],
  ['ansinh-district-compare', 'poor_households'],
];

/** The host's CSP: frames from the site; scripts only its own file and the snippet's listener, by hash. */
function iframeCsp(snippet: string): string {
  const inline = [...snippet.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
  return `default-src 'none'; script-src 'self' ${inline.join(' ')}; style-src 'self'; img-src 'self'; frame-src ${s.origin}`;
}

const INITIAL_HEIGHT = '420';

describe.concurrent('the iframe snippet on a host page on another origin', () => {
  const cases = SHOWCASE.flatMap(([element, id]) => (['vi', 'en'] as Lang[]).map((lang) => ({ label: `${element} ${id} (${lang})`, element, id, lang })));
  it.for(cases)('$label: draws, posts ansinh:height, the iframe takes that height', async ({ element, id, lang }) => {
    const snippet = iframeEmbed(s, element, id, lang);
    const src = new URL(embedPath(lang, EMBED_KINDS[element], id), s.baseUrl).href;
    expect(snippet, 'the snippet frames the embed page of routes.embedPath').toContain(`src="${src}"`);
    expect(snippet).toContain(`height="${INITIAL_HEIGHT}"`);
    const o = await suite.open({ body: snippet, lang }, { csp: iframeCsp(snippet), settle: false });
    try {
      const frame = await (await o.page.waitForSelector('iframe[data-ansinh]')).contentFrame();
      expect(frame, 'the iframe has a document').not.toBeNull();
      await frame!.waitForLoadState('load');
      expect(frame!.url()).toBe(src);
      await settle(frame!);
      const [widget] = await snapshots(frame!);
      expect(`${widget?.tag}: ${widget?.state}`).toBe(`${element}: complete`);

      // The listener sets the height attribute from the last message; wait until it settles.
      const read = () => o.page.evaluate(() => document.querySelector('iframe[data-ansinh]')!.getAttribute('height'));
      const until = Date.now() + 10_000;
      let height = await read();
      while (height === INITIAL_HEIGHT && Date.now() < until) {
        await o.page.waitForTimeout(50);
        height = await read();
      }
      const content = await frame!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      expect(height, 'the iframe\'s height attribute after the embed page posted its height').not.toBe(INITIAL_HEIGHT);
      expect(Number(height), 'the iframe\'s height is its content\'s').toBe(content);

      const rec = await recorded(o.page);
      const posted = rec.messages.filter((m) => (m.data as { type?: string } | null)?.type === HEIGHT_MESSAGE_TYPE);
      expect(posted.length, 'ansinh:height messages received by the host').toBeGreaterThan(0);
      for (const m of posted) {
        expect(m.origin).toBe(s.origin);
        expect(typeof (m.data as { height: unknown }).height).toBe('number');
      }
      expect((posted.at(-1)!.data as { height: number }).height).toBe(content);

      const inFrame = await recorded(frame!);
      const found = [...await suite.allProblems(o), ...inFrame.csp.map((l) => `CSP in the frame: ${l}`), ...inFrame.errors.map((l) => `in the frame: ${l}`)];
      expect(found, listed('problems on the host page or in the frame:', found)).toEqual([]);
    } finally {
      await o.close();
    }
  });
});

describe('the embed pages of the site, on their own', () => {
  it('a sample of every kind draws its widget with no console error, CSP violation or failed request', async () => {
    const sample = sampleEmbeds(s);
    expect(new Set(sample.map((e) => e.element)).size, 'every element kind is sampled').toBe(4);
    const pages = sample.flatMap(({ element, indicator }) => (['vi', 'en'] as Lang[]).map((lang) => embedPath(lang, EMBED_KINDS[element], indicator)));
    // The iframe snippet's options arrive as query parameters and pin the widget.
    pages.push(`${embedPath('vi', 'chart', 'jobs_created')}?period=2022&version=2023-01-14&hide=footer`);
    const context = await hostContext(suite.browser, [s.origin]);
    try {
      const found = (await mapLimit(pages, 6, async (path) => {
        const page = await context.newPage();
        const w = watch(page);
        try {
          const response = await page.goto(new URL(path, s.baseUrl).href, { waitUntil: 'load' });
          if (response?.status() !== 200) return [`${path}: HTTP ${response?.status()}`];
          await settle(page);
          const rec = await recorded(page);
          const shots = await snapshots(page);
          const states = shots.filter((x) => x.state !== 'complete').map((x) => `${x.tag} ${x.state}: ${x.message}`);
          const query = new URL(path, s.baseUrl).searchParams;
          const attrs = query.size === 0 ? [] : await page.evaluate((names) => names.map((n) => document.querySelector('main > [indicator]')?.getAttribute(n) ?? null), [...query.keys()]);
          const unapplied = [...query].filter(([, v], i) => attrs[i] !== v).map(([k, v]) => `query ${k}=${v} not applied (attribute: ${attrs[[...query.keys()].indexOf(k)]})`);
          if (query.get('version') && shots[0] && !shots[0].summary.includes('126,9%')) unapplied.push(`pinned to ${query.get('version')}, summary "${shots[0].summary}" lacks 126,9%`);
          return [...problems(w), ...rec.csp, ...rec.errors, ...states, ...unapplied].map((line) => `${path}: ${line}`);
        } catch (e) {
          return [`${path}: ${(e as Error).message}`];
        } finally {
          await page.close();
        }
      })).flat();
      expect(found, listed(`problems on ${pages.length} embed pages:`, found)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
