import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Lang } from '../../src/lib/format.ts';
import { formatValue, headline, type Headline } from '../../src/lib/prepare/headline.ts';
import { FLAG_LABEL } from '../../src/lib/prepare/labels.ts';
import { summary } from '../../src/lib/prepare/summary.ts';
import type { WidgetConfig } from '../shared/attributes.ts';
import { loadIndicator, type Loaded } from '../shared/data.ts';
import { AnsinhElement, defineOnce } from '../shared/element.ts';
import { areaName, noData, upTo } from '../shared/prepare.ts';
import { sharedStyles } from '../shared/styles.ts';
import { headlineStyles } from './styles.ts';

export const HEADLINE_TAG = 'ansinh-headline';

export interface HeadlinePrepared {
  loaded: Loaded;
  headline: Headline;
  /** The version cut at `period`, for the summary. */
  shown: Loaded['version'];
}

/**
 * `<ansinh-headline>`: the latest figure of an indicator for an area, with its period, the
 * % of the year's plan (computed from actual and plan, never typed in), the change on the
 * previous figure (never across a gap or a series break) and a newer year-to-date figure.
 *
 * Attributes: `indicator` (required), `area`, `period` (the latest figure up to the end of
 * this period), `version` or `as-of`, `lang`, `theme`, `base`, and an article's `heading`, `note`, `hide` — see the README.
 *
 * @fires ansinh-load - The figure is shown. `detail`: `{ indicator, area, version, latest, pinned }`.
 * @fires ansinh-error - The widget shows a message and its fallback. `detail`: `{ message, kind }`.
 * @slot - Fallback content: shown before the script runs, without JavaScript, and on error; hidden while the figure shows.
 * @csspart container - The widget's box.
 * @csspart title - The title line.
 * @csspart note - The `note` line under the title.
 * @csspart figure - The big number and its unit (2.25em: `::part(figure) { font-size: 1.5em }` to change).
 * @csspart period - The period line.
 * @csspart summary - The plain-words summary: % of plan, change, year to date (src/lib/prepare/summary.ts).
 * @csspart newer - The "newer data available" note.
 * @csspart footer - Source and version.
 * @csspart message - The message shown instead of the figure.
 * @cssprop [--ansinh-background] - And the other colour properties of `<ansinh-chart>`.
 */
export class AnsinhHeadline extends AnsinhElement<HeadlinePrepared> {
  protected readonly styles = sharedStyles + headlineStyles;

  protected override async load(cfg: WidgetConfig): Promise<HeadlinePrepared> {
    const loaded = await loadIndicator(cfg);
    const shown = upTo(loaded.version, cfg.period);
    const h = headline(loaded.indicator, shown, cfg.area);
    if (!h) throw noData(loaded.indicator, loaded.area, cfg.period);
    return { loaded, headline: h, shown };
  }

  protected override renderSkeleton(loading: string): TemplateResult {
    return html`<p class="figure loading" part="figure">${loading}</p><p class="period sub" part="period"></p><p class="lines" part="summary"></p>`;
  }

  protected override renderData(p: HeadlinePrepared, lang: Lang): TemplateResult {
    const { indicator: ind, area } = p.loaded;
    const latest = p.headline.latest;
    const unit = ind.kind === 'year' ? '' : ind.unit[lang];
    return html`${this.titled(`${ind.title[lang]} – ${areaName(area, lang)}`)}
      <p class="figure" part="figure">${formatValue(latest, ind, lang, false)}${unit ? html`${unit === '%' ? '' : ' '}<span class="unit">${unit}</span>` : nothing}</p>
      <p class="period sub" part="period">${latest.label[lang]}${latest.flag === 'reported' ? '' : ` (${FLAG_LABEL[latest.flag][lang]})`}</p>
      <p class="lines" part="summary">${summary(ind, p.shown, area, lang)}</p>`;
  }
}

/** Registers `<ansinh-headline>` unless the name is taken. */
export const define = (): void => defineOnce(HEADLINE_TAG, AnsinhHeadline);
