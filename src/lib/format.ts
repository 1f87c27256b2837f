export type Lang = 'vi' | 'en';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The page's locale as Open Graph writes it: `vi_VN`, `en_GB`. */
export const ogLocale = (lang: Lang): string => LOCALES[lang].replace('-', '_');
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for a page language: `203.027` and `72,23` in Vietnamese,
 * `203,027` and `72.23` in English. Shared by pages and widgets.
 */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  const key = `${lang}|${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 0, maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  return f.format(value);
}
