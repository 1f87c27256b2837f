import { parsePeriod, type Period } from '../data/period.ts';

/**
 * The period of a period id that the model has already validated (a `ChartPoint.period`,
 * an `Observation.period.id`). Throws if the text is not a period after all: that is a bug
 * upstream, not a data problem.
 */
export function requirePeriod(id: string): Period {
  const p = parsePeriod(id);
  if (typeof p === 'string') throw new Error(`not a valid period id: ${p}`);
  return p;
}
