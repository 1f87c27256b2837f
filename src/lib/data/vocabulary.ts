/**
 * The words of the observations table: measures, provenance flags and comparators. Kept
 * apart from the Table Schema (schema.ts) so that the widget bundle, which reads the same
 * words, does not carry the schema's descriptions.
 */
export const MEASURES = ['actual', 'estimate', 'plan', 'target', 'pct_of_plan', 'pct_change', 'reference'] as const;
export type Measure = (typeof MEASURES)[number];

export const FLAGS = ['reported', 'reported-translation', 'derived', 'founding-article'] as const;
export type Flag = (typeof FLAGS)[number];

/** `~` is "about" (khoảng, gần, xấp xỉ): an approximate value. */
export const COMPARATORS = ['', '<', '<=', '>', '>=', '~', 'range'] as const;
export type Comparator = (typeof COMPARATORS)[number];
