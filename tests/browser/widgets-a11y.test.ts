/**
 * axe-core on the newsroom's page (another origin, the strict CSP kept on), every element
 * embedded, in each state: drawn (light, dark, English, data table open, pinned with the
 * "newer data" note) and failed (message and fallback, light and dark). WCAG 2.0/2.1 A and
 * AA and 2.2 AA: zero violations. axe is a file of the host (script-src 'self' allows it),
 * and looks into the widgets' shadow roots.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/format.ts';
import type { WidgetElement } from '../../src/lib/widgets-contract.ts';
import { listed } from './site.ts';
import { snapshots } from './widget-host/harness.ts';
import { scriptEmbed } from './widget-host/site.ts';
import { useHostSuite } from './widget-host/suite.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const suite = useHostSuite();
const { s } = suite;
beforeAll(() => suite.host.put('/axe.js', { body: AXE_SOURCE, type: 'text/javascript; charset=utf-8' }));

const SHOWCASE: [WidgetElement, string][] = [
  ['ansinh-headline', 'jobs_created'],
  ['ansinh-chart', 'jobs_created'],
  ['ansinh-jobs-progress', 'jobs_created'],
  ['ansinh-district-compare', 'poor_households'],
];

/** The first released version of an indicator (jobs_created has an older one: the note shows). */
const oldest = (id: string) => s.indicator(id).versions.find((v) => v.released)!.id;

const failData = (context: BrowserContext) =>
  context.route((url) => url.origin === s.origin && url.pathname.startsWith('/data/'), (route) => route.fulfill({ status: 404, headers: { 'Access-Control-Allow-Origin': '*' }, body: 'not found' }));

interface State {
  name: string;
  lang?: Lang;
  scheme?: 'light' | 'dark';
  /** Attributes added to each element (given its indicator). */
  attrs?: string | ((id: string) => string);
  failing?: boolean;
  /** Open the chart's data table. */
  openTable?: boolean;
  want: 'complete' | 'error';
}

const STATES: State[] = [
  { name: 'drawn, light', want: 'complete' },
  { name: 'drawn, dark (reader prefers dark)', scheme: 'dark', want: 'complete' },
  { name: 'drawn, theme="dark"', attrs: 'theme="dark"', want: 'complete' },
  { name: 'drawn, English', lang: 'en', want: 'complete' },
  { name: 'drawn, data table open', openTable: true, want: 'complete' },
  { name: 'drawn, dark, data table open', scheme: 'dark', openTable: true, want: 'complete' },
  { name: 'pinned to the oldest version (newer data note)', attrs: (id) => `version="${oldest(id)}"`, want: 'complete' },
  { name: 'pinned, dark', attrs: (id) => `version="${oldest(id)}" theme="dark"`, want: 'complete' },
  { name: 'data failing (message and fallback), light', failing: true, want: 'error' },
  { name: 'data failing (message and fallback), dark', failing: true, scheme: 'dark', want: 'error' },
  { name: 'data failing, English, dark', failing: true, lang: 'en', attrs: 'theme="dark"', want: 'error' },
  { name: 'an attribute error (message and fallback)', attrs: 'period="2025-13"', want: 'error' },
];

describe.concurrent('axe-core on a host page: no WCAG 2.2 AA violation in any state', () => {
  it.for(STATES)('$name', async (state) => {
    const lang = state.lang ?? 'vi';
    const body = SHOWCASE.map(([el, id]) => {
      const html = scriptEmbed(s, el, id, lang);
      const attrs = typeof state.attrs === 'function' ? state.attrs(id) : state.attrs;
      return attrs ? html.replace(`<${el} `, `<${el} ${attrs} `) : html;
    }).join('\n');
    const o = await suite.open({ body, lang }, {
      context: { colorScheme: state.scheme ?? 'light' },
      ...(state.failing ? { prepare: failData } : {}),
    });
    try {
      const states = (await snapshots(o.page)).map((w) => `${w.tag}: ${w.state}`);
      expect(states, 'the widgets are in the state under test').toEqual(SHOWCASE.map(([el]) => `${el}: ${state.want}`));
      if (state.openTable) await o.page.locator('ansinh-chart').locator('details > summary').click();
      await o.page.addScriptTag({ url: suite.host.url('/axe.js') });
      const results = await o.page.evaluate(
        (tags) => (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } })
          .axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        TAGS,
      );
      const found = results.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}) ${JSON.stringify(n.target)}: ${v.help}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`));
      expect(found, listed(`${found.length} axe violations (${state.name}):`, found)).toEqual([]);
      const problems = await suite.allProblems(o, state.failing ?? false);
      expect(problems, listed('problems on the host page:', problems)).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
