import { html, nothing, svg, type TemplateResult } from 'lit/html.js';
import type { Lang } from '../../src/lib/format.ts';
import { periodLabel } from '../../src/lib/prepare/labels.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { formatValue } from '../../src/lib/prepare/headline.ts';
import { notInData, type WidgetConfig } from '../shared/attributes.ts';
import { districtPaths, loadIndicator, type Loaded } from '../shared/data.ts';
import { AnsinhElement, defineOnce } from '../shared/element.ts';
import { text } from '../shared/i18n.ts';
import { noData } from '../shared/prepare.ts';
import { sharedStyles } from '../shared/styles.ts';
import type { DistrictPathsJson } from '../shared/types.ts';
import { barShare, compareDistricts, shade, type DistrictComparison, type DistrictRow } from './prepare.ts';
import { compareStyles } from './styles.ts';

export const DISTRICT_COMPARE_TAG = 'ansinh-district-compare';

export interface ComparePrepared {
  loaded: Loaded;
  paths: DistrictPathsJson;
  comparison: DistrictComparison;
  /** The district drawn highlighted: `highlight`, else `area` (`01`: none). */
  hl: string;
}

/**
 * `<ansinh-district-compare>`: the districts of one indicator at one period — a ranking
 * table with bars, and a map (outlines projected at build time, fetched from
 * `/data/geo/district-paths.json`; an unclassed choropleth: one hue, darker = more). Exact
 * values are ranked and shaded; a bound ("more than …") is listed unranked with a hollow
 * bar and left unshaded; a district without a value is hatched on the map and listed as
 * "no data", never as 0. Hanoi's 30 districts of 2014 – June 2025.
 *
 * Attributes: `indicator` (required), `area` (a district code to highlight; default `01`:
 * none), `period` (the exact period, e.g. `2022-12-31`; default: the latest with district
 * data), `version` or `as-of`, `lang`, `theme`, `base`, and an article's `heading`, `note`, `hide`, `highlight` (a district code) — see the README.
 *
 * @fires ansinh-load - The map and ranking are drawn. `detail`: `{ indicator, area, version, latest, pinned }`.
 * @fires ansinh-error - The widget shows a message and its fallback. `detail`: `{ message, kind }`.
 * @slot - Fallback content: shown before the script runs, without JavaScript, and on error; hidden while the map shows.
 * @csspart container - The widget's box.
 * @csspart title - The title line.
 * @csspart note - The `note` line under the title.
 * @csspart map - The box holding the map.
 * @csspart ranking - The ranking: a table of every district with its rank, a bar and its value (keyboard and screen-reader access to the values).
 * @csspart newer - The "newer data available" note.
 * @csspart footer - Source and version (the boundary attribution is the line above it).
 * @csspart message - The message shown instead of the map.
 * @cssprop [--ansinh-actual=#2874c8] - The bars and the map's shading.
 * @cssprop [--ansinh-background] - And the other colour properties of `<ansinh-chart>`.
 */
export class AnsinhDistrictCompare extends AnsinhElement<ComparePrepared> {
  protected readonly styles = sharedStyles + compareStyles;

  protected override async load(cfg: WidgetConfig): Promise<ComparePrepared> {
    const pathsPromise = districtPaths(cfg.base);
    pathsPromise.catch(() => undefined);
    const loaded = await loadIndicator(cfg);
    const paths = await pathsPromise;
    const comparison = compareDistricts(loaded.indicator, loaded.version, paths.paths, cfg.period);
    if (!comparison) throw noData(loaded.indicator, loaded.area, cfg.period, { vi: 'số liệu quận, huyện', en: 'district figure' });
    const codes = comparison.rows.map((r) => r.code);
    if (cfg.highlight && !codes.includes(cfg.highlight)) throw notInData('highlight', cfg.highlight, codes.sort());
    return { loaded, paths, comparison, hl: cfg.highlight ?? loaded.area.code };
  }

