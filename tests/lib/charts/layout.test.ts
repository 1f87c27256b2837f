/**
 * The shared chart layout (src/lib/charts/layout.ts), case by case: what a reader sees at
 * the site's narrow (358 px: a 390 px phone) and wide (880 px) widths, and the options an
 * article may set. Positions are checked as a reader would: nothing overlaps, nothing is
 * joined across a gap or a break, every value is written.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { chartData } from '../../../src/lib/prepare/series.ts';
import { chartLayout, type ChartLayout, type LayoutOptions, type Mark } from '../../../src/lib/charts/layout.ts';
import { CHART_WIDTHS } from '../../../src/lib/charts/time-series.ts';
import type { ChartData } from '../../../src/lib/prepare/types.ts';
import { SERIES_CASES, YEAR_TO_DATE_CASES, type SeriesCase } from '../../fixtures/charts/series.ts';

const layout = (data: ChartData, o: Partial<LayoutOptions> = {}) => chartLayout(data, { lang: 'vi', width: CHART_WIDTHS.narrow, ...o });
const allMarks = (l: ChartLayout): Mark[] => [...l.marks, ...l.years.flatMap((g) => g.marks)];
/** The marks of the years (not the legend's swatches). */
const yearMarks = (l: ChartLayout): Mark[] => l.years.flatMap((g) => g.marks);
const texts = (l: ChartLayout, cls?: string) => allMarks(l).filter((m): m is Extract<Mark, { 0: 'text' }> => m[0] === 'text' && (!cls || m[1] === cls));
const words = (l: ChartLayout, cls?: string) => texts(l, cls).map((m) => m[5]);
const ofClass = (l: ChartLayout, cls: string) => allMarks(l).filter((m) => m[1] === cls);
const group = (l: ChartLayout, year: number) => {
  const g = l.years.find((y) => y.year === year);
  if (!g) throw new Error(`no group for ${year}`);
  return g;
};
/** A text's box, from the layout's own width estimate (0.6 em a character). */
function box(m: Extract<Mark, { 0: 'text' }>, f: number): [number, number, number, number] {
  const w = m[5].length * f * 0.6;
  const x0 = m[4] === 'middle' ? m[2] - w / 2 : m[4] === 'end' ? m[2] - w : m[2];
  return [x0, m[3] - f, x0 + w, m[3]];
}
const overlap = (a: number[], b: number[]) => a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!;

