/** What the pages and their parts say, by page (src/components, src/pages). */
import type { WidgetElement } from '../widgets-contract.ts';
import type { DataFormat } from '../routes.ts';
import { template, type Localized, type Template } from './types.ts';

/** A district's name with its type: "Quận Ba Đình", "Ba Dinh (urban district)". */
export const DISTRICT_NAME = template<{ type: string; name: string }>({
  vi: ({ type, name }) => `${type} ${name}`,
  en: ({ type, name }) => `${name} (${type.toLowerCase()})`,
});

/** A commune-level unit of 2025 with its type: "Phường Ba Đình", "Ba Dinh ward". */
export const COMMUNE_NAME: Record<'phuong' | 'xa', Template<{ name: string }>> = {
  phuong: template({ vi: ({ name }) => `Phường ${name}`, en: ({ name }) => `${name} ward` }),
  xa: template({ vi: ({ name }) => `Xã ${name}`, en: ({ name }) => `${name} commune` }),
};

export const HOME_TEXT = {
  title: { vi: 'An Sinh — Số liệu an sinh xã hội Hà Nội', en: 'An Sinh — Hanoi social-welfare open data' },
  lede: {
    vi: 'Hà Nội tạo bao nhiêu việc làm, còn bao nhiêu hộ nghèo? Mỗi con số ở đây đều có nguồn, có ký hiệu nguồn gốc và tải về được.',
    en: 'How many jobs does Hanoi create, how many households are still poor? Every figure here has a source and a provenance flag, and can be downloaded.',
  },
  allDistricts: { vi: 'Danh sách 30 quận, huyện, thị xã', en: 'The 30 districts' },
} satisfies Record<string, Localized>;

export const INDICATOR_CARDS_TEXT = {
  ofPlan: template<{ percent: string }>({ vi: ({ percent }) => `${percent} kế hoạch`, en: ({ percent }) => `${percent} of plan` }),
  /** A rate's plan for the same year as the figure. */
  yearPlan: template<{ plan: string }>({ vi: ({ plan }) => `kế hoạch: ${plan}`, en: ({ plan }) => `plan: ${plan}` }),
  districtOnly: { vi: 'Chỉ có số liệu theo quận, huyện', en: 'District figures only' },
  /** The badge of an indicator with district figures. */
  districtFigures: { vi: 'Có số liệu quận, huyện', en: 'Has district figures' },
};

/**
 * The three pillars of Hanoi's reports, then context: how the home page and the indicator
 * index group the indicators (src/lib/site/pillars.ts says which topics each takes).
 */
export const PILLAR_TEXT = {
  labour: {
    title: { vi: 'Lao động, việc làm', en: 'Labour and jobs' },
    description: {
      vi: 'Giải quyết việc làm so với kế hoạch, thất nghiệp, lao động qua đào tạo, giáo dục nghề nghiệp và đưa lao động đi làm việc ở nước ngoài.',
      en: 'Jobs created against the plan, unemployment, trained labour, vocational training and contract work abroad.',
    },
  },
  merit: {
    title: { vi: 'Người có công', en: 'People with merit' },
    description: {
      vi: 'Người có công với cách mạng: trợ cấp hằng tháng, quà dịp Tết và 27/7, nhà ở, Quỹ Đền ơn đáp nghĩa.',
      en: 'People with merit to the revolution: monthly allowances, Tết and 27 July gifts, housing, the Gratitude Fund.',
    },
  },
  social: {
    title: { vi: 'Trợ giúp xã hội và giảm nghèo', en: 'Social assistance and poverty reduction' },
    description: {
      vi: 'Mức chuẩn trợ giúp xã hội, người hưởng trợ cấp hằng tháng, hộ nghèo, hộ cận nghèo, trẻ em và hỗ trợ khẩn cấp.',
      en: 'The social-assistance standard, people on monthly support, poor and near-poor households, children and emergency support.',
    },
  },
  insurance: {
    title: { vi: 'Bảo hiểm xã hội, bảo hiểm y tế', en: 'Social and health insurance' },
    description: {
      vi: 'Tỷ lệ bao phủ bảo hiểm y tế; người tham gia bảo hiểm xã hội bắt buộc, tự nguyện và bảo hiểm thất nghiệp.',
      en: 'Health-insurance coverage; people in compulsory and voluntary social insurance and in unemployment insurance.',
    },
  },
  context: {
    title: { vi: 'Bối cảnh: dân số và địa giới', en: 'Context: population and geography' },
    description: {
      vi: 'Dân số, diện tích và nông thôn mới theo quận, huyện: nền để đọc các số liệu khác.',
      en: 'Population, area and the new-rural standard by district: the background to the other figures.',
    },
  },
  seeAll: template<{ n: number; pillar: string }>({ vi: ({ n, pillar }) => `Xem cả ${n} chỉ tiêu nhóm ${pillar}`, en: ({ n, pillar }) => `All ${n} indicators: ${pillar}` }),
  noneYet: { vi: 'Chưa phát hành chỉ tiêu nào của nhóm này.', en: 'No indicator of this group is published yet.' },
  groups: { vi: 'Các nhóm chỉ tiêu', en: 'Groups of indicators' },
};

