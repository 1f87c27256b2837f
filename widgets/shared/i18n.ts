/**
 * Interface text of the widgets, in both languages: the widgets' one table ({@link TEXT}),
 * checked for parity by tests/lib/i18n.test.ts. The chart legend words and the summary
 * sentence are the site's (src/lib/i18n/, through src/lib/charts/text.ts and
 * src/lib/prepare/), so a chart says the same on the site and in an embed. Messages a
 * reader may see on a host page are written for that reader: what went wrong, in words,
 * with the URL when a file is involved (so that a newsroom can report it). Technical
 * details (an HTTP status, a JSON path) stay as they are in both languages.
 */
import type { Localized } from '../../src/lib/data/model.ts';
import type { Lang } from '../../src/lib/format.ts';

export const TEXT = {
  loading: { vi: 'Đang tải số liệu…', en: 'Loading data…' },
  source: { vi: 'Nguồn', en: 'Source' },
  version: { vi: 'phiên bản', en: 'version' },
  table: { vi: 'Bảng số liệu', en: 'Data table' },
  period: { vi: 'Kỳ', en: 'Period' },
  measure: { vi: 'Loại số liệu', en: 'Measure' },
  value: { vi: 'Giá trị', en: 'Value' },
  area: { vi: 'Địa bàn', en: 'Area' },
  rank: { vi: 'Hạng', en: 'Rank' },
  note: { vi: 'Ghi chú', en: 'Note' },
  noData: { vi: 'Không có số liệu', en: 'No data' },
  approxNote: { vi: '≈ là giá trị gần đúng (tính toán hoặc ước tính).', en: '≈ marks an approximate value (derived or estimated).' },
  newer: { vi: 'Đã có số liệu mới hơn', en: 'Newer data is available' },
  newerLink: { vi: 'xem trang chỉ tiêu', en: 'see the indicator page' },
  boundaries: { vi: 'Ranh giới: geoBoundaries (CC BY 3.0 IGO)', en: 'Boundaries: geoBoundaries (CC BY 3.0 IGO)' },
  unexpected: { vi: 'Không hiển thị được số liệu này.', en: 'This figure could not be shown.' },
  // Leads of the problem messages (describe): what happened, before the details and the URL.
  unloaded: { vi: 'Không tải được số liệu', en: 'The data could not be loaded' },
  unreadable: { vi: 'Không đọc được tệp số liệu', en: 'The data file cannot be read' },
  newerFormat: { vi: 'Tệp số liệu có định dạng mới, cần bản widget mới hơn', en: 'The data file has a newer format; a newer widget is needed' },
} satisfies Record<string, Localized>;

export const text = (key: keyof typeof TEXT, lang: Lang): string => TEXT[key][lang];

/**
 * Why a widget shows its fallback instead of a chart. `kind` is machine-readable (the
 * `ansinh-error` event carries it):
 *
 * - `attribute`: an attribute is missing, malformed or contradicts another;
 * - `unknown-indicator`, `unknown-area`, `unknown-version`: not in the catalog;
 * - `no-data`: the data has nothing to draw for these attributes;
 * - `http`, `network`, `timeout`: the file did not arrive (`detail`: `HTTP 404`, …);
 * - `json`, `schema`, `shape`: the file arrived but cannot be read (`detail`: where, what).
 */
export type Problem =
  | { kind: 'attribute' | 'unknown-indicator' | 'unknown-area' | 'unknown-version' | 'no-data'; what: Localized }
  | { kind: 'http' | 'network' | 'timeout' | 'json' | 'schema' | 'shape'; url: string; detail: string };

/** The reader's text of a problem, in the widget's language. */
export function describe(p: Problem, lang: Lang): string {
  if ('what' in p) return p.what[lang];
  const lead = p.kind === 'http' || p.kind === 'network' || p.kind === 'timeout' ? 'unloaded' : p.kind === 'schema' ? 'newerFormat' : 'unreadable';
  return `${text(lead, lang)} (${p.detail}): ${p.url}`;
}

/**
 * An error a widget expects and explains to its reader. `message` (English, with the URL)
 * is what `ansinh-error` events carry; {@link describe} gives the reader's text.
 */
export class WidgetError extends Error {
  constructor(readonly problem: Problem) {
    super(describe(problem, 'en'));
  }
}