describe('a flow against its plans', () => {
  const jobs = layout(SERIES_CASES['flow-jobs-vs-plan']);

  it('is a row per year, oldest first, each saying its value and its % of plan', () => {
    expect(jobs.orientation).toBe('horizontal');
    expect(words(jobs, 'tick')).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    const said = Object.fromEntries(texts(jobs).filter((m) => m[1].startsWith('lbl')).map((m) => [m[5].split(' ·')[0], m[5]]));
    // Computed from exact actual and plan.
    expect(said['203.000']).toBe('203.000 · 126,9% kế hoạch');
    // ≈ where the actual is derived, or an estimate; from a derived plan too.
    expect(said['≈ 191.000']).toBe('≈ 191.000 · ≈ 124% kế hoạch');
    expect(said['≈ 222.000']).toBe('≈ 222.000 · ≈ 131,4% kế hoạch');
    expect(said['226.000']).toBe('226.000 · ≈ 137% kế hoạch');
    // Stated where the figure is a bound (≈), or where there is no plan.
    expect(said['> 180.500']).toBe('> 180.500 · ≈ 116% kế hoạch');
    expect(said['150.000']).toBe('150.000 · 103% kế hoạch');
    // A year with a plan and no figure: a gap with its plan, not a zero.
    expect(said['Kế hoạch 162.000']).toBe('Kế hoạch 162.000');
    expect(group(jobs, 2023).marks.filter((m) => m[0] === 'rect')).toEqual([]);
  });

  it('draws each bar to its value and each plan as a tick across the bar, approximate bars hollow', () => {
    const bars = yearMarks(jobs).filter((m) => m[0] === 'rect' && m[1].startsWith('bar'));
    expect(bars.map((m) => m[1])).toEqual(['bar', 'bar', 'bar approx', 'bar approx', 'bar', 'bar', 'bar', 'bar approx']);
    const plans = yearMarks(jobs).filter((m) => m[1] === 'plan' || m[1] === 'plan approx');
    expect(plans).toHaveLength(9);
    // The 2024 plan is derived: dotted.
    expect(group(jobs, 2024).marks.some((m) => m[1] === 'plan approx')).toBe(true);
    // Bars and ticks share one value scale: 203.000 reaches further than its plan 160.000.
    const [bar2022] = group(jobs, 2022).marks.filter((m) => m[0] === 'rect') as Extract<Mark, { 0: 'rect' }>[];
    const [plan2022] = group(jobs, 2022).marks.filter((m) => m[1] === 'plan') as Extract<Mark, { 0: 'line' }>[];
    expect(bar2022![2] + bar2022![4]).toBeCloseTo((plan2022![2] * 203000) / 160000, 0);
  });

  it('keeps year-to-date figures out of the annual rows', () => {
    expect(allMarks(jobs).some((m) => m[1].includes('ytd'))).toBe(false);
    expect(jobs.years.map((g) => g.label).join(' ')).not.toContain('tháng');
  });

  it('marks the series break between its rows, and names it in the year it starts', () => {
    expect(words(jobs, 'brk')).toEqual(['Đứt chuỗi số liệu']);
    const rule = ofClass(jobs, 'brk').find((m) => m[0] === 'line') as Extract<Mark, { 0: 'line' }>;
    expect(rule[3]).toBeGreaterThan(group(jobs, 2024).hit.y + group(jobs, 2024).hit.h - 1);
    expect(rule[3]).toBeLessThan(group(jobs, 2025).hit.y);
    expect(group(jobs, 2025).label).toMatch(/^2025: Đứt chuỗi số liệu: Số liệu do Sở Nội vụ báo cáo; Ước tính: 222.000 người; Kế hoạch: 169.000 người; ≈ 131,4% kế hoạch$/);
  });

  it('lists in its legend what it draws, in short words', () => {
    expect(words(jobs, 'key')).toEqual(['Thực hiện', '≈ ước tính', 'Kế hoạch']);
    expect(words(layout(SERIES_CASES['flow-jobs-vs-plan'], { lang: 'en' }), 'key')).toEqual(['Actual', '≈ estimate', 'Plan']);
  });
});

describe("the current year's progress", () => {
  const data = SERIES_CASES['flow-current-year'];

  it('is a distinct partial bar named for its months, against the annual plan', () => {
    const l = layout(data);
    const g = group(l, 2025);
    expect(g.marks.filter((m) => m[0] === 'rect').map((m) => m[1])).toEqual(['bar ytd']);
    expect(g.marks.filter((m) => m[0] === 'text').map((m) => (m as Extract<Mark, { 0: 'text' }>)[5])).toEqual(['10 tháng 2025', '195.558 · 115,7% kế hoạch năm']);
    expect(g.label).toBe('2025: Thực hiện 10 tháng 2025: 195.558 người; Kế hoạch: 169.000 người; 115,7% kế hoạch năm');
    expect(words(l, 'key')).toEqual(['Thực hiện', 'Lũy kế trong năm', 'Kế hoạch']);
  });

  it('can be left out (yearToDate: false): the year keeps its plan only', () => {
    const l = layout(data, { yearToDate: false });
    expect(allMarks(l).some((m) => m[1].includes('ytd'))).toBe(false);
    expect(words(l, 'lbl plan')).toEqual(['Kế hoạch 169.000']);
  });

  it('has its earlier parts of the year in a chart of their own, joined within the year only', () => {
    const ytd = YEAR_TO_DATE_CASES['flow-current-year-ytd'];
    expect(ytd.temporal).toBe('stock');
    expect(ytd.actualSegments.map((s) => s.points.map((p) => p.period))).toEqual([['2025-01/2025-07', '2025-01/2025-09', '2025-01/2025-10']]);
    const l = layout(ytd, { width: CHART_WIDTHS.wide });
    expect(ofClass(l, 'line')).toHaveLength(1);
    expect(yearMarks(l).filter((m) => m[1] === 'dot ytd')).toHaveLength(3);
    // Each figure on the last day it covers.
    expect(ytd.actualSegments[0]!.points.map((p) => p.date)).toEqual(['2025-07-31', '2025-09-30', '2025-10-31']);
    const jobs = YEAR_TO_DATE_CASES['flow-jobs-vs-plan-ytd'];
    expect(jobs.actualSegments.map((s) => s.points.map((p) => p.period))).toEqual([['2019-01/2019-05'], ['2023-01/2023-05', '2023-01/2023-11']]);
    expect(jobs.actualMarks.map((p) => p.period)).toEqual(['2023-01/2023-10']);
  });
});

