import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choroplethSvg, colourClasses, type ChoroplethOptions, type DistrictValue } from '../../../src/lib/charts/choropleth.ts';
import { projectDistrictPaths, type DistrictCollection } from '../../../src/lib/charts/geo.ts';
import { SEQUENTIAL } from '../../../src/lib/charts/palette.ts';
import { GRID } from '../../fixtures/charts/grid-districts.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const REAL: DistrictCollection = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/geo/districts-pre2025.geojson'), 'utf8'));

const values = (entries: [string, number][], unit = '%'): Map<string, DistrictValue> =>
  new Map(entries.map(([code, v]) => [code, { value: v, label: `${String(v).replace('.', ',')}${unit}` }]));

const opts = (extra: Partial<ChoroplethOptions> = {}): ChoroplethOptions => ({
  features: GRID,
  values: values([['901', 1.5], ['902', 4], ['903', 9.25]]),
  lang: 'vi',
  titleId: 'map-title',
  descId: 'map-desc',
  title: 'Bản đồ thử',
  description: 'Số liệu tổng hợp để thử',
  legendTitle: 'Tỷ lệ (%)',
  width: 200,
  height: 240,
  ...extra,
});

/** Absolute vertices of path data in this module's compact form (`M x,y l dx dy … z`). */
function vertices(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const sub of d.split('z').filter(Boolean)) {
    const nums = (sub.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const [x0 = NaN, y0 = NaN, ...rest] = nums;
    const ring: [number, number][] = [[x0, y0]];
    for (let i = 0; i + 1 < rest.length; i += 2) {
      const [px, py] = ring[ring.length - 1] as [number, number];
      ring.push([Math.round((px + (rest[i] as number)) * 10) / 10, Math.round((py + (rest[i + 1] as number)) * 10) / 10]);
    }
    rings.push(ring);
  }
  return rings;
}

describe('choroplethSvg snapshots (synthetic grid)', () => {
  it('choropleth with a district without data (vi)', () => {
    expectSvgSnapshot('choropleth-grid-vi', choroplethSvg(opts()));
  });
  it('choropleth with links and a highlighted district (en)', () => {
    expectSvgSnapshot('choropleth-grid-links-en', choroplethSvg(opts({ lang: 'en', linkFor: (c) => `/en/districts/${c}/`, highlight: '902' })));
  });
  it('locator map', () => {
    expectSvgSnapshot('choropleth-grid-locator-vi', choroplethSvg(opts({ values: new Map(), highlight: '904' })));
  });
});