export const INDICATORS_INDEX_TEXT = {
  description: {
    vi: 'Tất cả chỉ tiêu về lao động, việc làm, người có công, trợ giúp xã hội, giảm nghèo và bảo hiểm của Hà Nội, theo ba trụ cột trong báo cáo của thành phố.',
    en: "All of Hanoi's indicators on labour and jobs, people with merit, social assistance, poverty reduction and insurance, grouped as the city's reports group them.",
  },
  districtNote: template<{ n: number }>({
    vi: ({ n }) => `${n} chỉ tiêu có số liệu theo quận, huyện (đến 30/6/2025), được đánh dấu “Có số liệu quận, huyện”.`,
    en: ({ n }) => `${n} indicators have district figures (until 30 June 2025), marked “Has district figures”.`,
  }),
};

export const INDICATOR_TEXT = {
  againstPlan: template<{ year: number }>({ vi: ({ year }) => `So với kế hoạch năm ${year}`, en: ({ year }) => `Against the ${year} plan` }),
  /** Under the % of plan: the plan it is computed from. */
  planWas: template<{ plan: string }>({ vi: ({ plan }) => `kế hoạch: ${plan}`, en: ({ plan }) => `plan: ${plan}` }),
  yearPlan: template<{ year: number }>({ vi: ({ year }) => `Kế hoạch năm ${year}`, en: ({ year }) => `${year} plan` }),
  /** The headline figure of a level: "Mức áp dụng từ 1/1/2026". */
  levelSince: template<{ since: string }>({ vi: ({ since }) => `Mức áp dụng ${since}`, en: ({ since }) => `Level in force ${since}` }),
  /** Newer part-year figures than the headline's full year. */
  newerPartial: template<{ period: string; value: string }>({
    vi: ({ period, value }) => `Số liệu ${period} đã có: ${value}`,
    en: ({ period, value }) => `Figures for ${period} are out: ${value}`,
  }),
  onThisPage: { vi: 'Trên trang này', en: 'On this page' },
  toc: {
    years: { vi: 'Theo năm', en: 'Year by year' },
    chart: { vi: 'Biểu đồ', en: 'Chart' },
    table: { vi: 'Bảng đầy đủ, kèm nguồn', en: 'All figures, with sources' },
    districts: { vi: 'Theo quận, huyện', en: 'By district' },
  },
  yearsHeading: { vi: 'Số liệu theo năm', en: 'Year by year' },
  /** `subject`: the indicator and its place, "Lao động được giải quyết việc làm, Hà Nội". */
  yearsCaption: template<{ subject: string; unit: string }>({
    vi: ({ subject, unit }) => `${subject}, theo năm (đơn vị: ${unit})`,
    en: ({ subject, unit }) => `${subject}, by year (unit: ${unit})`,
  }),
  periodsCaption: template<{ subject: string; unit: string }>({
    vi: ({ subject, unit }) => `${subject}, theo kỳ (đơn vị: ${unit})`,
    en: ({ subject, unit }) => `${subject}, by period (unit: ${unit})`,
  }),
  column: {
    year: { vi: 'Năm', en: 'Year' },
    since: { vi: 'Áp dụng từ', en: 'In force from' },
    outcome: { vi: 'Thực hiện', en: 'Actual' },
    plan: { vi: 'Kế hoạch', en: 'Plan' },
    progress: { vi: '% kế hoạch', en: '% of plan' },
    target: { vi: 'Mục tiêu', en: 'Target' },
    reference: { vi: 'Mức trung ương', en: 'National level' },
  },
  noFigure: { vi: 'không có số liệu', en: 'no figure' },
  partialYears: template<{ n: number }>({ vi: ({ n }) => `Số liệu lũy kế, một phần năm (${n} kỳ)`, en: ({ n }) => `Year-to-date and part-year figures (${n})` }),
  yearsNote: { vi: 'Mỗi số liên kết tới nguồn của nó ở cuối trang.', en: 'Each figure links to its source at the foot of the page.' },
  progressNote: { vi: '% kế hoạch được tính từ số thực hiện và kế hoạch.', en: '% of plan is computed from the actual and the plan.' },
  roughNote: {
    vi: '≈: gần đúng (số tính toán, ước tính, hoặc số qua bản dịch thường đã làm tròn); “hơn”, “dưới”: cận của giá trị.',
    en: '≈: approximate (derived, estimated, or seen via a translation, often rounded); “more than”, “below”: a bound.',
  },
  fullTableHeading: { vi: 'Bảng đầy đủ, kèm nguồn', en: 'All figures, with sources' },
  byDistrict: { vi: 'theo quận, huyện', en: 'by district' },
  byDistrictHeading: { vi: 'Theo quận, huyện (đến 30/6/2025)', en: 'By district (until 30 June 2025)' },
  historical: { vi: 'Số liệu cấp huyện là số liệu lịch sử theo địa giới 2014–2025.', en: 'District figures are historical, on the 2014–2025 boundaries.' },
  districtPages: { vi: 'Trang quận, huyện:', en: 'District pages:' },
  chartCaption: {
    vi: 'Năm thiếu số liệu để trống, chỗ đứt chuỗi số liệu không nối. Chạm, di chuột hoặc dùng phím Tab để xem số liệu từng năm.',
    en: 'Missing years are left empty and series breaks are not joined. Tap, hover or use the Tab key to see each year’s figures.',
  },
  yearToDateChart: template<{ count: string }>({
    vi: ({ count }) => `Số liệu lũy kế trong năm (${count} số)`,
    en: ({ count }) => `Year-to-date figures (${count})`,
  }),
  yearToDateCaption: {
    vi: 'Mỗi điểm là số lũy kế từ đầu năm đến hết tháng ghi trên trục; vạch ngang là kế hoạch cả năm. Số lũy kế không cộng vào số cả năm ở biểu đồ trên.',
    en: 'Each point is the total from the start of the year to the end of its month; the tick is the full-year plan. These figures are kept apart from the annual series above.',
  },
  /** Ends the chart's text description, after the summary. */
  tableBelow: { vi: 'Số liệu đầy đủ ở bảng bên dưới.', en: 'The full figures are in the table below.' },
};

