// @vitest-environment happy-dom
/**
 * Widget 1.0.0 is locked (widgets/releases/1.0.0/ansinh.js) and live 1.0.0 embeds read each
 * indicator's newest `<id>.json` (schemaVersion 1). Its reader refuses a whole file for one
 * row it does not know, and the 2026-11-29 release brought new measures, `~` and `YYYY-XX`
 * (data/README.md). Here the released bundle itself draws from the files the site writes
 * for the real data/: every indicator it drew before still draws, and every other one
 * fails with 1.0.0's own "no figure" message — never a file it cannot read.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { releasedVersions } from '../../src/lib/data/model.ts';
import { buildCatalog, catalogJson, NO_WIDGETS } from '../../src/lib/outputs/catalog.ts';
import { JSON_V2_SINCE } from '../../src/lib/outputs/release.ts';
import { data, files, SITE } from '../lib/outputs/setup.ts';
import { BASE, mount, shadowText } from './helpers.ts';

const requested: string[] = [];
beforeAll(async () => {
  const catalog = catalogJson(buildCatalog(data, files, SITE, NO_WIDGETS));
  // The site's files, byte for byte, at their paths under BASE.
  vi.stubGlobal('fetch', async (input: string) => {
    const path = String(input).slice(BASE.length);
    requested.push(path);
    if (path === '/data/catalog.json') return new Response(catalog);
    const file = files.get(path);
    return file ? new Response(file.bytes) : new Response('not found', { status: 404 });
  });
  await import(/* @vite-ignore */ pathToFileURL(join(import.meta.dirname, '../../widgets/releases/1.0.0/ansinh.js')).href);
});
afterAll(() => vi.unstubAllGlobals());

/** What 1.0.0 shows for one element: `drawn`, or the kind of its error. */
async function outcome(tag: string, attrs: Record<string, string>): Promise<string> {
  let kind = '';
  const listen = (e: Event) => (kind = (e as CustomEvent<{ kind: string }>).detail.kind);
  document.addEventListener('ansinh-error', listen);
  const el = await mount(tag, { ...attrs, lang: 'en' });
  document.removeEventListener('ansinh-error', listen);
  const result = el.state === 'complete' ? 'drawn' : kind || `state ${el.state}`;
  el.remove();
  return result === 'drawn' || result === 'no-data' ? result : `${result}: ${shadowText(el)}`;
}

/** The version 1.0.0 embeds showed live before the schema changed, per indicator. */
const before = (id: string) => releasedVersions(data.indicators.find((i) => i.id === id)!).filter((v) => v.id < JSON_V2_SINCE).at(-1)?.id;

describe('widget 1.0.0 against the current outputs', () => {
  it('is the locked bundle, reading the files the site writes', () => {
    expect(customElements.get('ansinh-chart')).toBeTypeOf('function');
  });

  it.for(data.indicators.map((i) => [i.id] as const))('%s: live chart and headline draw wherever they drew before, else say "no figure"', async ([id]) => {
    for (const tag of ['ansinh-chart', 'ansinh-headline']) {
      const live = await outcome(tag, { indicator: id });
      // Never a file 1.0.0 cannot read: it draws, or has no figure for the area.
      expect(['drawn', 'no-data'], `${tag} ${id}: ${live}`).toContain(live);
      const old = before(id);
      if (old && (await outcome(tag, { indicator: id, version: old })) === 'drawn') expect(live, `${tag} ${id} drew version ${old}`).toBe('drawn');
      // Pinned to a version of the current schema (as-of an article's date), the same holds.
      for (const v of releasedVersions(data.indicators.find((i) => i.id === id)!).filter((x) => x.id >= JSON_V2_SINCE)) {
        expect(['drawn', 'no-data'], `${tag} ${id} ${v.id}`).toContain(await outcome(tag, { indicator: id, version: v.id }));
      }
    }
  });

  it('draws the district comparison of every indicator with district figures', async () => {
    const withDistricts = data.indicators.filter((i) => releasedVersions(i).at(-1)!.observations.some((o) => o.area.length === 3));
    expect(withDistricts.length).toBeGreaterThan(0);
    for (const i of withDistricts) {
      const live = await outcome('ansinh-district-compare', { indicator: i.id });
      expect(['drawn', 'no-data'], `${i.id}: ${live}`).toContain(live);
    }
  });

  it('draws jobs created, whose newest file leaves out rows 1.0.0 cannot read, with the figures it can', async () => {
    const el = await mount('ansinh-chart', { indicator: 'jobs_created', lang: 'en' });
    expect(el.state).toBe('complete');
    expect(shadowText(el)).toContain('Jobs');
    expect(requested).toContain('/data/jobs_created/latest/jobs_created.json');
  });
});