describe('choroplethSvg', () => {
  it('draws a district without a value hatched, lists "no data", and never colours it as 0', () => {
    const svg = choroplethSvg(opts());
    expect(svg).toMatch(/<path d="[^"]+" fill="url\(#map-title-nodata\)"><title>Ô Đông Nam &amp; &lt;Hồ&gt;: Không có số liệu<\/title><\/path>/);
    expect(svg).toContain('<pattern id="map-title-nodata"');
    expect(svg).toContain('>Không có số liệu</text>');
    expect(choroplethSvg(opts({ lang: 'en' }))).toContain('>No data</text>');
    const full = choroplethSvg(opts({ values: values([['901', 1], ['902', 2], ['903', 3], ['904', 4]]) }));
    expect(full).not.toContain('nodata');
    expect(full).not.toContain('Không có số liệu');
  });

  it('colours districts by class, light for low and dark for high', () => {
    const svg = choroplethSvg(opts());
    const fillOf = (name: string) => new RegExp(`fill="(#[0-9a-f]{6})"><title>${name}:`).exec(svg)?.[1];
    expect(fillOf('Ô Tây Bắc')).toBe(SEQUENTIAL[0]);
    expect(fillOf('Ô Tây Nam')).toBe(SEQUENTIAL[SEQUENTIAL.length - 1]);
    expect(svg).toContain('>Tỷ lệ (%)</text>');
  });

  it('makes nice classes, at most five', () => {
    expect(colourClasses([1.5, 4, 9.25])).toEqual({ limits: [0, 2, 4, 6, 8, 10], colors: [...SEQUENTIAL], decimals: 0 });
    expect(colourClasses([12, 12]).colors).toHaveLength(1);
    for (const vs of [[0, 1], [3, 997], [-4, 4], [0.01, 0.07], [100, 101, 102, 103, 104, 105, 106, 107]]) {
      const c = colourClasses(vs);
      expect(c.colors.length, String(vs)).toBeLessThanOrEqual(5);
      expect(c.limits.length, String(vs)).toBe(c.colors.length + 1);
      expect(c.limits[0], String(vs)).toBeLessThanOrEqual(Math.min(...vs));
      expect(c.limits.at(-1), String(vs)).toBeGreaterThanOrEqual(Math.max(...vs));
    }
  });

  it('paints a 0 in the lightest colour, also when every district has 0, and no data as grey hatching', () => {
    expect(colourClasses([0, 0]).colors).toEqual([SEQUENTIAL[0]]);
    expect(colourClasses([0, 3, 7]).colors[0]).toBe(SEQUENTIAL[0]);
    const svg = choroplethSvg(opts({ values: values([['901', 0]], ' hộ') }));
    expect(new RegExp(`fill="(#[0-9a-f]{6})"><title>Ô Tây Bắc: 0 hộ`).exec(svg)?.[1]).toBe(SEQUENTIAL[0]);
    expect(svg).toMatch(/<pattern id="map-title-nodata"[^>]*><rect [^>]*fill="#[0-9a-f]{6}"/);
  });

  it('formats legend limits in the page language', () => {
    const big = values([['901', 1200], ['902', 5400], ['903', 10100]], ' hộ');
    expect(choroplethSvg(opts({ values: big }))).toContain('>10.000</text>');
    expect(choroplethSvg(opts({ values: big, lang: 'en' }))).toContain('>10,000</text>');
    const small = values([['901', 0.5], ['902', 1.25], ['903', 2.75]]);
    expect(choroplethSvg(opts({ values: small }))).toContain('>0,5</text>');
  });

  it('writes years as years in the legend: "2022", never "2.022" or "2,022"', () => {
    const years = new Map([['901', 2015], ['902', 2019], ['903', 2022]].map(([c, v]) => [String(c), { value: Number(v), label: String(v) }]));
    for (const lang of ['vi', 'en'] as const) {
      const svg = choroplethSvg(opts({ values: years, lang, years: true }));
      const limits = [...svg.matchAll(/>(\d[\d.,]*)<\/text>/g)].map((m) => m[1]);
      expect(limits.length, lang).toBeGreaterThan(1);
      for (const l of limits) expect(l, lang).toMatch(/^\d{4}$/);
    }
  });

  it('links every district when asked, with a title naming it and its value', () => {
    const svg = choroplethSvg(opts({ lang: 'en', linkFor: (c) => `/en/districts/${c}/?a=1&b=2` }));
    expect(svg.match(/<a href=/g)).toHaveLength(4);
    expect(svg).toContain('<a href="/en/districts/901/?a=1&amp;b=2"><title>O Tay Bac: 1,5%</title><path ');
    expect(svg).toMatch(/^<svg [^>]*role="group"/);
    expect(choroplethSvg(opts())).toMatch(/^<svg [^>]*role="img"/);
  });

  it('outlines the highlighted district, and fills it on a locator map', () => {
    const svg = choroplethSvg(opts({ highlight: '902' }));
    const d902 = /<path d="([^"]+)" fill="[^"]+"><title>Ô Đông Bắc:/.exec(svg)?.[1];
    expect(d902).toBeTruthy();
    expect(svg).toContain(`<path class="highlight" d="${d902}" fill="none" stroke="currentColor" stroke-width="2.5"`);
    const locator = choroplethSvg(opts({ values: new Map(), highlight: '904' }));
    expect(locator).not.toContain('class="legend"');
    expect(locator.match(/fill="#2874c8"/g)).toHaveLength(1);
  });

  it('is accessible, has no inline style, and gives the same bytes twice', () => {
    for (const o of [opts(), opts({ linkFor: (c) => `/${c}` }), opts({ values: new Map() })]) {
      const svg = choroplethSvg(o);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="ansinh-map" role="(img|group)" aria-labelledby="map-title map-desc" viewBox="0 0 200 240" width="100%"/);
      expect(svg).toContain('<title id="map-title">Bản đồ thử</title><desc id="map-desc">Số liệu tổng hợp để thử</desc>');
      expect(svg).not.toMatch(/\sstyle=/);
      expect(svg).not.toContain('<style');
      expect(choroplethSvg(o)).toBe(svg);
    }
  });
});