export const DISTRICT_TEXT = {
  description: template<{ name: string; code: string; from: string }>({
    vi: ({ name, code, from }) => `${name}, mã ${code}: số liệu và nguồn, ${from}–30/6/2025. Cấp huyện đã bị bãi bỏ từ 1/7/2025.`,
    en: ({ name, code, from }) => `${name}, code ${code}: figures and sources, ${from} to 30 June 2025. The district level was abolished on 1 July 2025.`,
  }),
  existedUntil: template<{ name: string; n: number }>({
    vi: ({ name, n }) => `${name} tồn tại đến hết ngày 30/6/2025. Địa bàn của huyện nay thuộc ${n} đơn vị cấp xã mới:`,
    en: ({ name, n }) => `${name} existed until 30 June 2025. Its territory now lies in ${n} new commune-level units:`,
  }),
  wholeCommunes: { vi: 'Gồm trọn các xã, phường cũ của địa bàn', en: 'Made of whole former communes of this district' },
  partCommunes: { vi: 'Gồm một phần của ít nhất một xã, phường cũ', en: 'Taking part of at least one former commune' },
  crosswalkSource: { vi: 'Theo Nghị quyết 1656/NQ-UBTVQH15; danh sách đối chiếu từ dữ liệu dvhcvn (MIT).', en: 'Per Resolution 1656/NQ-UBTVQH15; crosswalk from the dvhcvn data (MIT).' },
  unitType: { vi: 'Loại đơn vị', en: 'Type' },
  communes: { vi: 'Số xã, phường, thị trấn (1/3/2025)', en: 'Communes and wards (1 March 2025)' },
  valid: { vi: 'Hiệu lực', en: 'Valid' },
  figuresHeading: { vi: 'Số liệu của quận, huyện', en: 'Figures for this district' },
  indicatorsHere: template<{ n: number; name: string }>({
    vi: ({ n, name }) => `${n} chỉ tiêu có số liệu cho ${name}:`,
    en: ({ n, name }) => `${n} indicators have figures for ${name}:`,
  }),
  elsewhere: {
    vi: 'Các chỉ tiêu khác có số liệu theo quận, huyện nhưng chưa có cho địa bàn này:',
    en: 'Other indicators with district figures, though none yet for this district:',
  },
  noFigures: { vi: 'Chưa có chỉ tiêu nào có số liệu cấp huyện cho địa bàn này.', en: 'No indicator has district-level figures for this district yet.' },
  rank: template<{ rank: number; peers: number; median: string }>({
    vi: ({ rank, peers, median }) => `; đứng thứ ${rank}/${peers} quận, huyện có số liệu cùng kỳ (trung vị ${median})`,
    en: ({ rank, peers, median }) => `; ranked ${rank} of ${peers} districts with a figure for the same period (median ${median})`,
  }),
  cityTotal: template<{ value: string }>({ vi: ({ value }) => `; toàn thành phố: ${value}`, en: ({ value }) => `; city total: ${value}` }),
};

