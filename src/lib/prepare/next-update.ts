/**
 * When an indicator's next figure is expected, where the source's reporting cycle is known.
 *
 * The one cycle the data shows is the city's year-end review: the results of year Y are
 * reported in January of Y+1 (the founding article is such a report). An indicator
 * follows it when one of its city full-year actuals (`YYYY`, `actual`) cites a source
 * dated January of the following year. Then, if its newest city full-year actual is for
 * year Y, the figure for Y+1 is expected around January Y+2. Without such a source the
 * cycle is not known, and nothing is said.
 */
import { CITY_CODE, type Localized, type Source, type Version } from '../data/model.ts';

/** The next expected figure of an indicator (catalog.json carries this shape). */
export interface NextUpdate {
  /** The reporting cycle the expectation rests on. */
  cycle: 'annual-january';
  /** Period of the expected figure: a year, `YYYY`. */
  period: string;
  /** Month it is expected around, `YYYY-MM`. */
  expected: string;
  /** Period of the newest full-year actual the version has. */
  latest: string;
  /** The source that shows the cycle: a year's actual reported in the January after it. */
  evidence: { period: string; source: string; sourceDate: string };
}

/**
 * The next expected update of a version's city series, or undefined when its sources do
 * not show a January reporting cycle (or it has no city full-year actual).
 */
export function nextExpectedUpdate(data: { sources: ReadonlyMap<string, Source> }, version: Pick<Version, 'observations'>): NextUpdate | undefined {
  const annual = version.observations.filter((o) => o.area === CITY_CODE && o.measure === 'actual' && o.period.kind === 'year');
  if (annual.length === 0) return undefined;
  let evidence: NextUpdate['evidence'] | undefined;
  for (const o of annual) {
    const date = data.sources.get(o.source)?.date ?? '';
    if (date.startsWith(`${Number(o.period.id) + 1}-01`) && (!evidence || o.period.id > evidence.period)) {
      evidence = { period: o.period.id, source: o.source, sourceDate: date };
    }
  }
  if (!evidence) return undefined;
  const latest = Math.max(...annual.map((o) => Number(o.period.id)));
  return { cycle: 'annual-january', period: String(latest + 1), expected: `${latest + 2}-01`, latest: String(latest), evidence };
}

const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * One sentence for the indicator page. `today` (`YYYY-MM-DD`, the build date) decides
 * between "expected around" and "expected since … and not in this dataset yet".
 */
export function nextUpdateSentence(next: NextUpdate, today: string): Localized {
  const [y, m] = next.expected.split('-').map(Number) as [number, number];
  const vi = `tháng ${m}/${y}`;
  const en = `${MONTH_EN[m - 1]} ${y}`;
  if (today.slice(0, 7) > next.expected) {
    return {
      vi: `Lần cập nhật dự kiến: số liệu năm ${next.period} (dự kiến có từ khoảng ${vi}, vì kết quả cả năm được báo cáo vào tháng 1 năm sau) chưa có trong bộ dữ liệu này.`,
      en: `Next expected update: the ${next.period} figure, due from around ${en} (full-year results are reported the following January), is not in this dataset yet.`,
    };
  }
  return {
    vi: `Lần cập nhật dự kiến: số liệu năm ${next.period}, khoảng ${vi} (kết quả cả năm được báo cáo vào tháng 1 năm sau).`,
    en: `Next expected update: the ${next.period} figure, around ${en} (full-year results are reported the following January).`,
  };
}