describe('a stock with gaps and three breaks', () => {
  const data = SERIES_CASES['stock-gaps-three-breaks'];

  it('joins points only within a segment: never across the gap (2020) or the breaks', () => {
    const l = layout(data, { width: CHART_WIDTHS.wide });
    const lines = ofClass(l, 'line') as Extract<Mark, { 0: 'path' }>[];
    expect(data.actualSegments.map((s) => s.points.length)).toEqual([3, 1, 2]);
    expect(lines.map((m) => m[2].split('L').length)).toEqual([3, 2]);
  });

  it('labels its three breaks without overlap, at either width', () => {
    for (const width of [CHART_WIDTHS.narrow, CHART_WIDTHS.wide]) {
      const l = layout(data, { width });
      const labels = texts(l, 'brk').map((m) => box(m, l.fontSize * 0.92));
      expect(labels, `${width}`).toHaveLength(3);
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!), `${width}: ${i}, ${j}`).toBe(false);
      expect(ofClass(l, 'brk').filter((m) => m[0] === 'line')).toHaveLength(3);
      // Above the plot, inside the drawing.
      for (const b of labels) expect(b[3]).toBeLessThanOrEqual(l.plot.y);
      for (const b of labels) expect(b[0] >= 0 && b[2] <= l.width).toBe(true);
    }
  });

  it('puts a date known only to its year mid-year, with a bar across the year', () => {
    const l = layout(data, { width: CHART_WIDTHS.wide });
    const g = group(l, 2016);
    const [dot] = g.marks.filter((m) => m[0] === 'circle') as Extract<Mark, { 0: 'circle' }>[];
    const bar = g.marks.find((m) => m[1] === 'when') as Extract<Mark, { 0: 'rect' }>;
    expect(dot![2]).toBeCloseTo(g.hit.x + g.hit.w / 2, 0);
    expect(bar[2]).toBeCloseTo(g.hit.x, 0);
    expect(bar[2] + bar[4]).toBeCloseTo(g.hit.x + g.hit.w, 0);
    expect(words(l, 'key')).toContain('Không rõ ngày');
    expect(g.label).toBe('2016: Thực hiện Năm 2016 (không rõ ngày): 3,64%');
  });

  it('writes the first and the last value, and the others where they fit', () => {
    for (const width of [CHART_WIDTHS.narrow, CHART_WIDTHS.wide]) {
      const l = layout(data, { width });
      const said = words(l, 'lbl');
      expect(said, `${width}`).toContain('3,64%');
      expect(said, `${width}`).toContain('< 0,5%');
      const boxes = texts(l, 'lbl').map((m) => box(m, l.fontSize));
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    }
    expect(words(layout(data, { width: CHART_WIDTHS.wide }), 'lbl')).toHaveLength(data.actualSegments.flatMap((s) => s.points).length + data.actualMarks.length);
  });

  it('draws a bound hollow, its label saying which way the true value lies', () => {
    const l = layout(data);
    expect(group(l, 2024).marks.filter((m) => m[0] === 'circle').map((m) => m[1])).toEqual(['dot approx']);
    expect(words(l, 'lbl')).toContain('< 0,5%');
  });
});

