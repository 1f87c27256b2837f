/**
 * Code that loads an indicator's newest CSV (the `latest` alias, by its absolute URL) in
 * Python (pandas), R (readr) and Google Sheets, as the download panel shows it. Area codes
 * and periods are read as text everywhere the tool allows it: `017` keeps its zero and
 * `2024-06` stays a period, not a date.
 */
import type { Lang } from '../format.ts';
import { dataFilePath } from '../routes.ts';
import { absoluteUrl } from './url.ts';

/** One tool's snippet. */
export interface LoadSnippet {
  id: 'python' | 'r' | 'sheets';
  /** What the summary shows: the tool's name. */
  label: string;
  /** The code, ready to paste. */
  code: string;
  /** A caveat in the reader's language, or '' when there is none. */
  note: string;
}

/** The absolute URL of an indicator's `latest` canonical CSV. */
export const latestCsvUrl = (site: string, indicatorId: string): string => absoluteUrl(site, dataFilePath(indicatorId, 'latest', 'csv'));

/** The Python, R and Google Sheets snippets for one indicator, comments in `lang`. */
export function loadSnippets(site: string, indicatorId: string, lang: Lang): LoadSnippet[] {
  const url = latestCsvUrl(site, indicatorId);
  const vi = lang === 'vi';
  const asText = vi ? 'mã địa bàn và kỳ đọc dạng văn bản: giữ "017", "2024-06"' : 'area codes and periods as text: keeps "017" and "2024-06"';
  return [
    {
      id: 'python',
      label: 'Python (pandas)',
      code: [
        'import pandas as pd',
        '',
        `url = "${url}"`,
        `# ${asText}`,
        'df = pd.read_csv(url, dtype={"area": str, "period": str}, parse_dates=["period_start", "period_end"])',
        '',
      ].join('\n'),
      note: '',
    },
    {
      id: 'r',
      label: 'R (readr)',
      code: [
        'library(readr)',
        '',
        `url <- "${url}"`,
        `# ${asText}`,
        'df <- read_csv(url, col_types = cols(',
        '  area = col_character(), period = col_character(),',
        '  period_start = col_date(), period_end = col_date(),',
        '  value = col_double(), upper = col_double(),',
        '  .default = col_character()',
        '))',
        '',
      ].join('\n'),
      note: '',
    },
    {
      id: 'sheets',
      label: 'Google Sheets',
      code: `=IMPORTDATA("${url}")\n`,
      note: vi
        ? 'Google Sheets tự đổi kiểu dữ liệu khi nhập: mã như 017 thành số 17, kỳ như 2024-06 thành ngày, và số đọc theo cài đặt ngôn ngữ của bảng tính (với cài đặt Việt Nam, 72.23 có thể không được hiểu là số). Khi cần giữ đúng, hãy dùng tệp XLSX hoặc mã Python/R ở trên.'
        : 'Google Sheets converts types on import: codes like 017 become the number 17, periods like 2024-06 become dates, and numbers are read by the spreadsheet\'s locale (with Vietnamese settings, 72.23 may not be read as a number). Where that matters, use the XLSX file or the Python/R code above.',
    },
  ];
}
