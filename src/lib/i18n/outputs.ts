/** What the site's files other than pages say: feeds, share images, citations, JSON-LD. */
import { template, type Localized } from './types.ts';

export const FEED_TEXT = {
  title: { vi: 'An Sinh — Số liệu mới phát hành', en: 'An Sinh — Data releases' },
  subtitle: {
    vi: 'Mỗi mục là một phiên bản số liệu vừa phát hành của một chỉ tiêu an sinh xã hội Hà Nội.',
    en: "Each entry is a newly released version of one of Hanoi's social-welfare indicators.",
  },
  entry: template<{ title: string; version: string }>({ vi: ({ title, version }) => `${title} — phiên bản ${version}`, en: ({ title, version }) => `${title} — version ${version}` }),
  first: template<{ n: number }>({ vi: ({ n }) => `${n} giá trị.`, en: ({ n }) => `${n} values.` }),
  changes: template<{ from: string; added: number; removed: number; revised: number }>({
    vi: ({ from, added, removed, revised }) => `So với phiên bản ${from}: thêm ${added}, bỏ ${removed}, sửa ${revised} giá trị.`,
    en: ({ from, added, removed, revised }) => `Compared with version ${from}: ${added} added, ${removed} removed, ${revised} revised values.`,
  }),
  csv: { vi: 'Tải CSV', en: 'Download CSV' },
};

export const CARD_TEXT = {
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  derived: { vi: 'tính từ số liệu công bố', en: 'derived from published figures' },
  noData: { vi: 'Chưa có số liệu', en: 'No data yet' },
  byDistrict: { vi: 'Số liệu theo quận, huyện; không có số toàn thành phố', en: 'Figures by district; no city-wide figure' },
  openData: { vi: 'Dữ liệu mở', en: 'Open data' },
  districts: template<{ n: number }>({ vi: ({ n }) => `${n} quận, huyện, thị xã`, en: ({ n }) => `${n} districts` }),
  /** The period of a full year's figure: "Năm 2022", "2022". */
  fullYear: template<{ year: number }>({ vi: ({ year }) => `Năm ${year}`, en: ({ year }) => `${year}` }),
  until: template<{ date: string }>({ vi: ({ date }) => `đến ${date}`, en: ({ date }) => `until ${date}` }),
  communes: template<{ n: number; on: string }>({ vi: ({ n, on }) => `${n} đơn vị cấp xã (${on})`, en: ({ n, on }) => `${n} commune-level units (${on})` }),
  abolished: template<{ from: string }>({ vi: ({ from }) => `cấp huyện bãi bỏ từ ${from}`, en: ({ from }) => `district level abolished ${from}` }),
  homeFigure: template<{ n: string }>({ vi: ({ n }) => `${n} chỉ tiêu`, en: ({ n }) => `${n} indicators` }),
  homeCaption: template<{ n: number }>({ vi: ({ n }) => `${n} quận, huyện, thị xã · mỗi con số đều có nguồn`, en: ({ n }) => `${n} districts · a source for every figure` }),
};

export const CITATION_TEXT = {
  version: { vi: 'phiên bản', en: 'version' },
  dataset: { vi: 'Bộ dữ liệu', en: 'Data set' },
} satisfies Record<string, Localized>;

export const JSON_LD_TEXT = {
  place: { vi: 'Hà Nội, Việt Nam', en: 'Hanoi, Viet Nam' },
} satisfies Record<string, Localized>;