describe('a level beside the national level', () => {
  const data = SERIES_CASES['level-with-reference'];
  const l = layout(data, { width: CHART_WIDTHS.wide });

  it('is drawn as steps, never a slope: only horizontal and vertical moves', () => {
    // (The legend's swatches are steps too: they sit above the plot.)
    const inPlot = (m: Mark) => m[0] === 'path' && Number(/^M[\d.]+,([\d.]+)/.exec(m[2])?.[1]) > l.plot.y;
    const step = ofClass(l, 'step').filter(inPlot) as Extract<Mark, { 0: 'path' }>[];
    const ref = ofClass(l, 'ref').filter(inPlot) as Extract<Mark, { 0: 'path' }>[];
    expect(step).toHaveLength(1);
    expect(ref).toHaveLength(1);
    for (const d of [step[0]![2], ref[0]![2]]) expect(d).toMatch(/^(M[\d.]+,[\d.]+H[\d.]+(V[\d.]+H[\d.]+)*)+$/);
    // Five levels: four risers; the national one: three levels, two risers.
    expect(step[0]![2].match(/V/g)).toHaveLength(4);
    expect(ref[0]![2].match(/V/g)).toHaveLength(2);
  });

  it('writes each level with the date it took effect', () => {
    const said = words(l, 'lbl');
    expect(said).toEqual(expect.arrayContaining(['250.000', '350.000', '440.000', '500.000', '650.000']));
    const dates = words(l, 'lbl sub');
    expect(dates).toEqual(expect.arrayContaining(['10/2009', '8/2011', '7/2021', '7/2024', '1/2026']));
    expect(words(layout(data, { width: CHART_WIDTHS.wide, lang: 'en' }), 'lbl sub')).toContain('Aug 2011');
  });

  it('starts a national level known only to its year at mid-year, marked as such', () => {
    const g = group(l, 2013);
    expect(g.marks.some((m) => m[1] === 'when')).toBe(true);
    const [dot] = g.marks.filter((m) => m[0] === 'circle') as Extract<Mark, { 0: 'circle' }>[];
    expect(dot![2]).toBeCloseTo(g.hit.x + g.hit.w / 2, 0);
    expect(words(l, 'key')).toEqual(['Thực hiện', 'Không rõ ngày', 'Mức trung ương']);
  });

  it('writes no label across a step, a riser or the national line, from a small phone to the wide chart', () => {
    /** The horizontal and vertical strokes of a step path (`M x,y H x V y H x …`), as boxes. */
    const strokes = (d: string): number[][] => {
      const out: number[][] = [];
      let [x, y] = [0, 0];
      for (const [, cmd, a, b] of d.matchAll(/([MHV])([\d.]+)(?:,([\d.]+))?/g)) {
        if (cmd === 'M') [x, y] = [Number(a), Number(b)];
        else if (cmd === 'H') out.push([Math.min(x, Number(a)), y, Math.max(x, Number(a)), y]), (x = Number(a));
        else out.push([x, Math.min(y, Number(a)), x, Math.max(y, Number(a))]), (y = Number(a));
      }
      return out;
    };
    for (const lang of ['vi', 'en'] as const) {
      for (const width of [300, CHART_WIDTHS.narrow, 500, CHART_WIDTHS.wide]) {
        const at = layout(data, { width, lang });
        const lines = allMarks(at).filter((m): m is Extract<Mark, { 0: 'path' }> => m[0] === 'path' && (m[1] === 'step' || m[1] === 'ref') && Number(/^M[\d.]+,([\d.]+)/.exec(m[2])?.[1]) > at.plot.y).flatMap((m) => strokes(m[2]));
        expect(lines.length, `${lang} ${width}: the plot's strokes`).toBeGreaterThan(8);
        const labels = texts(at).filter((m) => m[1].startsWith('lbl'));
        // The newest level is always written; the others where they fit.
        expect(labels.map((m) => m[5]), `${lang} ${width}`).toContain(lang === 'vi' ? '650.000' : '650,000');
        for (const m of labels) {
          // The ink of digits and dates: from the cap height (0.75 em above the baseline) to
          // the descenders (0.25 em below); a line's stroke is 2 px wide.
          const [x0, , x1] = box(m, at.fontSize);
          const ink = [x0, m[3] - 0.75 * at.fontSize, x1, m[3] + 0.25 * at.fontSize];
          for (const s of lines) expect(overlap(ink, [s[0]! - 1, s[1]! - 1, s[2]! + 1, s[3]! + 1]), `${lang} ${width}: "${m[5]}" across the line ${s.map((v) => v.toFixed(1))}`).toBe(false);
        }
      }
    }
  });
});

describe('targets and plans of a stock', () => {
  it('draws ceilings as ticks, a range as a band, a plan as a tick', () => {
    const rate = layout(SERIES_CASES['rate-with-ceilings'], { width: CHART_WIDTHS.wide });
    expect(yearMarks(rate).filter((m) => m[1] === 'target')).toHaveLength(2);
    const share = layout(SERIES_CASES['share-target-range'], { width: CHART_WIDTHS.wide });
    expect(yearMarks(share).filter((m) => m[1] === 'range')).toHaveLength(1);
    expect(yearMarks(share).filter((m) => m[1] === 'plan')).toHaveLength(1);
    expect(words(share, 'key')).toEqual(['Thực hiện', '≈ ước tính', 'Kế hoạch', 'Mục tiêu']);
  });
});