  protected override renderSkeleton(loading: string): TemplateResult {
    return html`<div class="grid"><div class="map loading" part="map">${loading}</div><div class="ranking" part="ranking"></div></div><p class="sub"></p>`;
  }

  protected override renderData(d: ComparePrepared, lang: Lang): TemplateResult {
    const { loaded, paths, comparison: c, hl } = d;
    const ind = loaded.indicator;
    const vi = lang === 'vi';
    const none = text('noData', lang);
    const title = `${ind.title[lang]} – ${periodLabel(c.period)[lang]}`;
    const rowOf = new Map(c.rows.map((r) => [r.code, r]));
    const value = (r: DistrictRow | undefined) => (r?.point ? formatValue(r.point, ind, lang) : none);
    const max = Math.max(...c.rows.map((r) => (r.rank ? r.point!.value : 0)));
    const withValue = c.rows.filter((r) => r.point).length;
    return html`${this.titled(title)}
      <div class="grid">
        <div class="map" part="map">
          <svg viewBox="0 0 ${paths.width} ${paths.height + 56}" width="100%" height="100%" role="img" aria-labelledby="title" font-size="16">
            <defs>
              <pattern id="nodata" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path class="hatch" d="M0,0v5" stroke-width="1.5"/></pattern>
              <linearGradient id="scale"><stop class="stop" offset="0" stop-opacity="0.12"/><stop class="stop" offset="1"/></linearGradient>
            </defs>
            <g class="districts">${paths.paths.map((p) => {
              const r = rowOf.get(p.code);
              return svg`<path d=${p.d} class=${r?.rank ? 'af' : ''} fill-opacity=${r?.rank ? shade(r.point!.value, max) : nothing} fill=${r?.rank ? nothing : r?.point ? 'none' : 'url(#nodata)'}><title>${vi ? p.name_vi : p.name_ascii}: ${value(r)}</title></path>`;
            })}</g>
            ${paths.paths.filter((p) => p.code === hl).map((p) => svg`<path class="highlight" d=${p.d}/>`)}
            <g transform="translate(4,${paths.height})">
              <rect class="swatch" stroke-width="0.5" y="10" width="220" height="16" fill="url(#scale)"/>
              <text y="46">0</text>
              <text x="220" y="46" text-anchor="end">${formatNumber(max, lang, ind.decimals)} ${ind.unit[lang]}</text>
              ${withValue < c.rows.length ? svg`<rect class="swatch" stroke-width="0.5" x="244" y="10" width="22" height="16" fill="url(#nodata)"/><text x="272" y="24">${none}</text>` : nothing}
            </g>
          </svg>
        </div>
        <table class="ranking" part="ranking">
          <thead><tr><th scope="col">${text('rank', lang)}</th><th scope="col">${text('area', lang)}</th><th scope="col" colspan="2">${text('value', lang)}</th></tr></thead>
          <tbody>${c.rows.map((r) => {
            const share = barShare(r, c, ind.kind);
            const solid = r.rank && !r.point!.approximate;
            return html`<tr class=${r.code === hl ? 'hl' : ''}><td class="n">${r.rank ?? ''}</td><th scope="row">${r.name[lang]}</th>
              <td class="bar">${share === undefined ? nothing : html`<svg width="100%" height="10" aria-hidden="true"><rect class=${solid ? 'af' : 'as'} fill=${solid ? nothing : 'none'} width="${share}%" height="10"/></svg>`}</td>
              <td class="n${r.point ? '' : ' sub'}">${value(r)}</td></tr>`;
          })}</tbody>
        </table>
      </div>
      <p class="sub">${text('boundaries', lang)}</p>`;
  }
}

/** Registers `<ansinh-district-compare>` unless the name is taken. */
export const define = (): void => defineOnce(DISTRICT_COMPARE_TAG, AnsinhDistrictCompare);
