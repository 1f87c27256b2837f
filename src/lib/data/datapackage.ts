import type { IndicatorMeta, Localized } from './model.ts';
import { OBSERVATION_SCHEMA } from './schema.ts';

export const LICENCES: Record<string, { path: string; title: string }> = {
  'CC-BY-4.0': { path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' },
};

/** The Frictionless descriptor stored beside a version's observations.csv. */
export function versionDatapackage(indicator: Pick<IndicatorMeta, 'id' | 'title' | 'description' | 'licence'>, version: string, notes: Localized): Record<string, unknown> {
  const licence = LICENCES[indicator.licence];
  return {
    profile: 'tabular-data-package',
    name: `ansinh-${indicator.id.replaceAll('_', '-')}`,
    title: indicator.title.en,
    description: indicator.description.en,
    version,
    created: `${version}T00:00:00Z`,
    licenses: [{ name: indicator.licence, ...(licence ?? {}) }],
    'ansinh:notes': notes,
    resources: [
      {
        name: 'observations',
        path: 'observations.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: OBSERVATION_SCHEMA,
      },
    ],
  };
}

export const stringifyJson = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