describe('narrow and wide', () => {
  const cases = Object.keys(SERIES_CASES) as SeriesCase[];

  it('keeps every mark inside the drawing, and tick labels at the font size', () => {
    for (const name of cases) {
      for (const width of [CHART_WIDTHS.narrow, CHART_WIDTHS.wide]) {
        const l = layout(SERIES_CASES[name], { width });
        expect(l.width, name).toBe(width);
        expect(l.fontSize, name).toBe(12);
        for (const m of texts(l)) {
          const [x0, , x1] = box(m, l.fontSize * (m[1] === 'title' ? 1.25 : m[1] === 'brk' ? 0.92 : 1));
          expect(x0, `${name} ${width} "${m[5]}"`).toBeGreaterThanOrEqual(-0.5);
          expect(x1, `${name} ${width} "${m[5]}"`).toBeLessThanOrEqual(width + 0.5);
          expect(m[3], `${name} ${width} "${m[5]}"`).toBeLessThanOrEqual(l.height);
        }
      }
    }
  });

  it('has a plot taller than its legend on a phone', () => {
    for (const name of cases.filter((c) => c !== 'empty')) {
      const l = layout(SERIES_CASES[name]);
      const keys = texts(l, 'key');
      const legendHeight = Math.max(...keys.map((m) => m[3])) - Math.min(...keys.map((m) => m[3])) + l.fontSize * 1.6;
      expect(l.plot.h, name).toBeGreaterThan(legendHeight);
    }
  });

  it('labels fewer years on a phone when they would crowd, every year when wide', () => {
    const narrow = words(layout(SERIES_CASES['rate-with-ceilings']), 'tick').filter((s) => /^\d{4}$/.test(s));
    const wide = words(layout(SERIES_CASES['rate-with-ceilings'], { width: CHART_WIDTHS.wide }), 'tick').filter((s) => /^\d{4}$/.test(s));
    expect(wide).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030']);
    expect(narrow.length).toBeLessThan(wide.length);
    expect(narrow).toContain('2030');
  });

  it('shortens a row’s words when they do not fit beside the year', () => {
    const tiny = layout(SERIES_CASES['flow-jobs-vs-plan'], { width: 240 });
    expect(words(tiny, 'lbl')).toContain('203.000 · 126,9% kế hoạch');
    expect(words(tiny, 'lbl')).toContain('≈ 222.000 · ≈ 131,4%');
    expect(words(layout(SERIES_CASES['flow-jobs-vs-plan'], { width: CHART_WIDTHS.wide }), 'lbl')).toContain('203.000 · 126,9% kế hoạch');
  });

  it('gives each year a focusable slot that covers its marks', () => {
    for (const name of cases) {
      const l = layout(SERIES_CASES[name], { width: CHART_WIDTHS.wide });
      for (const g of l.years) {
        expect(g.label, name).toMatch(new RegExp(`^${g.year}: .+`));
        expect(g.hit.w, name).toBeGreaterThan(0);
        expect(g.hit.h, name).toBeGreaterThan(0);
      }
    }
  });
});

