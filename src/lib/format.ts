export type Lang = 'vi' | 'en';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The page's locale as Open Graph writes it: `vi_VN`, `en_GB`. */
export const ogLocale = (lang: Lang): string => LOCALES[lang].replace('-', '_');

/**
 * Set to `true` by the widget build (scripts/build-widgets.ts, esbuild `define`), absent
 * everywhere else: the bundle keeps only {@link plainNumber}, the site build only Intl.
 */
declare const ANSINH_WIDGET_BUILD: true | undefined;

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for a page language: `203.027` and `72,23` in Vietnamese,
 * `203,027` and `72.23` in English, at most `decimals` digits after the mark and no trailing
 * zeros. Shared by pages and widgets.
 *
 * Two ways to the same text (tests/lib/format.test.ts compares them): the site build uses
 * `Intl.NumberFormat`, warm there and about twice as fast per number as the string way; the
 * widgets use {@link plainNumber}, because Intl's first use in a page loads locale data,
 * about 17 ms of a widget's 68 ms of main-thread work before its first chart.
 */
export const formatNumber: (value: number, lang: Lang, decimals?: number) => string =
  typeof ANSINH_WIDGET_BUILD !== 'undefined' ? plainNumber : intlNumber;

function intlNumber(value: number, lang: Lang, decimals = 0): string {
  const key = `${lang}|${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  return f.format(value);
}

/**
 * What `Intl.NumberFormat(locale, { maximumFractionDigits: decimals })` writes, without Intl
 * for plain numbers. ICU rounds the number's shortest decimal form (the digits `String`
 * writes) half away from zero; so does this, on those digits as a string, so no
 * floating-point step can move a half (`108.74999999999999` to 1 decimal is `108.7`). What
 * `String` writes with an exponent (below 10⁻⁶, from 10²¹), NaN and ±∞ go to Intl itself.
 */
export function plainNumber(value: number, lang: Lang, decimals = 0): string {
  const plain = String(Math.abs(value));
  // Numbers read the same in `en` as in en-GB (and `vi` is vi-VN): no locale table needed here.
  if (/[^\d.]/.test(plain)) return value.toLocaleString(lang, { maximumFractionDigits: decimals });
  const [whole, fraction = ''] = plain.split('.');
  // The digits kept, as one integer, plus one when the first digit dropped is 5 or more.
  const digits = String(BigInt(whole! + fraction.slice(0, decimals).padEnd(decimals, '0')) + BigInt(fraction[decimals]! >= '5')).padStart(decimals + 1, '0');
  const cut = digits.length - decimals;
  // The group and decimal marks of vi-VN and en-GB, as Intl.NumberFormat writes them (a
  // string of two characters, not a pair: a few bytes of the widget budget).
  const [group, mark] = (lang === 'vi' ? '.,' : ',.') as unknown as [string, string];
  // A negative number keeps its sign when it rounds to 0, and so does -0, as Intl writes them;
  // trailing zeros go, and the decimal mark with them when nothing follows it.
  return (1 / value < 0 ? '-' : '') + (digits.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, group) + mark + digits.slice(cut)).replace(/\D?0*$/, '');
}
