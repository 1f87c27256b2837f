/**
 * The embed builder's interface text (the panel on indicator pages and its own page) and
 * the words of the fallback content inside a snippet. Kept apart from pages.ts because the
 * builder's page script imports it: only this table lands in that script.
 */
import type { WidgetElement } from '../widgets-contract.ts';
import { template, type Localized } from './types.ts';

export const BUILDER_TEXT = {
  title: { vi: 'Nhúng biểu đồ vào bài viết', en: 'Embed a chart in an article' },
  lede: {
    vi: 'Chọn chỉ tiêu, kiểu hiển thị, kỳ số liệu và cách ghim phiên bản; xem trước ở bề rộng của bài viết; rồi sao chép mã nhúng, iframe hoặc ảnh.',
    en: 'Choose the indicator, the display, the period and how to pin the data; preview it at your article\'s width; then copy the script embed, the iframe or the image.',
  },
  noScript: {
    vi: 'Trình tạo mã nhúng cần JavaScript. Không có JavaScript, bạn vẫn sao chép được các đoạn mã mặc định bên dưới (số liệu mới nhất của Hà Nội).',
    en: 'The embed builder needs JavaScript. Without it you can still copy the default snippets below (the latest figures for Hanoi).',
  },
  what: { vi: 'Nội dung', en: 'What to show' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  element: { vi: 'Kiểu hiển thị', en: 'Display' },
  area: { vi: 'Địa bàn', en: 'Area' },
  period: { vi: 'Kỳ số liệu', en: 'Period' },
  periodLatest: { vi: 'Mới nhất', en: 'Latest' },
  pin: { vi: 'Phiên bản số liệu', en: 'Data version' },
  pinLive: { vi: 'Luôn mới nhất (tự cập nhật)', en: 'Always the latest (updates itself)' },
  pinVersion: { vi: 'Ghim phiên bản', en: 'Pin a release' },
  pinAsOf: { vi: 'Như tại ngày (ngày đăng bài)', en: 'As of a date (the article\'s date)' },
  version: { vi: 'Phiên bản', en: 'Release' },
  asOf: { vi: 'Ngày', en: 'Date' },
  lang: { vi: 'Ngôn ngữ', en: 'Language' },
  langName: { vi: { vi: 'Tiếng Việt', en: 'Vietnamese' }, en: { vi: 'Tiếng Anh', en: 'English' } } satisfies Record<'vi' | 'en', Localized>,
  theme: { vi: 'Giao diện', en: 'Theme' },
  themeLight: { vi: 'Sáng (mặc định; tối nếu trang của bạn khai báo tối)', en: 'Light (default; dark if your page declares dark)' },
  themeDark: { vi: 'Tối', en: 'Dark' },
  themeAuto: { vi: 'Tự động (theo trang hoặc thiết bị của người đọc)', en: 'Auto (follows the page or the reader\'s device)' },
  display: { vi: 'Tùy chọn hiển thị', en: 'Display options' },
  heading: { vi: 'Tiêu đề riêng', en: 'Custom title' },
  note: { vi: 'Ghi chú', en: 'Note' },
  hideLegend: { vi: 'Ẩn chú giải', en: 'Hide the legend' },
  hideFooter: { vi: 'Ẩn chân (nguồn, phiên bản)', en: 'Hide the footer (source, version)' },
  highlight: { vi: 'Làm nổi bật', en: 'Highlight' },
  highlightNone: { vi: 'Không', en: 'None' },
  yearToDate: { vi: 'Số liệu lũy kế trong năm', en: 'Year-to-date figures' },
  yearToDateDefault: { vi: 'Mặc định', en: 'Default' },
  yearToDateShow: { vi: 'Hiện', en: 'Show' },
  yearToDateHide: { vi: 'Ẩn', en: 'Hide' },
  height: { vi: 'Chiều cao cố định (px, để trống: tự động)', en: 'Fixed height (px; empty: automatic)' },
  width: { vi: 'Bề rộng xem trước', en: 'Preview width' },
  widthPhone: { vi: 'Điện thoại (390 px)', en: 'Phone (390 px)' },
  widthColumn: { vi: 'Cột bài viết (680 px)', en: 'Article column (680 px)' },
  widthFull: { vi: 'Toàn trang (1000 px)', en: 'Full width (1000 px)' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  previewTitle: template<{ title: string }>({ vi: ({ title }) => `Xem trước: ${title}`, en: ({ title }) => `Preview: ${title}` }),
  script: { vi: 'Mã nhúng (script)', en: 'Script embed' },
  scriptHelp: {
    vi: 'Dán vào bài viết. Nội dung bên trong thẻ (liên kết và bảng) hiện ra khi trang không chạy JavaScript.',
    en: 'Paste into the article. The content inside the element (a link and a table) shows where JavaScript does not run.',
  },
  iframe: { vi: 'Iframe (khi hệ thống xóa thẻ script)', en: 'Iframe (when the CMS strips scripts)' },
  image: { vi: 'Ảnh (khi không dùng được script lẫn iframe)', en: 'Image (when neither scripts nor iframes work)' },
  imageAlt: template<{ title: string }>({ vi: ({ title }) => `Biểu đồ: ${title}`, en: ({ title }) => `Chart: ${title}` }),
  downloadPng: { vi: 'Tải ảnh PNG', en: 'Download PNG' },
  downloadSvg: { vi: 'Tải ảnh SVG', en: 'Download SVG' },
  copy: template<{ what: string }>({ vi: ({ what }) => `Sao chép: ${what}`, en: ({ what }) => `Copy: ${what}` }),
  copied: template<{ what: string }>({ vi: ({ what }) => `Đã sao chép ${what}.`, en: ({ what }) => `Copied the ${what}.` }),
  copyFailed: {
    vi: 'Không sao chép tự động được: đoạn mã đã được chọn, hãy nhấn Ctrl+C (hoặc ⌘+C).',
    en: 'Could not copy automatically: the snippet is selected, press Ctrl+C (or ⌘+C).',
  },
  whatScript: { vi: 'mã nhúng', en: 'script embed' },
  whatIframe: { vi: 'mã iframe', en: 'iframe embed' },
  whatImage: { vi: 'mã ảnh', en: 'image embed' },
  loadFailed: template<{ url: string }>({
    vi: ({ url }) => `Không tải được số liệu (${url}); đoạn mã dưới đây chưa cập nhật bảng dự phòng.`,
    en: ({ url }) => `Could not load the data (${url}); the fallback table below is not up to date.`,
  }),
  noRelease: template<{ date: string }>({
    vi: ({ date }) => `Chưa có phiên bản nào phát hành vào hoặc trước ngày ${date}: widget sẽ báo lỗi. Hãy chọn ngày muộn hơn.`,
    en: ({ date }) => `No release was published on or before ${date}: the widget will show an error. Choose a later date.`,
  }),
  openBuilder: { vi: 'Mở trình tạo mã nhúng trên trang riêng', en: 'Open the embed builder on its own page' },
  builderPage: { vi: 'Nhúng', en: 'Embed' },
  elementName: {
    'ansinh-chart': { vi: 'Biểu đồ theo thời gian', en: 'Time-series chart' },
    'ansinh-headline': { vi: 'Số liệu nổi bật', en: 'Headline figure' },
    'ansinh-jobs-progress': { vi: 'Tiến độ so với kế hoạch', en: 'Progress against plan' },
    'ansinh-district-compare': { vi: 'So sánh quận, huyện', en: 'District comparison' },
  } satisfies Record<WidgetElement, Localized>,
};

/** Words of the fallback content inside a snippet (src/lib/site/embed.ts). */
export const FALLBACK_TEXT = {
  /** The % of a year's plan, computed from its actual and plan (or as the source states it). */
  pctOfPlan: { vi: '% kế hoạch', en: '% of plan' },
  byDistrict: { vi: 'theo quận, huyện', en: 'by district' },
};
