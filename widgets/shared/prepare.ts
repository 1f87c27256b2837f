/**
 * Small pure helpers the elements share on top of src/lib/prepare: cutting a version at a
 * period, names of areas, and the "no data" explanations.
 */
import type { Localized } from '../../src/lib/data/model.ts';
import type { Period } from '../../src/lib/data/period.ts';
import type { AreaInput, IndicatorInput, VersionInput } from '../../src/lib/prepare/types.ts';
import type { Lang } from '../../src/lib/format.ts';
import { WidgetError } from './i18n.ts';

/**
 * The version as a reader saw it at the end of `period`: outcomes ending after it are left
 * out, and plans and targets for periods not yet begun (a plan is known from its year's start).
 */
export function upTo<V extends VersionInput>(version: V, period: Period | undefined): V {
  if (!period) return version;
  return { ...version, observations: version.observations.filter((o) => (o.measure === 'plan' || o.measure === 'target' ? o.period.start : o.period.end) <= period.end) };
}

/** An area's name in a language (the city is "Hà Nội" / "Hanoi"). */
export const areaName = (area: AreaInput, lang: Lang): string => (lang === 'vi' ? area.nameVi : area.nameEn);

/**
 * "No figure of <indicator> for <area> [up to <period>]" as an error the element shows;
 * `what` names something more specific than a figure (an annual plan, district figures).
 */
export function noData(indicator: Pick<IndicatorInput, 'title'>, area: AreaInput, period?: Period, what: Localized = { vi: 'số liệu', en: 'figure' }): WidgetError {
  const p = period ? ` (${period.id})` : '';
  return new WidgetError({
    kind: 'no-data',
    what: { vi: `Chưa có ${what.vi} “${indicator.title.vi}” cho ${area.nameVi}${p}.`, en: `There is no ${what.en} of “${indicator.title.en}” for ${area.nameEn}${p}.` },
  });
}
