/**
 * How the site groups its indicators: the three pillars of Hanoi's reports (labour and
 * jobs; people with merit; social affairs, split here into social assistance with poverty
 * reduction, and insurance), then context. The home page and the indicator index both use
 * this; the words are in src/lib/i18n/pages.ts (PILLAR_TEXT).
 */
import type { Indicator, Topic } from '../data/model.ts';

export type PillarId = 'labour' | 'merit' | 'social' | 'insurance' | 'context';

export interface Pillar {
  id: PillarId;
  /** The indicator topics the pillar takes. */
  topics: readonly Topic[];
  /**
   * Its key indicators, most important first: listed before the others, and the first one
   * with a city figure is the pillar's headline card on the home page. An id without a
   * published indicator is skipped.
   */
  key: readonly string[];
}

export const PILLARS: readonly Pillar[] = [
  { id: 'labour', topics: ['labour'], key: ['jobs_created', 'unemployment_rate_overall', 'trained_labour_share', 'vet_enrolment', 'labour_export'] },
  { id: 'merit', topics: ['merit'], key: ['merit_allowance_recipients', 'merit_people_total', 'merit_allowance_spending', 'merit_houses_built_repaired', 'gratitude_fund_raised'] },
  { id: 'social', topics: ['welfare', 'poverty'], key: ['social_assistance_standard_level', 'social_assistance_monthly_beneficiaries', 'poor_household_rate', 'poor_households', 'near_poor_households'] },
  { id: 'insurance', topics: ['insurance'], key: ['health_insurance_coverage_rate', 'compulsory_social_insurance_share_labour_force', 'voluntary_social_insurance_share_labour_force', 'unemployment_insurance_participants'] },
  { id: 'context', topics: ['geography'], key: ['population', 'area_natural'] },
];

export interface PillarGroup<I> {
  pillar: Pillar;
  /** The pillar's key indicators that are published, in the pillar's order. */
  key: I[];
  /** The other published indicators of the pillar, in the order given. */
  rest: I[];
}

/**
 * The indicators grouped by pillar, every pillar listed (an empty one says nothing is
 * published yet). Throws if an indicator's topic belongs to no pillar, so that a new topic
 * cannot drop indicators from the site unnoticed.
 */
export function groupByPillar<I extends Pick<Indicator, 'id' | 'topic'>>(indicators: readonly I[]): PillarGroup<I>[] {
  const orphan = indicators.find((i) => !PILLARS.some((p) => p.topics.includes(i.topic)));
  if (orphan) throw new Error(`indicator ${orphan.id}: topic "${orphan.topic}" belongs to no pillar (src/lib/site/pillars.ts)`);
  return PILLARS.map((pillar) => {
    const mine = indicators.filter((i) => pillar.topics.includes(i.topic));
    const key = pillar.key.flatMap((id) => mine.filter((i) => i.id === id));
    return { pillar, key, rest: mine.filter((i) => !key.includes(i)) };
  });
}

/** The pillar an indicator belongs to. */
export function pillarOf(indicator: Pick<Indicator, 'id' | 'topic'>): Pillar {
  const p = PILLARS.find((x) => x.topics.includes(indicator.topic));
  if (!p) throw new Error(`indicator ${indicator.id}: topic "${indicator.topic}" belongs to no pillar (src/lib/site/pillars.ts)`);
  return p;
}
