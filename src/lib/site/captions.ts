/**
 * Captions of an indicator page's tables, written once for the page and its tests: a
 * caption never repeats what the title already says ("Diện tích tự nhiên theo quận,
 * huyện" gains no second "theo quận, huyện"; "… của Hà Nội" no second "Hà Nội").
 */
import type { Lang } from '../format.ts';
import { UI, placeName, withScope } from '../i18n/index.ts';
import type { AreaInput } from '../prepare/types.ts';

/** The full provenance table of the city's figures. */
export const cityTableCaption = (title: string, lang: Lang): string => `${UI.site.table[lang]}: ${withScope(title, UI.place.hanoi[lang])}`;

/** The full provenance table of the districts' figures. */
export const districtTableCaption = (title: string, lang: Lang): string => `${UI.site.table[lang]}: ${withScope(title, UI.indicator.byDistrict[lang])}`;

/** The per-year table: "Lao động được giải quyết việc làm, Hà Nội, theo năm (đơn vị: người)". */
export const yearTableCaption = (title: string, area: AreaInput, unit: string, yearsOnly: boolean, lang: Lang): string =>
  (yearsOnly ? UI.indicator.yearsCaption : UI.indicator.periodsCaption)[lang]({ subject: withScope(title, placeName(area, lang)), unit });
