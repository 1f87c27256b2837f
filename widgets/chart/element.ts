import { html, type TemplateResult } from 'lit/html.js';
import type { Lang } from '../../src/lib/format.ts';
import { chartData } from '../../src/lib/prepare/series.ts';
import { summary } from '../../src/lib/prepare/summary.ts';
import type { ChartData } from '../../src/lib/prepare/types.ts';
import { HEIGHT, notInData, type WidgetConfig } from '../shared/attributes.ts';
import { loadIndicator, type Loaded } from '../shared/data.ts';
import { AnsinhElement, defineOnce } from '../shared/element.ts';
import { text } from '../shared/i18n.ts';
import { sharedStyles } from '../shared/styles.ts';
import { areaName, noData, upTo } from '../shared/prepare.ts';
import { chartSize, drawChart } from './draw.ts';
import { chartStyles } from './styles.ts';
import { tableRows } from './table.ts';

export const CHART_TAG = 'ansinh-chart';


/** What the chart element keeps once its data is in. */
export interface ChartPrepared {
  loaded: Loaded;
  data: ChartData;
  /** The version cut at `period`, for the summary. */
  shown: Loaded['version'];
  cfg: WidgetConfig;
}

/**
 * `<ansinh-chart>`: the time series of one indicator for one area, actual values against
 * plans and targets, as on the site: gaps and series breaks stay visible (no line across
 * them), approximate values are hollow, year-to-date figures are squares, plans are dashed
 * ticks. Below it, a plain-words summary and an expandable data table (keyboard and
 * screen-reader access to every value).
 *
 * Attributes: `indicator` (required), `area`, `period` (show data up to the end of this
 * period), `version` or `as-of`, `lang`, `theme`, `base`, and an article's `heading`, `note`, `hide`, `highlight` (a year), `year-to-date`, `height` — see the README.
 *
 * @fires ansinh-load - The data is drawn. `detail`: `{ indicator, area, version, latest, pinned }`.
 * @fires ansinh-error - The widget shows a message and its fallback. `detail`: `{ message, kind }`.
 * @slot - Fallback content (a link and a small table): shown before the script runs, without JavaScript, and on error; hidden while the chart shows.
 * @csspart container - The widget's box (background, padding 0.75em): e.g. `ansinh-chart::part(container) { padding: 0; border-radius: 4px }`.
 * @csspart title - The title line.
 * @csspart note - The `note` line under the title.
 * @csspart chart - The box holding the SVG chart.
 * @csspart summary - The plain-words summary.
 * @csspart table - The `<details>` holding the data table.
 * @csspart newer - The "newer data available" note of a pinned widget.
 * @csspart footer - Source, version and link to the indicator page.
 * @csspart message - The message shown instead of the chart.
 * @cssprop [--ansinh-background=#ffffff / #111111] - Background (light / dark).
 * @cssprop [--ansinh-color=#1a1a1a / #ededed] - Text colour.
 * @cssprop [--ansinh-muted=#595959 / #b3b3b3] - Secondary text.
 * @cssprop [--ansinh-link=#1a5fb4 / #8cb8f2] - Links.
 * @cssprop [--ansinh-actual=#2874c8] - Actual values.
 * @cssprop [--ansinh-plan=#c4511f] - Plans.
 * @cssprop [--ansinh-target=#8459d4] - Targets.
 * @cssprop [--ansinh-chart-height=clamp(240px, 60cqw, 420px)] - Height of the chart area (reserved before data arrives).
 */
export class AnsinhChart extends AnsinhElement<ChartPrepared> {
  protected readonly styles = sharedStyles + chartStyles;

  protected override async load(cfg: WidgetConfig): Promise<ChartPrepared> {
    const loaded = await loadIndicator(cfg);
    const shown = upTo(loaded.version, cfg.period);
    const data = chartData(loaded.indicator, shown, cfg.area);
    const years = [...new Set([...data.actualSegments.flatMap((s) => s.points), ...data.actualMarks, ...data.plan, ...data.target, ...data.reference].map((p) => p.year))].sort();
    if (!years.length) throw noData(loaded.indicator, loaded.area, cfg.period);
    if (cfg.highlight && !years.includes(+cfg.highlight)) throw notInData('highlight', cfg.highlight, years);
    return { loaded, data, shown, cfg };
  }

  /** `height` when valid (readConfig reports it otherwise): known before the data, so the box has it while loading. */
  private get fixedHeight(): number | undefined {
    const h = Number(this.height);
    return h >= HEIGHT[0] && h <= HEIGHT[1] ? Math.round(h) : undefined;
  }

  protected override renderSkeleton(loading: string): TemplateResult {
    const h = this.fixedHeight;
    // A fixed height: an empty drawing of that height holds the place (no style attribute: hosts may forbid them).
    // The empty box is measured as the drawing's will be (same classes, same size), so that the
    // chart is drawn once, at its size, when the data arrives, and not first at a default size.
    return html`${h ? html`<div class="chart fixed" part="chart" data-measure><svg class="loading" width="100%" height=${h}><text y="1em">${loading}</text></svg></div>` : html`<div class="chart loading" part="chart" data-measure>${loading}</div>`}<p class="summary" part="summary"></p><p class="tbl"></p>`;
  }

  protected override renderData(p: ChartPrepared, lang: Lang): TemplateResult {
    const { loaded, data, cfg } = p;
    const title = `${loaded.indicator.title[lang]} – ${areaName(loaded.area, lang)}`;
    const words = summary(loaded.indicator, p.shown, loaded.area, lang);
    const rows = tableRows(data, loaded.indicator, lang);
    const size = chartSize(this.size);
    const drawing = drawChart(data, {
      lang,
      width: size.width,
      height: cfg.height ?? size.height,
      legend: !cfg.hide.includes('legend'),
      yearToDate: cfg.yearToDate,
      highlight: cfg.highlight ? +cfg.highlight : undefined,
      titleId: 'ct',
      descId: 'cd',
      title: this.heading?.trim() || title,
      description: words,
    });
    return html`${this.titled(title)}
      <div class="chart${cfg.height ? ' fixed' : ''}" part="chart" data-measure>${drawing}</div>
      <p class="summary" part="summary">${words}</p>
      <details part="table">
        <summary>${text('table', lang)}</summary>
        <table>
          <thead><tr><th scope="col">${text('period', lang)}</th><th scope="col">${text('measure', lang)}</th><th scope="col">${text('value', lang)}</th><th scope="col">${text('note', lang)}</th></tr></thead>
          <tbody>${rows.map((r) => html`<tr><th scope="row">${r.period}</th><td>${r.measure}</td><td class="n">${r.value}</td><td>${r.note}</td></tr>`)}</tbody>
        </table>
      </details>`;
  }
}

/** Registers `<ansinh-chart>` unless the name is taken. */
export const define = (): void => defineOnce(CHART_TAG, AnsinhChart);

