/**
 * Every sentence and label the site generates from the real data/, for EVERY indicator in
 * both languages: the summary, the headline box and cards, the per-year table, table and
 * map captions. Rules from reading them as a new user would:
 * - no unit after a percentage ("126,9% người"), and a stated % is a % ("127 người" is wrong);
 * - no doubled phrase ("theo quận, huyện, theo quận, huyện");
 * - a fall to 0 reads "reached zero", never "giảm 100%";
 * - an exact count (districts, counted one by one) never reads "≈ 19 quận";
 * - a level reads "từ 1/1/2026", never "Đầu năm 2026";
 * - a % of plan resting on a translated, rounded or bound figure says so (≈, "more than");
 * - no "undefined", "NaN"; sentences start with a capital or a digit and end with a full stop;
 *   Vietnamese has no English words, English no Vietnamese letters.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import type { Indicator, Observation, Version } from '../../src/lib/data/model.ts';
import type { Lang } from '../../src/lib/format.ts';
import { UI, periodLabel, sinceLabel } from '../../src/lib/i18n/index.ts';
import { formatProgress, formatValue, headline } from '../../src/lib/prepare/headline.ts';
import { toPoint } from '../../src/lib/prepare/series.ts';
import { summary } from '../../src/lib/prepare/summary.ts';
import { yearTable } from '../../src/lib/prepare/years.ts';
import { cityTableCaption, districtTableCaption, yearTableCaption } from '../../src/lib/site/captions.ts';
import { headlineView } from '../../src/lib/site/headline-view.ts';
import { LANGS } from '../../src/lib/routes.ts';

const { data } = loadData(join(import.meta.dirname, '../../data'));
const city = data.areas.find((a) => a.code === '01')!;
const latest = (ind: Indicator): Version => ind.versions.at(-1)!;

/** Everything generated for one indicator in one language, each text with where it comes from. */
function texts(ind: Indicator, lang: Lang): { where: string; text: string }[] {
  const v = latest(ind);
  const out: { where: string; text: string }[] = [{ where: 'summary', text: summary(ind, v, city, lang) }];
  const h = headline(ind, v, city.code);
  if (h) {
    const view = headlineView(ind, h, lang);
    out.push({ where: 'headline', text: [view.label, view.value, view.when, view.plan?.percent, view.plan?.plan, view.yearPlan?.value, view.newer].filter(Boolean).join(' | ') });
  }
  const t = yearTable(ind, v, city.code);
  for (const r of [...t.rows, ...t.partial]) {
    const when = (ind.temporal === 'level' ? sinceLabel(r.period) : periodLabel(r.period))[lang];
    const cells = [r.outcome, r.plan, r.target, r.reference].map((p) => (p ? formatValue(p, ind, lang) : '—'));
    out.push({ where: `year table ${r.anchor}`, text: [when, ...cells, r.progress ? formatProgress(r.progress, lang) : ''].join(' | ') });
  }
  const title = ind.title[lang];
  out.push(
    { where: 'city table caption', text: cityTableCaption(title, lang) },
    { where: 'district table caption', text: districtTableCaption(title, lang) },
    { where: 'year table caption', text: yearTableCaption(title, city, ind.unit[lang], t.yearsOnly, lang) },
  );
  const districtPeriods = [...new Map(v.observations.filter((o) => o.area.length === 3).map((o) => [o.period.id, o.period])).values()];
  for (const p of districtPeriods) {
    out.push(
      { where: `map ${p.id}`, text: `${title}, ${periodLabel(p)[lang]}` },
      { where: `map legend ${p.id}`, text: UI.map.legend[lang]({ period: periodLabel(p)[lang], unit: ind.unit[lang] }) },
      { where: `ranking ${p.id}`, text: UI.map.rankingCaption[lang]({ title, period: periodLabel(p)[lang] }) },
    );
  }
  // Every value as a table shows it, stated % of plan and % change included.
  for (const o of v.observations) out.push({ where: `value line ${o.line}`, text: formatValue(toPoint(o), ind, lang) });
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every unit other than "%", in both languages, longest first. */
const UNITS = [...new Set(data.indicators.flatMap((i) => (i.unit.id === 'percent' ? [] : [i.unit.vi, i.unit.en])))].sort((a, b) => b.length - a.length);
const UNIT_AFTER_PERCENT = new RegExp(`%\\s*(?:${UNITS.map(escape).join('|')})(?![\\p{L}])`, 'u');
const DOUBLED = /(?<![\p{L}])([\p{L}][\p{L} ,]{4,}[\p{L}]), \1(?![\p{L}])/u;
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const ENGLISH_WORD = /(?<![\p{L}\d_])(the|of|and|with|from|for|is|are|this|that|to|by|in|on|at|not|per|plan|figure)(?![\p{L}\d_])/u;

/** What is wrong with one indicator's texts in one language. */
function problems(ind: Indicator, lang: Lang): string[] {
  const out: string[] = [];
  const all = texts(ind, lang);
  const v = latest(ind);
  for (const { where, text } of all) {
    const say = (m: string) => out.push(`${where}: ${m}: “${text}”`);
    if (/undefined|NaN|\[object|Infinity/.test(text)) say('broken text');
    if (UNIT_AFTER_PERCENT.test(text)) say('a unit after a percentage');
    const doubled = DOUBLED.exec(text);
    if (doubled) say(`doubled “${doubled[1]}”`);
    if (/giảm 100(,0)?%|down 100(\.0)?%/.test(text)) say('“down 100%” instead of “reached zero”');
    if ((ind.unit.id === 'districts' || ind.unit.id === 'communes') && /≈\s*\d/.test(text)) say('≈ on an exact count');
    if (ind.temporal === 'level' && (where === 'summary' || where === 'headline') && /đầu năm|start of/i.test(text)) say('a level dated as a point in time');
  }
  for (const o of v.observations.filter((x) => x.measure === 'pct_of_plan' || x.measure === 'pct_change')) {
    const text = formatValue(toPoint(o), ind, lang);
    if (!text.endsWith('%')) out.push(`stated ${o.measure} on line ${o.line} reads “${text}”, not as a %`);
  }
  const sentence = all.find((t) => t.where === 'summary')!.text;
  if (!/^[\p{Lu}\d]/u.test(sentence) || !sentence.endsWith('.')) out.push(`summary is not a sentence: “${sentence}”`);
  const hasCity = v.observations.some((o: Observation) => o.area === city.code && o.measure !== 'pct_of_plan' && o.measure !== 'pct_change');
  if (hasCity && sentence === UI.summary.noFigure[lang]({ place: UI.place.hanoi[lang] })) out.push('says there is no figure, though the city has some');
  const own = all.filter((t) => t.where === 'summary' || t.where === 'headline').map((t) => t.text).join(' ');
  if (lang === 'vi') {
    const english = ENGLISH_WORD.exec(own.replaceAll(ind.unit.vi, ''));
    if (english) out.push(`English word “${english[0]}” in: ${own}`);
  } else if (VIETNAMESE_LETTER.test(own)) out.push(`Vietnamese letters in: ${own}`);
  // A % of plan resting on a rough figure says so.
  for (const r of [...yearTable(ind, v, city.code).rows, ...yearTable(ind, v, city.code).partial]) {
    const rough = [r.outcome, r.plan].some((p) => p && (p.flag === 'reported-translation' || p.flag === 'derived' || p.measure === 'estimate' || p.comparator !== ''));
    if (r.progress && rough && !/^(≈|hơn|dưới|ít nhất|không quá|more than|below|at least|at most) /.test(formatProgress(r.progress, lang))) {
      out.push(`${r.anchor}: % of plan “${formatProgress(r.progress, lang)}” rests on a rough figure but does not say so`);
    }
  }
  return out;
}

describe('generated sentences and labels, every indicator of data/, both languages', () => {
  it('has indicators to read', () => {
    expect(data.indicators.length).toBeGreaterThan(20);
  });
  for (const ind of data.indicators) {
    it(ind.id, () => {
      const found = LANGS.flatMap((lang) => problems(ind, lang).map((p) => `${lang} ${p}`));
      expect(found).toEqual([]);
    });
  }
});

describe('the rules catch what they are for', () => {
  const jobs = data.indicators.find((i) => i.id === 'jobs_created')!;
  it('reads the 2022 jobs figure as the founding article did, and 2025 as approximate', () => {
    const rows = yearTable(jobs, latest(jobs), '01').rows;
    const p = (anchor: string) => formatProgress(rows.find((r) => r.anchor === anchor)!.progress!, 'vi');
    expect([p('2022'), p('2025')]).toEqual(['126,9%', '≈ 131,4%']);
  });
  it('finds a unit after a percentage and a doubled phrase', () => {
    expect(UNIT_AFTER_PERCENT.test('đạt 126,9% người')).toBe(true);
    expect(UNIT_AFTER_PERCENT.test('đạt 126,9% kế hoạch năm (160.000 người)')).toBe(false);
    expect(DOUBLED.exec('Diện tích theo quận, huyện, theo quận, huyện')?.[1]).toBe('theo quận, huyện');
    expect(DOUBLED.test('Bảng số liệu: Dân số, Hà Nội')).toBe(false);
  });
});