export const DISTRICTS_INDEX_TEXT = {
  title: { vi: '30 quận, huyện, thị xã (2014–2025)', en: 'The 30 districts (2014–2025)' },
  description: { vi: 'Các quận, huyện, thị xã của Hà Nội từ 2014 đến khi cấp huyện bị bãi bỏ ngày 1/7/2025.', en: "Hanoi's districts from 2014 until the district level was abolished on 1 July 2025." },
  since: {
    vi: 'Từ ngày đó Hà Nội có 126 đơn vị cấp xã (51 phường, 75 xã). Trang của mỗi quận, huyện ghi các đơn vị mới nay bao trùm địa bàn cũ.',
    en: 'Since then Hanoi has 126 commune-level units (51 wards, 75 communes). Each district page lists the new units that now cover its territory.',
  },
  name: { vi: 'Tên', en: 'Name' },
  communes: { vi: 'Xã, phường (1/3/2025)', en: 'Communes (1 Mar 2025)' },
} satisfies Record<string, Localized>;

export const MAP_TEXT = {
  all: { vi: 'Bản đồ 30 quận, huyện, thị xã của Hà Nội (2014–2025)', en: "Map of Hanoi's 30 districts (2014–2025)" },
  locator: template<{ name: string }>({
    vi: ({ name }) => `Vị trí của ${name} trên bản đồ Hà Nội (địa giới 2014–2025)`,
    en: ({ name }) => `Where ${name} lies in Hanoi (2014–2025 boundaries)`,
  }),
  coloured: template<{ n: number }>({
    vi: ({ n }) => `${n} quận, huyện có số liệu; các quận, huyện khác được gạch chéo (không có số liệu). Giá trị ở bảng xếp hạng kèm theo.`,
    en: ({ n }) => `${n} districts have a figure; the others are hatched (no data). Values are in the ranking table beside the map.`,
  }),
  colouredAll: { vi: 'Cả 30 quận, huyện đều có số liệu. Giá trị ở bảng xếp hạng kèm theo.', en: 'All 30 districts have a figure. Values are in the ranking table beside the map.' },
  /** The legend's title: the period and the unit of the coloured values. */
  legend: template<{ period: string; unit: string }>({ vi: ({ period, unit }) => `${period}, đơn vị: ${unit}`, en: ({ period, unit }) => `${period}, unit: ${unit}` }),
  few: template<{ n: number }>({
    vi: ({ n }) => `Chỉ ${n} trong 30 quận, huyện có số liệu cho kỳ này, nên bản đồ phần lớn để trống: xem bảng xếp hạng trước.`,
    en: ({ n }) => `Only ${n} of the 30 districts have a figure for this period, so the map is mostly blank: read the ranking first.`,
  }),
  rankingCaption: template<{ title: string; period: string }>({
    vi: ({ title, period }) => `Xếp hạng quận, huyện: ${title}, ${period}`,
    en: ({ title, period }) => `Districts ranked: ${title}, ${period}`,
  }),
  rank: { vi: 'Hạng', en: 'Rank' },
  district: { vi: 'Quận, huyện', en: 'District' },
  linked: { vi: 'Mỗi quận, huyện là một liên kết tới trang của nó.', en: 'Each district links to its page.' },
  boundaries: { vi: 'Ranh giới: geoBoundaries (CC BY 3.0 IGO).', en: 'Boundaries: geoBoundaries (CC BY 3.0 IGO).' },
};

