/**
 * Dates and periods as they read in each language. These are formats, like the number
 * formats of src/lib/format.ts: the month names and word order of each language live here,
 * and tests/lib/i18n.test.ts checks them by example. Widgets import them (through
 * src/lib/prepare/labels.ts), so this file stays free of Node code.
 */
import type { Period } from '../data/period.ts';
import type { Lang } from '../format.ts';
import type { Localized } from './types.ts';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** English month name of month `m` (1–12); `short`: its first three letters ("Sep"). */
function monthEn(m: number, short = false): string {
  const name = MONTHS_EN[m - 1];
  if (name === undefined) throw new Error(`month out of range: ${m}`);
  return short ? name.slice(0, 3) : name;
}

/** The year, month and day of an ISO date (`YYYY-MM-DD`); throws on anything else. */
export function isoDateParts(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`expected an ISO date (YYYY-MM-DD), got "${iso}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "d/m/yyyy" in Vietnamese, "d Month yyyy" in English, from an ISO date. */
export function formatDate(iso: string, lang: Lang): string {
  return dateLabel(iso)[lang];
}

function dateLabel(iso: string): Localized {
  const { year, month, day } = isoDateParts(iso);
  return { vi: `${day}/${month}/${year}`, en: `${day} ${monthEn(month)} ${year}` };
}

/** The first and last month of a `months` period. */
function monthRange(p: Period): { from: number; to: number } {
  if (p.fromMonth === undefined || p.toMonth === undefined) throw new Error(`period "${p.id}" has no months`);
  return { from: p.fromMonth, to: p.toMonth };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** How a period reads in a table cell or a label, in both languages. */
export function periodLabel(p: Period): Localized {
  switch (p.kind) {
    case 'year':
      return { vi: `${p.year}`, en: `${p.year}` };
    case 'months': {
      const { from, to } = monthRange(p);
      if (from === 1) {
        return to === 12
          ? { vi: `${p.year}`, en: `${p.year}` }
          : { vi: `${to} tháng ${p.year}`, en: `Jan–${monthEn(to, true)} ${p.year}` };
      }
      return { vi: `Tháng ${from}–${to}/${p.year}`, en: `${monthEn(from, true)}–${monthEn(to, true)} ${p.year}` };
    }
    case 'date': {
      const { month, day } = isoDateParts(p.start);
      if (month === 1 && day === 1) return { vi: `Đầu năm ${p.year}`, en: `Start of ${p.year}` };
      if (month === 12 && day === 31) return { vi: `Cuối năm ${p.year}`, en: `End of ${p.year}` };
      return dateLabel(p.start);
    }
    case 'month': {
      const m = Number(p.start.slice(5, 7));
      return { vi: `Tháng ${m}/${p.year}`, en: `${monthEn(m)} ${p.year}` };
    }
    case 'in-year':
      return { vi: `Năm ${p.year} (không rõ ngày)`, en: `${p.year} (date unknown)` };
  }
}

/**
 * When a period starts, as short as a chart label can be: "7/2024" / "Jul 2024" for a day
 * or a month, the year alone when only the year is known ("2013", a `2013-XX` period).
 */
export function startLabel(p: Period): Localized {
  if (p.kind !== 'date' && p.kind !== 'month') return { vi: `${p.year}`, en: `${p.year}` };
  const m = Number(p.start.slice(5, 7));
  return { vi: `${m}/${p.year}`, en: `${monthEn(m, true)} ${p.year}` };
}

/** A period's label inside a sentence: "năm 2022" / "in 2022", "cuối năm 2022" / "at the end of 2022". */
export function periodPhrase(p: Period): Localized {
  const l = periodLabel(p);
  if (p.kind === 'year' || (p.kind === 'months' && p.fromMonth === 1 && p.toMonth === 12)) return { vi: `năm ${p.year}`, en: `in ${p.year}` };
  if (p.kind === 'date') {
    const { month, day } = isoDateParts(p.start);
    if (month === 1 && day === 1) return { vi: lowerFirst(l.vi), en: `at the start of ${p.year}` };
    if (month === 12 && day === 31) return { vi: lowerFirst(l.vi), en: `at the end of ${p.year}` };
    return { vi: `ngày ${l.vi}`, en: `on ${l.en}` };
  }
  if (p.kind === 'in-year') return { vi: `trong năm ${p.year} (không rõ ngày)`, en: `at some point in ${p.year} (date unknown)` };
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
