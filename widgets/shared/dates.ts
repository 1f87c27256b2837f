/**
 * The date words of src/lib/i18n/dates.ts as the widget bundle has them: read from the
 * published JSON (`periods`, which the site writes with dates.ts itself,
 * src/lib/outputs/json.ts), so the bundle does not carry month names and phrases. The build
 * puts this module in dates.ts's place (scripts/build-widgets.ts); the tests run dates.ts
 * itself, and tests/widgets/contract.test.ts checks that both say the same for every
 * period of the real data. A file without `periods` (a mirror of an older site) reads its
 * period ids.
 */
import type { Localized } from '../../src/lib/data/model.ts';
import type { Period } from '../../src/lib/data/period.ts';

/** A period's words, as the JSON has them (PeriodWordsJson). */
export type PeriodWords = Record<'label' | 'phrase' | 'object' | 'start', Localized>;

const known = new Map<string, PeriodWords>();

/** Keeps the words of a version file's periods (period ids mean the same in every file). */
export function rememberPeriods(periods: Readonly<Record<string, PeriodWords>>): void {
  for (const [id, words] of Object.entries(periods)) known.set(id, words);
}

const words = (key: keyof PeriodWords) => (p: Period): Localized => known.get(p.id)?.[key] ?? { vi: p.id, en: p.id };

export const periodLabel = words('label');
export const periodPhrase = words('phrase');
export const periodObject = words('object');
export const startLabel = words('start');