export const DOWNLOAD_TEXT = {
  format: {
    csv: { vi: 'CSV (UTF-8, chuẩn)', en: 'CSV (UTF-8, canonical)' },
    'excel-csv': { vi: 'CSV cho Excel (UTF-8 có BOM)', en: 'CSV for Excel (UTF-8 with BOM)' },
    xlsx: { vi: 'Excel (XLSX; mã và kỳ dạng văn bản, trang thứ hai: thông tin và nguồn)', en: 'Excel (XLSX; codes and periods as text, second sheet: metadata and sources)' },
    json: { vi: 'JSON (lược đồ 1, cho widget 1.0)', en: 'JSON (schema 1, for widget 1.0)' },
    'json-v2': { vi: 'JSON (lược đồ 2, đầy đủ)', en: 'JSON (schema 2, complete)' },
    datapackage: { vi: 'Frictionless datapackage.json', en: 'Frictionless datapackage.json' },
    sha256sums: { vi: 'Mã kiểm tra SHA256SUMS', en: 'SHA256SUMS checksums' },
  } satisfies Record<DataFormat, Localized>,
  latest: template<{ version: string }>({
    vi: ({ version }) => `Phiên bản mới nhất: ${version}. Đường dẫn theo phiên bản không bao giờ thay đổi; đường dẫn "latest" luôn trỏ tới phiên bản mới nhất.`,
    en: ({ version }) => `Latest version: ${version}. Versioned links never change; "latest" links always serve the newest version.`,
  }),
  earlier: { vi: 'Các phiên bản trước', en: 'Earlier versions' },
  wholeDataset: { vi: 'Toàn bộ dữ liệu, mọi chỉ tiêu (zip của đợt phát hành mới nhất)', en: 'The whole dataset, every indicator (zip of the latest release)' },
};

export const EMBED_TEXT = {
  element: {
    'ansinh-chart': { vi: 'Biểu đồ theo thời gian', en: 'Time-series chart' },
    'ansinh-headline': { vi: 'Số liệu nổi bật', en: 'Headline figure' },
    'ansinh-jobs-progress': { vi: 'Tiến độ so với kế hoạch', en: 'Progress against plan' },
    'ansinh-district-compare': { vi: 'So sánh quận, huyện', en: 'District comparison' },
  } satisfies Record<WidgetElement, Localized>,
  intro: {
    vi: 'Dán đoạn mã vào bài viết. Biểu đồ luôn lấy số liệu mới nhất; nội dung bên trong thẻ (liên kết và bảng) hiện ra khi trang không chạy JavaScript. Nếu hệ thống quản trị nội dung xóa thẻ script, dùng iframe.',
    en: 'Paste the snippet into the article. The chart always fetches the latest data; the content inside the element (a link and a table) shows where JavaScript does not run. If the CMS strips script tags, use the iframe.',
  },
  script: { vi: 'Mã nhúng', en: 'Script embed' },
  iframe: { vi: 'Hoặc iframe', en: 'Or an iframe' },
  preview: { vi: 'Xem trước', en: 'Preview' },
};

export const REVISION_TEXT = {
  /** Names of the fields a revision may change (src/lib/data/diff.ts). */
  field: {
    value: { vi: 'giá trị', en: 'value' },
    comparator: { vi: 'dấu so sánh', en: 'bound' },
    upper: { vi: 'cận trên', en: 'upper bound' },
    flag: { vi: 'nguồn gốc', en: 'provenance' },
    source: { vi: 'nguồn', en: 'source' },
    formula: { vi: 'công thức', en: 'formula' },
    note: { vi: 'ghi chú', en: 'note' },
  } satisfies Record<string, Localized>,
  changes: template<{ from: string; to: string }>({ vi: ({ from, to }) => `Thay đổi từ ${from} đến ${to}`, en: ({ from, to }) => `Changes from ${from} to ${to}` }),
  counts: template<{ revised: number; added: number; removed: number }>({
    vi: ({ revised, added, removed }) => `${revised} sửa đổi, ${added} thêm, ${removed} bỏ`,
    en: ({ revised, added, removed }) => `${revised} revised, ${added} added, ${removed} removed`,
  }),
  added: { vi: 'Thêm', en: 'Added' },
  removed: { vi: 'Bỏ', en: 'Removed' },
};