describe('options an article may set', () => {
  const data = SERIES_CASES['flow-jobs-vs-plan'];

  it('highlights a year: a band behind its slot', () => {
    const l = layout(data, { highlight: 2022 });
    const g = group(l, 2022);
    expect(g.highlight).toBe(true);
    expect(g.marks[0]).toEqual(['rect', 'hl', g.hit.x, g.hit.y, g.hit.w, g.hit.h]);
    expect(l.years.filter((y) => y.highlight).map((y) => y.year)).toEqual([2022]);
  });

  it('hides the legend', () => {
    expect(words(layout(data, { legend: false }), 'key')).toEqual([]);
    expect(layout(data, { legend: false }).plot.y).toBeLessThan(layout(data).plot.y);
  });

  it('fits a fixed height: the words beside the bars when two lines a row do not fit', () => {
    const natural = layout(data);
    expect(natural.height).toBeGreaterThan(300);
    const fixed = layout(data, { height: 260 });
    expect(fixed.height).toBe(260);
    const rows = fixed.years.map((g) => g.hit);
    expect(rows.at(-1)!.y + rows.at(-1)!.h).toBeLessThanOrEqual(260);
    // One line a row: the year's name, its bar and its words side by side.
    const g = group(fixed, 2022);
    const [name, value] = g.marks.filter((m) => m[0] === 'text') as Extract<Mark, { 0: 'text' }>[];
    const [bar] = g.marks.filter((m) => m[0] === 'rect') as Extract<Mark, { 0: 'rect' }>[];
    expect(name![3]).toBe(value![3]);
    expect(bar![2]).toBeGreaterThan(box(name!, 12)[2]);
    expect(bar![2] + bar![4]).toBeLessThan(box(value!, 12)[0]);
    // A stock fills the height too.
    expect(layout(SERIES_CASES['stock-gaps-three-breaks'], { height: 240 }).height).toBe(240);
  });

  it('draws a title and a note on top and a source line at the bottom, wrapped to the width (a standalone image)', () => {
    const l = layout(data, {
      heading: 'Lao động được giải quyết việc làm so với kế hoạch, Hà Nội 2017–2026',
      note: 'Số năm 2025 là số ước tính.',
      source: 'Nguồn: An Sinh, Sở Nội vụ Hà Nội; phiên bản 2026-11-29. CC BY 4.0',
    });
    const title = texts(l, 'title');
    expect(title.length).toBeGreaterThan(1);
    expect(title.map((m) => m[5]).join(' ')).toBe('Lao động được giải quyết việc làm so với kế hoạch, Hà Nội 2017–2026');
    expect(words(l, 'note')).toEqual(['Số năm 2025 là số ước tính.', 'Nguồn: An Sinh, Sở Nội vụ Hà Nội; phiên bản', '2026-11-29. CC BY 4.0']);
    const notes = texts(l, 'note');
    expect(notes[0]![3]).toBeLessThan(l.plot.y);
    expect(notes.at(-1)![3]).toBeGreaterThan(l.plot.y + l.plot.h);
    expect(notes.at(-1)![3]).toBeLessThanOrEqual(l.height);
  });
});

it('says "no data" when there is nothing to draw, never a zero', () => {
  const l = layout(SERIES_CASES.empty);
  expect(words(l)).toEqual(['Không có số liệu']);
  expect(l.years).toEqual([]);
});

it('is deterministic', () => {
  expect(layout(SERIES_CASES['level-with-reference'])).toEqual(layout(SERIES_CASES['level-with-reference']));
});

describe('every indicator of the real data, drafts included', () => {
  const { data } = loadData(join(import.meta.dirname, '../../../data'));
  const cases = data.indicators.flatMap((ind) => {
    const version = ind.versions.at(-1)!;
    const meta = { ...version.meta, id: ind.id };
    return [...new Set(version.observations.map((o) => o.area))].map((area) => ({ name: `${ind.id} ${area}`, data: chartData(meta, version, area) }));
  });

  it('lays out at both widths, in both languages, with every value in a year group and every mark inside the drawing', () => {
    expect(cases.length).toBeGreaterThan(86);
    for (const c of cases) {
      for (const width of [CHART_WIDTHS.narrow, CHART_WIDTHS.wide]) {
        for (const lang of ['vi', 'en'] as const) {
          const l = layout(c.data, { width, lang });
          const where = `${c.name} ${width} ${lang}`;
          expect(l.height, where).toBeGreaterThan(0);
          for (const m of texts(l)) {
            const [x0, , x1] = box(m, l.fontSize * (m[1] === 'brk' ? 0.92 : 1));
            expect(x0, `${where} "${m[5]}"`).toBeGreaterThanOrEqual(-0.5);
            expect(x1, `${where} "${m[5]}"`).toBeLessThanOrEqual(width + 0.5);
          }
          const described = l.years.map((g) => g.label).join(' ');
          for (const p of [...c.data.plan, ...c.data.target, ...c.data.reference]) expect(described, where).toContain(`${p.year}: `);
        }
      }
      // The widget's box: a fixed height.
      expect(layout(c.data, { width: 320, height: 240, lang: 'vi' }).height, c.name).toBe(240);
    }
  });

  it('never says "no data" for a series with a figure: a part of a year that is all there is becomes the chart', () => {
    for (const c of cases) {
      if (!c.data.actualSegments.length && !c.data.actualMarks.length && !c.data.plan.length && !c.data.target.length) continue;
      expect(words(layout(c.data), 'lbl'), c.name).not.toContain('Không có số liệu');
    }
    const covid = cases.find((c) => c.name === 'covid_support_2021_approved_recipients 01')!;
    expect(words(layout(covid.data), 'lbl').join(' ')).toContain('5.120.000');
  });
});
