// @vitest-environment happy-dom
/**
 * The built bundle itself (scripts/build-widgets.ts), evaluated in happy-dom: it parses,
 * defines the four elements and nothing else globally, survives a second copy on the page,
 * and its shortened code still draws every element from the fixtures. Its size budget and
 * its release lock are checked in release.test.ts.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildWidgets, checkBindings, minifyTemplates, ROOT } from '../../scripts/build-widgets.ts';
import { defaultRoutes, mount, shadowText, stubFetch } from './helpers.ts';

const ELEMENTS = ['ansinh-headline', 'ansinh-chart', 'ansinh-jobs-progress', 'ansinh-district-compare'];
const DIR = join(import.meta.dirname, '../../.cache/widgets/test', String(process.pid));
let code: Uint8Array;
let globalsBefore: Set<string>;

beforeAll(async () => {
  ({ code } = await buildWidgets({ outFile: false }));
  mkdirSync(DIR, { recursive: true });
  for (const copy of ['a', 'b']) writeFileSync(join(DIR, `ansinh-${copy}.js`), code);
  globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
  await import(/* @vite-ignore */ pathToFileURL(join(DIR, 'ansinh-a.js')).href);
}, 60_000);
afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  vi.unstubAllGlobals();
});

describe('template compaction', () => {
  it('collapses layout whitespace in html, svg and css templates only', () => {
    const source = [
      'const a = html`<p class="x">\n      ${v} <b>bold</b>\n    </p>\n    <p>${w}</p>`;',
      'const b = css`\n  .a {\n    color: red; /* note */\n    margin: 0 1px;\n  }\n  @container (min-width: 640px) {\n    .b { width: calc(1em + 2px); }\n  }\n`;',
      'const c = `keep\n   this`;',
    ].join('\n');
    expect(minifyTemplates(source)).toBe([
      'const a = html`<p class="x"> ${v} <b>bold</b></p><p>${w}</p>`;',
      'const b = css` .a{color:red;margin:0 1px}@container (min-width:640px){.b{width:calc(1em + 2px)}}`;',
      'const c = `keep\n   this`;',
    ].join('\n'));
  });
});

describe('template bindings', () => {
  it('allows text, children and attribute values only: Lit’s other parts are patched out of the bundle', () => {
    const ok = 'html`<p class="a ${x}" title=${t}>${v}</p><svg viewBox="0 0 ${w} ${h}">${svg`<rect width=${w}/>`}</svg>`';
    expect(checkBindings(ok)).toEqual([]);
    expect(checkBindings('html`<button @click=${go}>x</button>`')).toHaveLength(1);
    expect(checkBindings('html`<input .value=${v}>`')).toHaveLength(1);
    expect(checkBindings('html`<details ?open=${o}></details>`')).toHaveLength(1);
    expect(checkBindings('html`<div ${ref(x)}></div>`')).toHaveLength(1);
  });
});

describe('what the Lit patches assume', () => {
  const sources = () => readdirSync(join(ROOT, 'widgets'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.startsWith('releases'))
    .map((f) => readFileSync(join(ROOT, 'widgets', f), 'utf8'))
    .join('\n');

  it('no widget uses a decorator or a directive, or LitElement: the base element renders with lit-html alone', () => {
    expect(sources()).not.toMatch(/^\s*@\w+\(|from 'lit\/(async-)?directives?\b|from '(lit|lit-element|@lit\/[\w-]+)'/m);
  });
});

describe('the bundle', () => {
  it('is one ES module with a licence line and no inline styles', () => {
    const text = new TextDecoder().decode(code);
    expect(text.startsWith('/*! An Sinh widgets')).toBe(true);
    expect(text).not.toMatch(/\bimport\s*[{(*"']/);
    expect(text).not.toMatch(/style=|styleMap|unsafeHTML|eval\(|new Function/);
  });

  it('writes numbers without Intl.NumberFormat, and never builds a collator (their first use costs a page ~17 ms)', () => {
    const text = new TextDecoder().decode(code);
    // plainNumber alone (src/lib/format.ts, ANSINH_WIDGET_BUILD): Intl is reached only through
    // its toLocaleString fallback, for NaN, ±∞ and exponent forms.
    expect(text).not.toMatch(/Intl\.|localeCompare|ANSINH_WIDGET_BUILD/);
    expect(text.match(/toLocaleString\(/g)).toHaveLength(1);
  });

  it('defines the four elements, and no global but theirs', () => {
    for (const name of ELEMENTS) expect(customElements.get(name), name).toBeTypeOf('function');
    const added = Object.getOwnPropertyNames(globalThis).filter((k) => !globalsBefore.has(k));
    expect(added).toEqual([]);
  });

  it('loads a second time (another copy or version) without error, and the first definitions stay', async () => {
    const first = customElements.get('ansinh-chart');
    await expect(import(/* @vite-ignore */ pathToFileURL(join(DIR, 'ansinh-b.js')).href)).resolves.toBeDefined();
    expect(customElements.get('ansinh-chart')).toBe(first);
  });

  it('draws every element from the published files', async () => {
    stubFetch(defaultRoutes());
    const chart = await mount('ansinh-chart', { indicator: 'jobs_created', lang: 'en' });
    expect(shadowText(chart)).toContain('In 2025, Hanoi: 222,000 persons, ≈ 131.4% of the annual plan (169,000 persons).');
    expect(chart.shadowRoot!.querySelectorAll('g.yr circle.ytd').length).toBe(12);
    expect([...chart.shadowRoot!.querySelectorAll('text.key')].map((t) => t.textContent)).toEqual(['Actual', '≈ estimate', 'Year to date', 'Plan']);
    const headline = await mount('ansinh-headline', { indicator: 'jobs_created', version: '2023-01-14' });
    expect(shadowText(headline)).toContain('203.027 người');
    expect(shadowText(headline)).toContain('Đã có số liệu mới hơn (phiên bản 2026-11-26)');
    const progress = await mount('ansinh-jobs-progress', { period: '2023' });
    expect(shadowText(progress)).toContain('≈ 123,6% kế hoạch năm 2023');
    const districts = await mount('ansinh-district-compare', { indicator: 'population' });
    expect(shadowText(districts)).toContain('1Đông Anh380.000 người');
    const broken = await mount('ansinh-chart', { indicator: 'jobs_created', base: 'https://nowhere.example' });
    expect(shadowText(broken)).toContain('Không có chỉ tiêu "jobs_created": https://nowhere.example/data/jobs_created/latest/jobs_created.v2.json');
    expect(broken.shadowRoot!.querySelector('slot')).not.toBeNull();
  });
});
