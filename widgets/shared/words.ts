/**
 * The words of src/lib/i18n/dates.ts and of the codes in src/lib/i18n/labels.ts as the
 * widget bundle has them: read from the published JSON (`periods` and `codes`, which the site
 * writes with those very modules, src/lib/outputs/json.ts), so the bundle carries neither
 * month names and phrases nor the label tables. The build puts this module in the place of
 * both (scripts/build-widgets.ts); the tests run them, and tests/widgets/contract.test.ts
 * checks that both say the same for every period and code of the real data. A file without
 * these words (a mirror of an older site) shows its period ids and codes.
 */
import type { Localized } from '../../src/lib/data/model.ts';
import type { Period } from '../../src/lib/data/period.ts';

/** A period's words, as the JSON has them (PeriodWordsJson). */
export type PeriodWords = Record<'label' | 'phrase' | 'object' | 'start', Localized>;
/** The codebook, as the JSON has it (CodesJson). */
export type Codes = Record<'measure' | 'flag' | 'comparator', Record<string, Localized>>;

const periods = new Map<string, PeriodWords>();
/** A table of code words that says the code itself for a code it does not know. */
const table = (): Record<string, Localized> => new Proxy<Record<string, Localized>>({}, { get: (known, code: string) => known[code] ?? { vi: code, en: code } });

export const MEASURE_LABEL = table();
export const FLAG_LABEL = table();
export const BOUND_WORDS = table();

/** Keeps the words of a version file (period ids and codes mean the same in every file). */
export function remember(words: { periods?: Record<string, PeriodWords> | undefined; codes?: Codes | undefined }): void {
  for (const [id, w] of Object.entries(words.periods ?? {})) periods.set(id, w);
  Object.assign(MEASURE_LABEL, words.codes?.measure);
  Object.assign(FLAG_LABEL, words.codes?.flag);
  Object.assign(BOUND_WORDS, words.codes?.comparator);
}

const word = (key: keyof PeriodWords) => (p: Period): Localized => periods.get(p.id)?.[key] ?? { vi: p.id, en: p.id };

export const periodLabel = word('label');
export const periodPhrase = word('phrase');
export const periodObject = word('object');
export const startLabel = word('start');
