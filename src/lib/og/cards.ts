import { CITY_CODE, latestReleased, type Area, type Dataset, type Indicator, type Observation } from '../data/model.ts';
import { comparePeriods, isPartialYear } from '../data/period.ts';
import { formatNumber, type Lang } from '../format.ts';
import { areaName, formatDate, periodLabel, UI } from '../i18n/index.ts';
import { LANGS } from '../routes.ts';
import type { ShareCard } from './render.ts';

/** The page kinds with a share image, as in `shareImagePath`. */
export type ShareKind = 'home' | 'indicator' | 'district';

/** One share image to build: where it goes (`shareImagePath(lang, kind, key)`) and what it says. */
export interface ShareImageSpec {
  lang: Lang;
  kind: ShareKind;
  /** `index` for home, the indicator id, the district slug. */
  key: string;
  card: ShareCard;
}

/** The date `Area.communes` counts units on. */
const COMMUNES_COUNTED_ON = '2025-03-01';

const TEXT = UI.card;

/** Flags in order of preference when two sources give the same period: stated before computed. */
const FLAG_RANK = { reported: 0, 'reported-translation': 1, 'founding-article': 2, derived: 3 } as const;

/**
 * The city's headline figure in the latest release: the newest exact actual for a full year
 * or a point in time (year-to-date figures are left out: a share image has no room to say
 * they are partial). Between sources for the same period, a stated figure wins.
 */
export function cityHeadline(indicator: Indicator): Observation | undefined {
  const candidates = (latestReleased(indicator)?.observations ?? []).filter(
    (o) => o.area === CITY_CODE && o.measure === 'actual' && o.comparator === '' && !isPartialYear(o.period),
  );
  return candidates.reduce<Observation | undefined>((best, o) => {
    if (!best) return o;
    const order = comparePeriods(o.period, best.period)
      || FLAG_RANK[best.flag] - FLAG_RANK[o.flag]
      || (o.source < best.source ? 1 : o.source > best.source ? -1 : 0);
    return order > 0 ? o : best;
  }, undefined);
}

/** A value as the share image shows it: `222.000`, `≈ 19`, `74,25%`; years without grouping. */
export function figureText(indicator: Indicator, o: Observation, lang: Lang): string {
  const number = indicator.kind === 'year' ? String(o.value) : formatNumber(o.value, lang, indicator.decimals);
  const withUnit = indicator.unit[lang] === '%' ? `${number}%` : number;
  return o.flag === 'derived' ? `≈ ${withUnit}` : withUnit;
}

function periodText(o: Observation, lang: Lang): string {
  const full = o.period.kind === 'year' || o.period.kind === 'months';
  return full ? TEXT.fullYear[lang]({ year: o.period.year }) : periodLabel(o.period)[lang];
}

export function indicatorCard(data: Dataset, indicator: Indicator, lang: Lang): ShareCard {
  const kicker = `${TEXT.indicator[lang]} · ${UI.topic[indicator.topic][lang]}`;
  const title = indicator.title[lang];
  const o = cityHeadline(indicator);
  if (o) {
    const unit = indicator.unit[lang];
    const parts = [unit === '%' || indicator.kind === 'year' ? '' : unit, periodText(o, lang), UI.place.hanoi[lang]];
    if (o.flag === 'derived') parts.push(TEXT.derived[lang]);
    return { lang, kicker, title, figure: figureText(indicator, o, lang), caption: parts.filter(Boolean).join(' · ') };
  }
  const districts = new Set((latestReleased(indicator)?.observations ?? []).map((x) => x.area).filter((code) => code !== CITY_CODE));
  const known = data.areas.filter((a) => a.level === 'district' && districts.has(a.code)).length;
  if (known === 0) return { lang, kicker, title, figure: '', caption: TEXT.noData[lang] };
  return { lang, kicker, title, figure: TEXT.districts[lang]({ n: known }), caption: TEXT.byDistrict[lang] };
}

export function districtCard(data: Dataset, area: Area, lang: Lang): ShareCard {
  const kicker = `${UI.areaType[area.type][lang]} · ${UI.place.hanoi[lang]}`;
  const title = areaName(area, lang);
  const figure = area.validTo ? TEXT.until[lang]({ date: formatDate(area.validTo, lang) }) : '';
  const parts: string[] = [];
  if (area.communes !== undefined) {
    const on = formatDate(COMMUNES_COUNTED_ON, lang);
    parts.push(TEXT.communes[lang]({ n: area.communes, on }));
  }
  if (area.validTo && data.reform) {
    const from = formatDate(data.reform.effective, lang);
    parts.push(TEXT.abolished[lang]({ from }));
  }
  return { lang, kicker, title, figure, caption: parts.join(' · ') };
}

export function homeCard(data: Dataset, lang: Lang): ShareCard {
  const indicators = data.indicators.filter((i) => latestReleased(i)).length;
  const districts = data.areas.filter((a) => a.level === 'district').length;
  return {
    lang,
    kicker: TEXT.openData[lang],
    title: UI.site.tagline[lang],
    figure: TEXT.homeFigure[lang]({ n: formatNumber(indicators, lang) }),
    caption: TEXT.homeCaption[lang]({ n: districts }),
  };
}

/**
 * Every share image of the site: home, each indicator with a released version, each
 * district, in both languages. Keys match the pages' `shareImagePath` calls.
 */
export function shareImageSpecs(data: Dataset): ShareImageSpec[] {
  const specs: ShareImageSpec[] = [];
  for (const lang of LANGS) {
    specs.push({ lang, kind: 'home', key: 'index', card: homeCard(data, lang) });
    for (const indicator of data.indicators) {
      if (latestReleased(indicator)) specs.push({ lang, kind: 'indicator', key: indicator.id, card: indicatorCard(data, indicator, lang) });
    }
    for (const area of data.areas) {
      if (area.level === 'district') specs.push({ lang, kind: 'district', key: area.slug, card: districtCard(data, area, lang) });
    }
  }
  return specs;
}
