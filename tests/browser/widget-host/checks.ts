/**
 * Does a drawn widget show the values of data/? Each check compares the numbers a reader
 * sees in the widget's shadow DOM with the figures of the indicator's latest released
 * version, formatted here with Intl for the widget's language. Returns the mismatches.
 */
import type { Lang } from '../../../src/lib/format.ts';
import type { WidgetSnapshot } from './harness.ts';
import { chartValueGroups, districtNames, expectedDistricts, expectedHeadline, expectedProgress, num, numbersIn, type Site } from './site.ts';

const onePercent = (v: number, lang: Lang) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(v);

export function checkValues(s: Site, w: WidgetSnapshot, lang: Lang): string[] {
  const id = w.indicator ?? 'jobs_created';
  const ind = s.indicator(id);
  const out: string[] = [];
  const name = `${w.tag}[${id}] (${lang})`;
  if (w.state !== 'complete') return [`${name}: state ${w.state}, message ${w.message}`];
  if (w.lang !== lang) out.push(`${name}: box lang="${w.lang}"`);
  if (!w.title.includes(ind.title[lang])) out.push(`${name}: title "${w.title}" lacks "${ind.title[lang]}"`);
  if (!w.footer.includes(s.latest(id).id)) out.push(`${name}: footer "${w.footer}" lacks the version ${s.latest(id).id}`);
  switch (w.tag) {
    case 'ansinh-chart': {
      if (!w.svg || w.svg.width < 100 || w.svg.height < 100 || w.svg.marks === 0) out.push(`${name}: no drawing (${JSON.stringify(w.svg)})`);
      // rows: period, measure, value, note
      const shown = new Set(w.rows.flatMap((r) => numbersIn(r[2] ?? '')));
      for (const g of chartValueGroups(s, id, lang)) {
        if (!g.numbers.some((n) => shown.has(n))) out.push(`${name}: data table lacks ${g.key} = ${g.numbers.join(' or ')}`);
      }
      break;
    }
    case 'ansinh-headline': {
      const e = expectedHeadline(s, id);
      const want = e.alternatives.map((o) => num(o.value, lang, ind));
      const got = numbersIn(w.figure)[0];
      if (!want.includes(got ?? '')) out.push(`${name}: figure "${w.figure}", expected ${want.join(' or ')} (${e.latest.period.id} ${e.latest.measure} in data/)`);
      if (e.yearToDate && !numbersIn(w.summary).includes(num(e.yearToDate.value, lang, ind))) {
        out.push(`${name}: summary "${w.summary}" lacks the newer year-to-date figure ${num(e.yearToDate.value, lang, ind)} (${e.yearToDate.period.id})`);
      }
      break;
    }
    case 'ansinh-jobs-progress': {
      const e = expectedProgress(s, id);
      const pct = onePercent(e.percent, lang);
      if (numbersIn(w.figure)[0] !== pct) out.push(`${name}: figure "${w.figure}", expected ${pct}% (${e.outcome.value} of ${e.plan.value})`);
      if (!w.figure.includes(String(e.year))) out.push(`${name}: figure "${w.figure}" does not name ${e.year}`);
      const nums = numbersIn(w.detail);
      for (const [what, v] of [['outcome', e.outcome.value], ['plan', e.plan.value]] as const) {
        if (!nums.includes(num(v, lang, ind))) out.push(`${name}: detail "${w.detail}" lacks the ${what} ${num(v, lang, ind)}`);
      }
      if (!w.svg || w.svg.width < 100 || w.svg.marks === 0) out.push(`${name}: no bar (${JSON.stringify(w.svg)})`);
      break;
    }
    case 'ansinh-district-compare': {
      const e = expectedDistricts(s, id);
      const names = districtNames();
      // rows: rank, district, bar, value
      const byName = new Map(w.rows.map((r) => [r[1] ?? '', r]));
      for (const [code, o] of e.values) {
        const label = names.get(code)?.[lang] ?? code;
        const row = byName.get(label);
        const want = num(o.value, lang, ind);
        if (!row) out.push(`${name}: no ranking row for ${label} (${code})`);
        else if (numbersIn(row[3] ?? '')[0] !== want) out.push(`${name}: ${label} shows "${row[3]}", expected ${o.comparator} ${want} (${e.period} in data/)`);
        else if ((row[0] === '') !== (o.comparator !== '')) out.push(`${name}: ${label} has rank "${row[0]}" for ${o.comparator || 'an exact value'}`);
      }
      const exact = [...e.values].filter(([, o]) => o.comparator === '');
      const ranked = w.rows.filter((r) => r[0] !== '');
      const first = ranked.find((r) => r[0] === '1');
      const best = (ind.kind === 'year' ? Math.min : Math.max)(...exact.map(([, o]) => o.value));
      const top = exact.filter(([, o]) => o.value === best).map(([code]) => names.get(code)?.[lang]);
      if (exact.length > 0 && (!first || !top.includes(first[1]))) out.push(`${name}: rank 1 is ${first?.[1]}, expected one of ${top.join(', ')}`);
      if (ranked.length !== exact.length) out.push(`${name}: ${ranked.length} ranked districts, ${exact.length} exact values in data/`);
      const none = w.rows.filter((r) => !e.values.has([...names].find(([, n]) => n[lang] === r[1])?.[0] ?? '')).filter((r) => numbersIn(r[3] ?? '').length > 0);
      if (none.length > 0) out.push(`${name}: values for districts without one in data/: ${none.map((r) => r[1]).join(', ')}`);
      if (w.districts.paths !== names.size) out.push(`${name}: the map has ${w.districts.paths} districts, district-paths.json ${names.size}`);
      if (w.districts.shaded !== ranked.length) out.push(`${name}: ${w.districts.shaded} shaded districts for ${ranked.length} ranked`);
      break;
    }
    default:
      out.push(`${name}: unknown element`);
  }
  return out;
}