export const ABOUT_TEXT = {
  description: {
    vi: 'Nguồn số liệu, ký hiệu nguồn gốc, thay đổi chuỗi số liệu, địa giới, giấy phép, cách trích dẫn và cách đánh phiên bản.',
    en: 'Sources, provenance flags, series breaks, geography, licence, how to cite and how versions work.',
  },
  lede: {
    vi: 'An Sinh tổng hợp các chỉ tiêu lao động, người có công và xã hội của Hà Nội từ báo cáo chính thức và báo chí đưa tin. Không con số nào được bịa ra: mỗi giá trị dẫn nguồn và mang ký hiệu nguồn gốc; chỗ thiếu số liệu được để trống.',
    en: "An Sinh compiles Hanoi's labour, people-with-merit and social-welfare indicators from official reports and the press reporting them. No figure is invented: every value cites its source and carries a provenance flag; missing figures stay missing.",
  },
  conflicts: {
    vi: 'Khi nhiều nguồn cho cùng một kỳ các giá trị khác nhau, bảng số liệu giữ tất cả; biểu đồ dùng nguồn công bố trực tiếp trước, rồi đến bản dịch, bài báo gốc và cuối cùng là số tính toán.',
    en: 'Where sources give different values for the same period, the tables keep them all; charts use the directly reported one first, then a translation, the founding article, and a derived value last.',
  },
  pctOfPlan: {
    vi: '"% kế hoạch" luôn được tính từ số thực hiện và số kế hoạch; khi nguồn cũng nêu tỷ lệ này, bộ kiểm tra đối chiếu hai con số.',
    en: '"% of plan" is always computed from the actual and the plan; where a source also states it, the checker compares the two.',
  },
  geography: { vi: 'Địa giới hành chính', en: 'Geography' },
  reform: template<{ effective: string; resolution: string; units: number; phuong: number; xa: number; before: number }>({
    vi: ({ effective, resolution, units, phuong, xa, before }) =>
      `Số liệu cấp huyện dùng mã GSO của 30 quận, huyện, thị xã giai đoạn 1/1/2014 – 30/6/2025; không bao giờ ghép theo tên. Từ ${effective}, theo Nghị quyết ${resolution}, cấp huyện bị bãi bỏ và Hà Nội có ${units} đơn vị cấp xã (${phuong} phường, ${xa} xã), thay cho ${before} đơn vị trước đó. Nhiều phường mới trùng tên quận cũ nhưng là địa bàn khác.`,
    en: ({ effective, resolution, units, phuong, xa, before }) =>
      `District figures use the GSO codes of the 30 districts of 1 January 2014 – 30 June 2025, never names. From ${effective}, under Resolution ${resolution}, the district level was abolished and Hanoi has ${units} commune-level units (${phuong} wards, ${xa} communes), replacing ${before}. Several new wards share an old district's name but cover different territory.`,
  }),
  boundaries: {
    vi: 'Ranh giới 30 quận, huyện: geoBoundaries gbOpen VNM ADM2 (Chính phủ Việt Nam / OCHA ROAP), giấy phép CC BY 3.0 IGO.',
    en: 'Boundaries of the 30 districts: geoBoundaries gbOpen VNM ADM2 (Government of Viet Nam / OCHA ROAP), licensed CC BY 3.0 IGO.',
  },
  licence: { vi: 'Bộ số liệu tổng hợp được phát hành theo giấy phép', en: 'The compiled datasets are released under' },
  crosswalk: { vi: 'Bảng đối chiếu xã, phường năm 2025 lấy từ dữ liệu dvhcvn/20250701 (giấy phép MIT).', en: 'The 2025 commune crosswalk derives from the dvhcvn/20250701 data (MIT licence).' },
  cite: {
    vi: 'Mỗi trang chỉ tiêu có phần trích dẫn (văn bản, BibTeX, CSL-JSON) trỏ tới đường dẫn của đúng phiên bản số liệu đã dùng.',
    en: 'Each indicator page has a citation (text, BibTeX, CSL-JSON) pointing at the exact version of the data used.',
  },
  versions: { vi: 'Phiên bản số liệu', en: 'How versions work' },
  versionsText: {
    vi: 'Mỗi chỉ tiêu có các phiên bản đặt tên theo ngày phát hành. Phiên bản đã phát hành không bao giờ bị sửa hay xóa: mỗi tệp có mã SHA-256, và việc sửa sai được phát hành thành phiên bản mới. Trang chỉ tiêu liệt kê những gì đã thay đổi giữa các phiên bản (cũ → mới). Phiên bản đầu tiên (14/1/2023) ghi lại đúng những gì bài báo gốc đã đưa tin.',
    en: 'Each indicator has versions named by their release date. A released version is never edited or deleted: every file has a SHA-256 checksum, and corrections are released as a new version. Indicator pages list what changed between versions (old → new). The first version (14 January 2023) records exactly what the founding article reported.',
  },
  catalog: { vi: 'danh mục máy đọc được của mọi tệp đã phát hành', en: 'machine-readable index of every published file' },
  feed: { vi: 'Nguồn tin Atom về các lần phát hành', en: 'Atom feed of releases' },
};

