import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Lang } from '../../src/lib/format.ts';
import { formatValue } from '../../src/lib/prepare/headline.ts';
import { MEASURE_LABEL } from '../../src/lib/prepare/labels.ts';
import type { WidgetConfig } from '../shared/attributes.ts';
import { loadIndicator, type Loaded } from '../shared/data.ts';
import { AnsinhElement, defineOnce } from '../shared/element.ts';
import { text } from '../shared/i18n.ts';
import { areaName, noData, upTo } from '../shared/prepare.ts';
import { sharedStyles } from '../shared/styles.ts';
import { barShares, percentText, progress, type Progress } from './prepare.ts';
import { progressStyles } from './styles.ts';

export const JOBS_PROGRESS_TAG = 'ansinh-jobs-progress';

/** The indicator drawn when the `indicator` attribute is absent. */
export const DEFAULT_INDICATOR = 'jobs_created';

export interface ProgressPrepared {
  loaded: Loaded;
  progress: Progress;
}

/**
 * `<ansinh-jobs-progress>`: "jobs created vs plan" for one year — the year's full-year
 * figure, or its latest year-to-date figure ("10 tháng 2025"), against the year's plan, as
 * a bar with the % of plan computed from both. Approximate figures are marked ≈ and drawn
 * hollow; a lower bound ("more than …") has an open end.
 *
 * Attributes: `indicator` (default `jobs_created`; any indicator with annual plans works),
 * `area`, `period` (a year, `YYYY`, or a period within it such as `2025-01/2025-10`: the
 * year's progress as it stood then; default: the latest year with both a plan and a figure),
 * `version` or `as-of`, `lang`, `theme`, `base`, and an article's `heading`, `note`, `hide` — see the README.
 *
 * @fires ansinh-load - The bar is drawn. `detail`: `{ indicator, area, version, latest, pinned }`.
 * @fires ansinh-error - The widget shows a message and its fallback. `detail`: `{ message, kind }`.
 * @slot - Fallback content: shown before the script runs, without JavaScript, and on error; hidden while the bar shows.
 * @csspart container - The widget's box.
 * @csspart title - The title line.
 * @csspart note - The `note` line under the title.
 * @csspart figure - The % of plan and the year (2.25em: `::part(figure)` to change).
 * @csspart bar - The box holding the SVG bar.
 * @csspart detail - The figure, its period and the plan in words.
 * @csspart newer - The "newer data available" note.
 * @csspart footer - Source and version.
 * @csspart message - The message shown instead of the bar.
 * @cssprop [--ansinh-actual=#2874c8] - The bar.
 * @cssprop [--ansinh-plan=#c4511f] - The plan rule.
 * @cssprop [--ansinh-background] - And the other colour properties of `<ansinh-chart>`.
 */
export class AnsinhJobsProgress extends AnsinhElement<ProgressPrepared> {
  protected readonly styles = sharedStyles + progressStyles;

  constructor() {
    super();
    this.defaultIndicator = DEFAULT_INDICATOR;
  }

  protected override async load(cfg: WidgetConfig): Promise<ProgressPrepared> {
    const loaded = await loadIndicator(cfg);
    const year = cfg.period?.year;
    const p = progress(loaded.indicator, upTo(loaded.version, cfg.period), cfg.area, year);
    if (!p) throw noData(loaded.indicator, loaded.area, cfg.period);
    return { loaded, progress: p };
  }

  protected override renderSkeleton(loading: string): TemplateResult {
    return html`<p class="figure loading" part="figure">${loading}</p><div class="bar" part="bar"></div><p class="detail" part="detail"></p>`;
  }

  protected override renderData(d: ProgressPrepared, lang: Lang): TemplateResult {
    const vi = lang === 'vi';
    const { loaded, progress: p } = d;
    const ind = loaded.indicator;
    const ofWhat = vi ? `kế hoạch năm ${p.year}` : `of the ${p.year} plan`;
    const figure = `${p.point.label[lang]}: ${formatValue(p.point, ind, lang)}`;
    const share = barShares(p);
    return html`${this.titled(`${ind.title[lang]} ${vi ? 'so với kế hoạch' : 'vs plan'} – ${areaName(loaded.area, lang)}`)}
      <p class="figure" part="figure" id="figure">${percentText(p, lang)} <span class="of">${ofWhat}</span></p>
      <div class="bar" part="bar">
        <svg width="100%" height="44" role="img" aria-labelledby="figure detail" font-size="12">
          <rect class="track" x="0" y="18" width="96%" height="20"/>
          <rect class=${p.approximate ? 'as af' : 'af'} fill-opacity=${p.approximate ? 0.25 : nothing} stroke-width="1.5" x="0" y="18" width="${share.figure}%" height="20"/>
          <line class="ps" x1="${share.plan}%" x2="${share.plan}%" y1="12" y2="44" stroke-width="2" stroke-dasharray=${p.plan.approximate ? '1,3' : '4,2'}/>
          <text x="${share.plan}%" dx=${share.plan > 75 ? -4 : 4} y="10" text-anchor=${share.plan > 75 ? 'end' : 'start'}>${MEASURE_LABEL.plan[lang]}</text>
        </svg>
      </div>
      <p class="detail" part="detail" id="detail">${figure} · ${vi ? `Kế hoạch năm ${p.year}` : `${p.year} plan`}: ${formatValue(p.plan, ind, lang)}${p.approximate ? html`<br /><span class="sub">${text('approxNote', lang)}</span>` : nothing}</p>`;
  }
}

/** Registers `<ansinh-jobs-progress>` unless the name is taken. */
export const define = (): void => defineOnce(JOBS_PROGRESS_TAG, AnsinhJobsProgress);
