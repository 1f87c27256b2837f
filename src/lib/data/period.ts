/**
 * Periods as the sources use them:
 * - `2022`                full calendar year
 * - `2025-01/2025-10`     months, inclusive (year-to-date when it starts in January)
 * - `2022-12-31`          a point in time (a stock "as of" that day)
 * - `2024-06`             a point in time within that month, day not stated
 * - `2016-XX`             a point in time within that year, month and day not stated
 *                         (EDTF's "unspecified" digits: never read as 1 January)
 */
export type PeriodKind = 'year' | 'months' | 'date' | 'month' | 'in-year';

export interface Period {
  /** The canonical text, as written in the CSV. */
  id: string;
  kind: PeriodKind;
  /** The calendar year the period belongs to (for points: the year of the date). */
  year: number;
  /** First day covered, ISO date. */
  start: string;
  /** Last day covered, ISO date. */
  end: string;
  /** For `months`: first and last month, 1–12. */
  fromMonth?: number;
  toMonth?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const YEAR = /^(\d{4})$/;
const MONTHS = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const IN_YEAR = /^(\d{4})-XX$/;

const cache = new Map<string, Period | string>();

/**
 * Parses a period; returns an error message (without location) when it is not valid.
 * Results are shared (periods repeat across rows): treat the returned object as read-only.
 */
export function parsePeriod(text: string): Period | string {
  let p = cache.get(text);
  if (p === undefined) {
    p = parse(text);
    if (cache.size < 100_000) cache.set(text, p);
  }
  return p;
}

function parse(text: string): Period | string {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) {
    const y = Number(m[1]);
    return { id: text, kind: 'year', year: y, start: `${y}-01-01`, end: `${y}-12-31` };
  }
  if ((m = MONTHS.exec(text))) {
    const [y1, m1, y2, m2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return `month out of range in "${text}"`;
    if (y1 !== y2) return `a months period must stay within one year, got "${text}"`;
    if (m2 < m1) return `months period ends before it starts: "${text}"`;
    return {
      id: text, kind: 'months', year: y1, fromMonth: m1, toMonth: m2,
      start: `${y1}-${pad(m1)}-01`, end: `${y1}-${pad(m2)}-${pad(lastDay(y1, m2))}`,
    };
  }
  if ((m = DATE.exec(text))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return `no such date: "${text}"`;
    return { id: text, kind: 'date', year: y, start: text, end: text };
  }
  if ((m = MONTH.exec(text))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return `month out of range in "${text}"`;
    return { id: text, kind: 'month', year: y, start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` };
  }
  if ((m = IN_YEAR.exec(text))) {
    const y = Number(m[1]);
    return { id: text, kind: 'in-year', year: y, start: `${y}-01-01`, end: `${y}-12-31` };
  }
  return `expected a period: YYYY, YYYY-MM/YYYY-MM, YYYY-MM-DD or YYYY-MM, got "${text}"`;
}

/**
 * Where a period ends, for ordering: a date known only to its year may be any day of it, so
 * it counts as mid-year (as the charts place it): "early 2024, no date" before 31 Dec 2024.
 */
const orderEnd = (p: Period) => (p.kind === 'in-year' ? `${p.year}-07-01` : p.end);

/** Orders periods by where they end, then full years after partial ones of the same end. */
export function comparePeriods(a: Period, b: Period): number {
  const [ea, eb] = [orderEnd(a), orderEnd(b)];
  if (ea !== eb) return ea < eb ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? 1 : -1;
  return 0;
}

/** True for flows covering only part of a year (year-to-date figures). */
export const isPartialYear = (p: Period): boolean => p.kind === 'months' && !(p.fromMonth === 1 && p.toMonth === 12);