export const SEARCH_TEXT = {
  title: { vi: 'Tìm kiếm', en: 'Search' },
  description: { vi: 'Tìm chỉ tiêu, quận, huyện và số liệu an sinh xã hội của Hà Nội.', en: "Search Hanoi's social-welfare indicators, districts and figures." },
  label: { vi: 'Từ cần tìm', en: 'Search for' },
  hint: { vi: 'Ví dụ: việc làm, hộ nghèo, Ba Đình', en: 'For example: jobs, poor households, Ba Dinh' },
  submit: { vi: 'Tìm', en: 'Search' },
  results: { vi: 'Kết quả tìm kiếm', en: 'Search results' },
  noscript: { vi: 'Trang tìm kiếm cần JavaScript. Bạn vẫn có thể xem', en: 'Search needs JavaScript. You can still browse the' },
  indicators: { vi: 'danh sách chỉ tiêu', en: 'list of indicators' },
  or: { vi: 'hoặc', en: 'or the' },
  districts: { vi: 'danh sách quận, huyện', en: 'list of districts' },
  // The page's script fills these in the browser: q is the query, n the number of results,
  // shown how many are listed (src/pages/tim-kiem/index.astro).
  none: template<{ q: string }>({ vi: ({ q }) => `Không có kết quả cho “${q}”.`, en: ({ q }) => `No results for “${q}”.` }),
  one: template<{ q: string }>({ vi: ({ q }) => `1 kết quả cho “${q}”.`, en: ({ q }) => `1 result for “${q}”.` }),
  many: template<{ n: string; q: string }>({ vi: ({ n, q }) => `${n} kết quả cho “${q}”.`, en: ({ n, q }) => `${n} results for “${q}”.` }),
  more: template<{ n: string; q: string; shown: string }>({
    vi: ({ n, q, shown }) => `${n} kết quả cho “${q}”; hiển thị ${shown} kết quả đầu.`,
    en: ({ n, q, shown }) => `${n} results for “${q}”; showing the first ${shown}.`,
  }),
  loading: { vi: 'Đang tìm…', en: 'Searching…' },
  error: { vi: 'Không tải được chỉ mục tìm kiếm. Hãy thử lại sau, hoặc xem danh sách chỉ tiêu.', en: 'The search index could not be loaded. Try again later, or browse the list of indicators.' },
};

/** The 404 page says everything in both languages (its URL tells no language). */
export const NOT_FOUND_TEXT = {
  title: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  description: { vi: 'Trang không tồn tại.', en: 'The page does not exist.' },
  lead: { vi: 'Đường dẫn này không có trang nào. Xem', en: 'There is no page at this address. See the' },
  indicators: { vi: 'danh sách chỉ tiêu', en: 'list of indicators' },
  search: { vi: 'tìm kiếm', en: 'search' },
  orHome: { vi: 'hoặc về', en: 'or go to the' },
  home: { vi: 'trang chủ', en: 'home page' },
} satisfies Record<string, Localized>;
