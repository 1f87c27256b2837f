import type { Localized } from '../data/model.ts';

export type { Localized };

/** Values a templated phrase takes, by name: numbers and text already formatted for the language. */
export type Values = Readonly<Record<string, string | number>>;

/**
 * A phrase that takes values, in both languages. Both functions take the same named values
 * and only place them in the sentence: numbers, dates and names arrive already formatted,
 * so the parity test can check that each language uses every value.
 */
export interface Template<V extends Values> {
  vi: (values: V) => string;
  en: (values: V) => string;
}

/**
 * What every template is, whatever values it takes. Method syntax on purpose: parameters of
 * methods are compared bivariantly, so a `Template<{ n: number }>` is one.
 */
export interface AnyTemplate {
  vi(values: Values): string;
  en(values: Values): string;
}

/** One entry of an interface table: a fixed phrase or a templated one. */
export type Entry = Localized | AnyTemplate;

/** An interface table: entries, or sections of entries. */
export interface Table {
  readonly [key: string]: Entry | Table;
}

/** Declares a templated phrase; the type parameter names the values it takes. */
export const template = <V extends Values>(t: Template<V>): Template<V> => t;

/** Whether a table node is an entry (its `vi` is a phrase or a template), not a section. */
export function isEntry(node: Entry | Table): node is Entry {
  const vi: unknown = node['vi'];
  return typeof vi === 'string' || typeof vi === 'function';
}
