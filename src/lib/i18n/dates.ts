/**
 * Dates and periods as they read in each language. These are formats, like the number
 * formats of src/lib/format.ts: the month names and word order of each language live here,
 * and tests/lib/i18n.test.ts checks them by example. Widgets import them (through
 * src/lib/prepare/labels.ts), so this file stays free of Node code.
 */
import type { Period } from '../data/period.ts';
import type { Lang } from '../format.ts';
import type { Localized } from './types.ts';

const MONTHS_EN = 'January February March April May June July August September October November December'.split(' ');

/** English month name of month `m` (1–12); `short`: its first three letters ("Sep"). */
const monthEn = (m: number, short?: boolean): string => MONTHS_EN[m - 1]!.slice(0, short ? 3 : undefined);

/** The year, month and day of an ISO date (`YYYY-MM-DD`); throws on anything else. */
export function isoDateParts(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`expected an ISO date (YYYY-MM-DD), got "${iso}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "d/m/yyyy" in Vietnamese, "d Month yyyy" in English, from an ISO date (checked: throws on anything else). */
export function formatDate(iso: string, lang: Lang): string {
  const { year, month, day } = isoDateParts(iso);
  return dateLabel([year, month, day])[lang];
}

/**
 * The label of a period's start, an ISO date its parser (src/lib/data/period.ts) already
 * checked: split, not checked again, so that the widgets, which label periods and never
 * format a free date, do not carry isoDateParts and its error.
 */
const startDateLabel = (start: string): Localized => dateLabel(start.split('-').map(Number));

function dateLabel([year, month, day]: number[]): Localized {
  return { vi: `${day}/${month}/${year}`, en: `${day} ${monthEn(month!)} ${year}` };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const both = (s: string): Localized => ({ vi: s, en: s });

/** How a period reads in a table cell or a label, in both languages. */
export function periodLabel(p: Period): Localized {
  const y = p.year;
  const m = Number(p.start.slice(5, 7));
  switch (p.kind) {
    case 'months': {
      const from = p.fromMonth!;
      const to = p.toMonth!;
      if (from > 1) return { vi: `Tháng ${from}–${to}/${y}`, en: `${monthEn(from, true)}–${monthEn(to, true)} ${y}` };
      if (to < 12) return { vi: `${to} tháng ${y}`, en: `Jan–${monthEn(to, true)} ${y}` };
      break;
    }
    case 'date': {
      const md = p.start.slice(5);
      return md === '01-01' ? { vi: `Đầu năm ${y}`, en: `Start of ${y}` } : md === '12-31' ? { vi: `Cuối năm ${y}`, en: `End of ${y}` } : startDateLabel(p.start);
    }
    case 'month':
      return { vi: `Tháng ${m}/${y}`, en: `${monthEn(m)} ${y}` };
    case 'in-year':
      return { vi: `Năm ${y} (không rõ ngày)`, en: `${y} (date unknown)` };
  }
  return both(`${y}`);
}

/**
 * When a period starts, as short as a chart label can be: "7/2024" / "Jul 2024" for a day
 * or a month, the year alone when only the year is known ("2013", a `2013-XX` period).
 */
export function startLabel(p: Period): Localized {
  if (p.kind !== 'date' && p.kind !== 'month') return both(`${p.year}`);
  const m = Number(p.start.slice(5, 7));
  return { vi: `${m}/${p.year}`, en: `${monthEn(m, true)} ${p.year}` };
}

/** A period's label inside a sentence: "năm 2022" / "in 2022", "cuối năm 2022" / "at the end of 2022". */
export function periodPhrase(p: Period): Localized {
  const l = periodLabel(p);
  // A year, or its twelve months.
  if (l.vi === `${p.year}`) return { vi: `năm ${p.year}`, en: `in ${p.year}` };
  if (p.kind === 'in-year') return { vi: `trong ${lowerFirst(l.vi)}`, en: `at some point in ${l.en}` };
  // A day: "ngày 1/7/2024" / "on 1 July 2024"; the first or the last of the year: "đầu năm 2022" / "at the start of 2022".
  if (p.kind === 'date') return /^\d/.test(l.vi) ? { vi: `ngày ${l.vi}`, en: `on ${l.en}` } : { vi: lowerFirst(l.vi), en: `at the ${lowerFirst(l.en)}` };
  return { vi: lowerFirst(l.vi), en: `in ${l.en}` };
}

/**
 * A period as the object of a comparison: "so với năm 2022" / "unchanged from 2022" — the
 * Vietnamese phrase as it is, the English one without its preposition.
 */
export function periodObject(p: Period): Localized {
  const phrase = periodPhrase(p);
  return { vi: phrase.vi, en: phrase.en.replace(/^(in|at|on) /, '') };
}

/**
 * When a level (a standard, an allowance) took effect, as a table cell: the full date
 * ("1/1/2026", never "Đầu năm 2026", which would read as a point in time), else the period.
 */
export function sinceLabel(p: Period): Localized {
  return p.kind === 'date' ? startDateLabel(p.start) : periodLabel(p);
}

/** When a level took effect, in a sentence: "từ 1/1/2026" / "from 1 January 2026". */
export function sincePhrase(p: Period): Localized {
  if (p.kind === 'in-year') return { vi: `từ năm ${p.year} (không rõ ngày)`, en: `from ${p.year} (date unknown)` };
  const l = p.kind === 'year' ? { vi: `năm ${p.year}`, en: `${p.year}` } : sinceLabel(p);
  return { vi: `từ ${lowerFirst(l.vi)}`, en: `from ${l.en}` };
}
