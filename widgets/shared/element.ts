/**
 * What the four elements share (STYLE habit 8: the element only wires attributes, fetching
 * and resizing): the public attributes, the async state (`initial`, `pending`, `complete`,
 * `error`, as `@lit/task` names them, kept here in a few lines rather than that package's 2 KB),
 * language and theme, measuring, the fallback slot, the "newer data" note, the footer and
 * the events. Subclasses load and prepare their data, and render it.
 */
import { html, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import type { Lang } from '../../src/lib/format.ts';
import { langFrom, readConfig, type Theme, type WidgetConfig } from './attributes.ts';
import { under, type Loaded } from './data.ts';
import { describe, text, WidgetError } from './i18n.ts';
import { sharedStyles } from './styles.ts';
import { isDark } from './theme.ts';
import type { WidgetState } from './types.ts';

/** Where the data lives when `base` is not given: the origin the script itself came from (else the page's). */
const scriptOrigin = (): string => {
  const origin = new URL(import.meta.url).origin;
  return origin === 'null' ? location.origin : origin;
};

/** Measured size of an element's drawing area in px (0 until measured). */
export interface Size {
  width: number;
  height: number;
}

/** Detail of the `ansinh-load` event. */
export interface LoadDetail {
  indicator: string;
  area: string;
  /** Version id shown. */
  version: string;
  /** Newest released version id. */
  latest: string;
  pinned: boolean;
}

/** Detail of the `ansinh-error` event. */
export interface ErrorDetail {
  /** What went wrong, in English, naming the URL when a file is involved. */
  message: string;
  /** `attribute`, `unknown-indicator`, `unknown-area`, `unknown-version`, `no-data`, `http`, `network`, `timeout`, `json`, `schema`, `shape`, or `unexpected`. */
  kind: string;
}

/**
 * Base class of the `ansinh-*` elements. `T` is the prepared data of one element; it
 * carries the {@link Loaded} files for the note and the footer.
 */
export abstract class AnsinhElement<T extends { loaded: Loaded }> extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  static override properties = {
    indicator: {},
    area: {},
    period: {},
    version: {},
    asOf: { attribute: 'as-of' },
    theme: {},
    base: {},
    size: { state: true },
    // The global `lang` attribute, observed under another name: `HTMLElement.lang` stays as it is.
    ownLang: { attribute: 'lang' },
  };

  /** Indicator id, e.g. `jobs_created` (lower-case letters, digits, `_`). Required unless the element has a default. */
  declare indicator: string | undefined;
  /** GSO area code: `01` (Hanoi, default) or a 3-digit district code such as `001`. */
  declare area: string | undefined;
  /** Period: see each element (data up to it, a year, or the exact period). Default: the latest. */
  declare period: string | undefined;
  /** Pin to a released version id (`YYYY-MM-DD`). Not together with `as-of`. Default: the newest (live). */
  declare version: string | undefined;
  /** Pin to the newest version released on or before this date (`YYYY-MM-DD`); attribute `as-of`. */
  declare asOf: string | undefined;
  /** `auto` (default: follows the host's `color-scheme`, then `prefers-color-scheme`), `light` or `dark`. */
  declare theme: Theme | undefined;
  /** Base URL of the data (e.g. `https://ansinh.example.org`). Default: the origin of the script's own URL. */
  declare base: string | undefined;
  /** Measured drawing area (px). */
  declare protected size: Size;

  /** Indicator used when the attribute is absent (none: the attribute is required). */
  protected defaultIndicator: string | undefined;

  private outcome: { status: 'initial' | 'pending' } | { status: 'complete'; data: T } | { status: 'error'; error: Error } = { status: 'initial' };
  /** The attributes the current data was loaded for. */
  private loadedFor: string | undefined;
  private settled: Promise<void> = Promise.resolve();
  private measured: Element | null = null;
  private readonly resizer = typeof ResizeObserver === 'function'
    ? new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      if (Math.round(width) !== this.size.width || Math.round(height) !== this.size.height) this.size = { width: Math.round(width), height: Math.round(height) };
    })
    : undefined;

  constructor() {
    super();
    this.size = { width: 0, height: 0 };
  }

  /** Where the data stands: `initial`, `pending`, `complete` or `error` (read-only). */
  get state(): WidgetState {
    return this.outcome.status;
  }

  /** Fetches, validates and prepares what the element draws; throws a {@link WidgetError} to explain. */
  protected abstract load(cfg: WidgetConfig): Promise<T>;
  /** The drawing, once the data is in. */
  protected abstract renderData(data: T, lang: Lang): TemplateResult;
  /** The boxes of {@link renderData} between the title and the footer, empty but for `loading`: reserves the height while data loads. */
  protected abstract renderSkeleton(loading: string): TemplateResult;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const raw = { indicator: this.indicator, area: this.area, period: this.period, version: this.version, asOf: this.asOf, theme: this.theme, base: this.base };
    const key = JSON.stringify(raw);
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    this.outcome = { status: 'pending' };
    // Every failure, expected or not, ends here: nothing is thrown to the host page.
    const settled: Promise<void> = (this.settled = Promise.resolve()
      .then(() => this.load(readConfig(raw, { base: scriptOrigin(), indicator: this.defaultIndicator })))
      .then(
        (data) => {
          if (settled !== this.settled) return;
          this.outcome = { status: 'complete', data };
          const l = data.loaded;
          this.emit<LoadDetail>('load', { indicator: l.indicator.id, area: l.area.code, version: l.version.id, latest: l.entry.latest, pinned: l.pinned });
        },
        (e: unknown) => {
          if (settled !== this.settled) return;
          const error = e instanceof Error ? e : new Error(String(e));
          this.outcome = { status: 'error', error };
          this.emit<ErrorDetail>('error', { message: error.message, kind: e instanceof WidgetError ? e.problem.kind : 'unexpected' });
        },
      )
      .then(() => this.requestUpdate()));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The drawing area is re-created between states: measure whichever is there now.
    const area = this.renderRoot.querySelector('[data-measure]');
    if (area !== this.measured) {
      if (this.measured) this.resizer?.unobserve(this.measured);
      if (area) this.resizer?.observe(area);
      this.measured = area;
    }
  }

  /** The widget's language: its own `lang`, the nearest ancestor's (the document's root included); else Vietnamese. */
  protected get widgetLang(): Lang {
    return langFrom(this.closest('[lang]')?.getAttribute('lang'));
  }

  override render(): TemplateResult {
    const lang = this.widgetLang;
    let body: TemplateResult;
    let dark = false;
    try {
      dark = isDark(this.theme, this);
      const o = this.outcome;
      body = o.status === 'complete' ? this.renderComplete(o.data, lang) : o.status === 'error' ? this.renderProblem(o.error, lang) : html`<p class="title" part="title"></p>${this.version || this.asOf ? html`<p class="pin"></p>` : nothing}${this.renderSkeleton(text('loading', lang))}<p class="foot" part="footer"></p>`;
    } catch (e) {
      body = this.renderProblem(e, lang);
    }
    return html`<div class="w${dark ? ' dark' : ''}" lang=${lang} part="container">${body}</div>`;
  }

  private renderComplete(data: T, lang: Lang): TemplateResult {
    const l = data.loaded;
    const page = under(l.base, l.entry.pages[lang]);
    const link = (label: string) => html`<a href=${page} target="_blank" rel="noopener">${label}</a>`;
    // A pinned widget keeps a line for the note while loading, and after when there is none.
    return html`${l.newer ? html`<p class="newer" part="newer">${text('newer', lang)} (${text('version', lang)} ${l.newer}): ${link(text('newerLink', lang))}</p>` : l.pinned ? html`<p class="pin"></p>` : nothing}${this.renderData(data, lang)}<p class="foot" part="footer">${text('source', lang)}: ${link(`An Sinh – ${l.indicator.title[lang]}`)}, ${text('version', lang)} ${l.version.id}.</p>`;
  }

  /** The reader's message and the host's fallback content (the light-DOM children). */
  private renderProblem(e: unknown, lang: Lang): TemplateResult {
    return html`<p class="problem" role="status" part="message">${e instanceof WidgetError ? describe(e.problem, lang) : text('unexpected', lang)}</p><slot></slot>`;
  }

  private emit<D>(type: 'load' | 'error', detail: D): void {
    this.dispatchEvent(new CustomEvent<D>(`ansinh-${type}`, { detail, bubbles: true, composed: true }));
  }
}

/** Registers an element unless a name is taken (a second copy of the script, or another version). */
export function defineOnce(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}
