/**
 * The standalone chart images (src/lib/og/chart-image.ts) on the real data: a flow with
 * plans and ≈ values (jobs created), a stock (poor household rate), a level with national
 * levels (social-assistance standard level); and the district map of a version without a
 * city chart (population).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latestReleased } from '../../../src/lib/data/model.ts';
import { cachedChartImagePng, CHART_IMAGE_WIDTH, chartImagePng, chartImageSize, chartImageSvg, chartImageSvgForPng, chartImageText, PNG_SCALE } from '../../../src/lib/og/chart-image.ts';
import { missingGlyphs } from '../../../src/lib/og/fonts.ts';
import { chartImageKind, chartImageSpecs, versionMapData } from '../../../src/lib/outputs/chart-images.ts';
import { districtMapText } from '../../../src/lib/prepare/district-map.ts';
import { getDataset } from '../../../src/lib/site/dataset.ts';
import { xmlProblems } from '../outputs/wellformed.ts';
import { readPng } from './png-reader.ts';

const data = getDataset();
const SITE = 'https://ansinh.example.org';
const version = (id: string) => latestReleased(data.indicators.find((i) => i.id === id)!)!;
const jobs = version('jobs_created');
const textVi = chartImageText(jobs, 'vi', data.sources, SITE);
const svgVi = chartImageSvg(jobs, textVi);

describe('chartImageSvg', () => {
  it('is well-formed XML with the SVG namespace, white background and its own size', () => {
    expect(xmlProblems(svgVi)).toEqual([]);
    expect(svgVi).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 880 \d+" width="880" height="\d+"/);
    expect(svgVi).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  });

  it('says the Vietnamese title with its diacritics, the place and version date, the sources and the credit', () => {
    expect(svgVi).toContain('>Lao động được giải quyết việc làm</text>');
    expect(svgVi).toContain(`Hà Nội · Số liệu phiên bản`);
    expect(svgVi).toMatch(/Nguồn: [^<]+ CC-BY-4\.0 · An Sinh · https:\/\/ansinh\.example\.org/);
    expect(svgVi).toContain('Đơn vị: người');
  });

  it('embeds Noto Sans as woff2 data: URLs, latin and vietnamese, with unicode-range', () => {
    const faces = svgVi.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(2);
    for (const face of faces) {
      expect(face).toContain('font-family:"Noto Sans"');
      expect(face).toMatch(/src:url\(data:font\/woff2;base64,d09GMg[A-Za-z0-9+/=]+\) format\("woff2"\)/); // "wOF2"
      expect(face).toContain('unicode-range:U+');
    }
    expect(faces[1]).toContain('U+1EA0-1EF9'); // ạ…ỹ
  });

  it('leaves the vietnamese subset out when the text has no letter from it', () => {
    const text = { ...chartImageText(jobs, 'en', data.sources, SITE), title: 'Jobs created', note: 'Hanoi', source: 'Sources: a; b. CC-BY-4.0 · An Sinh · https://x.example' };
    // Legend and axis words are English; 'Hanoi' has no diacritics.
    expect(chartImageSvg(jobs, text).match(/@font-face/g)).toHaveLength(1);
  });

  it('colours marks from chart.css in the light palette, with no custom properties left', () => {
    expect(svgVi).toContain('.ansinh-chart .bar, .ansinh-chart .dot { fill: #2874c8; }');
    expect(svgVi).not.toContain('var(--');
  });

  it('is a picture, not a widget: no focus stops', () => {
    expect(svgVi).not.toContain('tabindex');
  });
});

describe('chartImagePng', () => {
  it.each(['jobs_created', 'poor_household_rate', 'social_assistance_standard_level'])('%s: a PNG at 2× the SVG, as chartImageSize says', (id) => {
    const v = version(id);
    const text = chartImageText(v, 'vi', data.sources, SITE);
    const png = chartImagePng(chartImageSvgForPng(v, text));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const dv = new DataView(png.buffer, png.byteOffset);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    const size = chartImageSize(v, text);
    expect([dv.getUint32(16), dv.getUint32(20)]).toEqual([size.width * PNG_SCALE, size.height * PNG_SCALE]);
    expect(size.width * PNG_SCALE).toBe(CHART_IMAGE_WIDTH * 2);
    const decoded = readPng(png);
    // Opaque white at the corner: the background is drawn, not transparent.
    expect([...decoded.rgba.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });
});

describe('the district map image of a version without a city chart', () => {
  const population = version('population');
  const text = chartImageText(population, 'vi', data.sources, SITE);
  const svg = chartImageSvg(population, text);
  const map = versionMapData(population)!;

  it('is drawn for each indicator with district figures only', () => {
    for (const id of ['population', 'area_natural', 'new_rural_communes_advanced_recognised', 'new_rural_district', 'new_rural_district_advanced']) {
      expect(chartImageKind(version(id)), id).toBe('map');
    }
    expect(chartImageKind(jobs)).toBe('chart');
  });

  it('is well-formed XML in the frame: Vietnamese title, version date, sources and credit', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 880 \d+" width="880" height="\d+"/);
    expect(svg).toContain('>Dân số theo quận, huyện</text>');
    expect(svg).toContain('Hà Nội · Số liệu phiên bản');
    expect(svg).toMatch(/Nguồn: [^<]+ CC-BY-4\.0 · An Sinh · https:\/\/ansinh\.example\.org/);
    expect(svg.match(/@font-face/g)).toHaveLength(2);
  });

  it('draws the 30 districts, hatched where there is no figure, with a legend giving the period and unit', () => {
    const districts = /<g class="districts"[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
    expect(districts.match(/<path d="M/g)).toHaveLength(30);
    expect(districts).toContain('fill="url(#mt-nodata)"');
    expect(districts).toContain('<title>Ba Đình: ');
    const legend = districtMapText(population.meta, map.period, 'vi').legend;
    expect(legend).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}, đơn vị: người$/);
    expect(svg).toContain(`>${legend}</text>`);
    expect(svg).toContain('>Không có số liệu</text>');
    // Nested in the image at its px size, in the embedded font, outside chart.css's scope.
    expect(svg).toMatch(/<g color="#1a1a1a"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="ansinh-map" role="img" aria-labelledby="mt md" viewBox="0 0 832 640" x="24" y="\d+(\.\d)?" width="832" height="640" fill="currentColor" font-family="Noto Sans, sans-serif"/);
  });

  it('is a PNG at 2× the SVG, as chartImageSize says, drawn on white', () => {
    const png = chartImagePng(chartImageSvgForPng(population, text));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const dv = new DataView(png.buffer, png.byteOffset);
    const size = chartImageSize(population, text);
    expect([dv.getUint32(16), dv.getUint32(20)]).toEqual([size.width * PNG_SCALE, size.height * PNG_SCALE]);
    expect(size.height).toBeGreaterThan(640);
    expect([...readPng(png).rgba.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });
});

describe('every chart image', () => {
  it('has text the PNG fonts can draw (no empty boxes), in both languages', () => {
    const problems = chartImageSpecs(data).flatMap((s) => {
      const svg = chartImageSvgForPng(s.version, chartImageText(s.version, s.lang, data.sources, SITE));
      const text = svg.replace(/<style>[^<]*<\/style>/, '').replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
      return missingGlyphs(text).map((c) => `${s.indicator.id}/${s.ref}/${s.lang}: ${c}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('cachedChartImagePng', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ansinh-chart-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders once, then reads the same bytes back; another chart is another entry', () => {
    const first = cachedChartImagePng(jobs, textVi, dir);
    const again = cachedChartImagePng(jobs, textVi, dir);
    expect([first.hit, again.hit]).toEqual([false, true]);
    expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
    expect(cachedChartImagePng(jobs, { ...textVi, title: 'Việc làm' }, dir).hit).toBe(false);
  });
});
