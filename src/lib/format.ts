export type Lang = 'vi' | 'en';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The page's locale as Open Graph writes it: `vi_VN`, `en_GB`. */
export const ogLocale = (lang: Lang): string => LOCALES[lang].replace('-', '_');
/** What Intl.NumberFormat writes for vi-VN and en-GB: grouping every three digits from 1,000 on. */
const SEPARATORS: Record<Lang, [group: string, decimal: string]> = { vi: ['.', ','], en: [',', '.'] };

/**
 * Formats a number for a page language: `203.027` and `72,23` in Vietnamese,
 * `203,027` and `72.23` in English, at most `decimals` digits after the mark and no trailing
 * zeros. Shared by pages and widgets.
 *
 * The same text as `Intl.NumberFormat` with those options (tests/lib/format.test.ts compares
 * them over many values), but without Intl: its first use in a page costs ~20 ms of loading
 * locale data, a tenth of a widget's first draw. ICU rounds the number's shortest decimal
 * form half away from zero; so does this, by shifting that form `decimals` places (`1.005`
 * → `100.5`, exact) and rounding the result, for up to 6 decimals. NaN, ±∞, and numbers past 2^53 once shifted are
 * written as JavaScript writes them (`String`): no published figure is one of these (the data
 * checker takes plain decimal digits only; the largest figures, in đồng, are ~10^13).
 */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  const plain = String(Math.abs(value));
  // Below 10^-6 JavaScript writes an exponent: such a number (a difference of two equal
  // rates in floating point, 1.4e-14) is 0 to the 6 decimals a figure can have at most.
  const shifted = Math.round(+plain < 1e-6 ? 0 : +`${plain}e${decimals}`);
  // NaN for ±∞, NaN and exponent forms (`1e-7e2`).
  if (!(shifted < 2 ** 53)) return String(value);
  // The quotient is within half a unit of its last place of the exact one: toFixed writes `shifted`'s digits.
  const [whole, fraction = ''] = (shifted / 10 ** decimals).toFixed(decimals).split('.');
  const [group, decimal] = SEPARATORS[lang];
  // The sign of -0 too, as Intl writes it.
  return (1 / value < 0 ? '-' : '') + whole!.replace(/\B(?=(\d{3})+$)/g, group) + (+fraction ? decimal + fraction.replace(/0+$/, '') : '');
}