describe('projectDistrictPaths', () => {
  it('drops repeated and collinear points and shares borders exactly', () => {
    const paths = projectDistrictPaths(GRID, 200, 200);
    expect(paths.map((p) => p.code)).toEqual(['901', '902', '903', '904']);
    for (const p of paths) {
      const [ring] = vertices(p.d);
      expect(ring, p.code).toHaveLength(4); // the midpoint on the bottom edge is gone
    }
    const corners = (code: string) => new Set((vertices(paths.find((p) => p.code === code)?.d ?? '')[0] ?? []).map((v) => v.join(',')));
    const shared = [...corners('901')].filter((v) => corners('902').has(v));
    expect(shared).toHaveLength(2);
  });

  it('fits the 30 real districts into the box, small enough to inline', () => {
    const [w, h] = [480, 462];
    const paths = projectDistrictPaths(REAL, w, h);
    expect(paths).toHaveLength(30);
    expect(new Set(paths.map((p) => p.code)).size).toBe(30);
    const all = paths.flatMap((p) => vertices(p.d).flat());
    const xs = all.map((v) => v[0]);
    const ys = all.map((v) => v[1]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(w);
    expect(Math.max(...ys)).toBeLessThanOrEqual(h);
    // Fitted: touches the box on at least one axis (2 px margin).
    expect(Math.max(Math.max(...xs) - Math.min(...xs) - (w - 4), Math.max(...ys) - Math.min(...ys) - (h - 4))).toBeGreaterThan(-1);
    for (const p of paths) expect(p.d, p.code).toMatch(/^M[\d.]+,[\d.]+l/);
    // North is up: Sóc Sơn (016) lies above Mỹ Đức (282).
    const top = (code: string) => Math.min(...vertices(paths.find((p) => p.code === code)?.d ?? '').flat().map((v) => v[1]));
    expect(top('016')).toBeLessThan(top('282'));
  });

  it('keeps shared borders identical on both sides after simplification', () => {
    const paths = projectDistrictPaths(REAL, 480, 462);
    const sets = paths.map((p) => new Set(vertices(p.d).flat().map((v) => v.join(','))));
    // Ba Đình (001) and Tây Hồ (003) share a border: both sides keep the same points on it.
    const [baDinh, tayHo] = [sets[paths.findIndex((p) => p.code === '001')], sets[paths.findIndex((p) => p.code === '003')]] as [Set<string>, Set<string>];
    const shared = [...baDinh].filter((v) => tayHo.has(v));
    expect(shared.length).toBeGreaterThan(3);
    // Across the whole map, most vertices are shared by two districts, as in the source.
    const counts = new Map<string, number>();
    for (const s of sets) for (const v of s) counts.set(v, (counts.get(v) ?? 0) + 1);
    const sharedCount = [...counts.values()].filter((n) => n >= 2).length;
    expect(sharedCount / counts.size).toBeGreaterThan(0.5);
  });
});

describe('choroplethSvg on the real districts', () => {
  it('stays under 40 KB with every district linked and titled', () => {
    const vals = new Map(REAL.features.slice(0, 25).map((f, i) => [f.properties.gso_code, { value: i * 1.7, label: `${i * 1.7}%` }]));
    const { width: _w, height: _h, ...rest } = opts();
    const svg = choroplethSvg({ ...rest, features: REAL, values: vals, linkFor: (c) => `/quan-huyen/${c}/`, highlight: '001' });
    expect(svg).toContain('viewBox="0 0 480 520"');
    expect(svg.length).toBeLessThan(40_000);
    expect(svg.match(/<a href=/g)).toHaveLength(30);
    expect(svg.match(/<path d="[^"]+" fill="url\(#map-title-nodata\)"/g)).toHaveLength(5);
    expect(svg).toContain('<title>Ba Đình: 0%</title>');
  });
});
