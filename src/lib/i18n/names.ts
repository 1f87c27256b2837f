/**
 * Names of places in text. The widgets use these (through src/lib/prepare/summary.ts and
 * src/lib/site/embed.ts's callers): this file stays small and free of Node code.
 */
import type { Area } from '../data/model.ts';
import type { Lang } from '../format.ts';
import type { Localized } from './types.ts';

export const PLACE_TEXT = {
  /** The city as a place in running text (the area registry's names are for tables). */
  hanoi: { vi: 'Hà Nội', en: 'Hanoi' },
} satisfies Record<string, Localized>;

/** An area's name in a page's language (the registry's Vietnamese name, or its ASCII one). */
export const areaName = (area: Pick<Area, 'nameVi' | 'nameEn'>, lang: Lang): string => (lang === 'vi' ? area.nameVi : area.nameEn);

/** An area as a place in running text: the city is "Hà Nội" / "Hanoi". */
export const placeName = (area: Pick<Area, 'nameVi' | 'nameEn' | 'level'>, lang: Lang): string =>
  area.level === 'city' ? PLACE_TEXT.hanoi[lang] : areaName(area, lang);

/**
 * "title, scope" for a caption — unless the title already says it: "Diện tích tự nhiên theo
 * quận, huyện" stays as it is instead of gaining a second "theo quận, huyện".
 */
export const withScope = (title: string, scope: string): string =>
  title.toLocaleLowerCase().includes(scope.toLocaleLowerCase()) ? title : `${title}, ${scope}`;
