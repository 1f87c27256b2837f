/**
 * What the four elements share (STYLE habit 8: the element only wires attributes, fetching
 * and resizing): the public attributes, the async state (`initial`, `pending`, `complete`,
 * `error`, as `@lit/task` names them, kept here in a few lines rather than that package's 2 KB),
 * language and theme, measuring, the fallback slot, the "newer data" note, the footer and
 * the events. Subclasses load and prepare their data, and render it.
 *
 * The base is a plain `HTMLElement` that renders with lit-html's `render()`: LitElement and
 * its ReactiveElement (typed properties, converters, reflection, controllers, update
 * lifecycle hooks) cost about 1.4 KB gzipped of a 20 KB budget, for what a dozen string
 * attributes and one re-render per change need. Each attribute is also a string property
 * that reads and writes the attribute; any change re-renders once, in a microtask.
 */
import { html, nothing, render as paint, type TemplateResult } from 'lit/html.js';
import type { Lang } from '../../src/lib/format.ts';
import { langFrom, readConfig, type WidgetConfig } from './attributes.ts';
import { scriptOrigin, under, type Loaded } from './data.ts';
import { describe, text, WidgetError } from './i18n.ts';
import type { WidgetState } from './types.ts';

/** The attributes every element observes (besides `lang`); each is also a property, camelCased (`as-of`: `asOf`). */
export const ATTRIBUTES = ['indicator', 'area', 'period', 'version', 'as-of', 'theme', 'base', 'heading', 'note', 'hide', 'highlight', 'year-to-date', 'height'] as const;
/** A property's name: the attribute's, camelCased. */
const propOf = (attribute: string): string => attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** One constructed stylesheet per distinct text, shared by every element of a kind. */
const sheets = new Map<string, CSSStyleSheet>();

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
export abstract class AnsinhElement<T extends { loaded: Loaded }> extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES, 'lang'];

  static {
    // Properties read and write their attribute, so both stay one value (as `id` does).
    for (const a of ATTRIBUTES) {
      Object.defineProperty(this.prototype, propOf(a), {
        get(this: Element) {
          return this.getAttribute(a) ?? undefined;
        },
        set(this: Element, v: unknown) {
          if (v == null) this.removeAttribute(a);
          else this.setAttribute(a, String(v));
        },
      });
    }
  }

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
  /** `light`, `dark`, or `auto` (the reader's `prefers-color-scheme`). Default: the host's colour scheme (light unless it declares dark). */
  declare theme: string | undefined;
  /** Base URL of the data (e.g. `https://ansinh.example.org`). Default: the origin of the script's own URL. */
  declare base: string | undefined;
  /** An article's title instead of the widget's own (text, never markup). */
  declare heading: string | undefined;
  /** An article's note under the title (text, never markup). */
  declare note: string | undefined;
  /** Parts not to show, space-separated: `title`, `legend`, `summary`, `table`, `footer`. */
  declare hide: string | undefined;
  /** A year to highlight (`<ansinh-chart>`), or a district code (`<ansinh-district-compare>`). */
  declare highlight: string | undefined;
  /** `show` (default) or `hide`: the chart's current year-to-date bar; attribute `year-to-date`. */
  declare yearToDate: string | undefined;
  /** The chart's fixed height in CSS px (200–1200). */
  declare height: string | undefined;

  /** The element's stylesheet (text): the shared styles and its own. */
  protected abstract readonly styles: string;
  /** Measured drawing area (px). */
  protected size: Size = { width: 0, height: 0 };
  /** Indicator used when the attribute is absent (none: the attribute is required). */
  protected defaultIndicator: string | undefined;

  private outcome: { status: 'initial' | 'pending' } | { status: 'complete'; data: T } | { status: 'error'; error: Error } = { status: 'initial' };
  /** The attributes the current data was loaded for. */
  private loadedFor: string | undefined;
  private settled: Promise<void> = Promise.resolve();
  private queued: Promise<boolean> | undefined;
  private measured: Element | null = null;
  // Every browser that runs this ES2022 bundle (class static blocks) has ResizeObserver.
  private readonly resizer = new ResizeObserver(([entry]) => {
    const width = Math.round(entry!.contentRect.width);
    const height = Math.round(entry!.contentRect.height);
    if (width !== this.size.width || height !== this.size.height) {
      this.size = { width, height };
      this.requestUpdate();
    }
  });

  /** Where the data stands: `initial`, `pending`, `complete` or `error` (read-only). */
  get state(): WidgetState {
    return this.outcome.status;
  }

  /** Resolves (true) once the pending render, if any, is done. */
  get updateComplete(): Promise<boolean> {
    return this.queued ?? Promise.resolve(true);
  }

  /** Fetches, validates and prepares what the element draws; throws a {@link WidgetError} to explain. */
  protected abstract load(cfg: WidgetConfig): Promise<T>;
  /** The drawing, once the data is in. */
  protected abstract renderData(data: T, lang: Lang): TemplateResult;
  /** The boxes of {@link renderData} between the title and the footer, empty but for `loading`: reserves the height while data loads. */
  protected abstract renderSkeleton(loading: string): TemplateResult;

  connectedCallback(): void {
    if (!this.shadowRoot) {
      // Constructable stylesheets: no `<style>` element, so `style-src 'self'` hosts work.
      // Every browser that runs this ES2022 bundle (class static blocks) has them but Firefox
      // 93–100 (2021–22): there the constructor throws before the shadow root exists, so the
      // host's fallback content stays in view (a custom element callback's error is reported,
      // never thrown into the host's own scripts).
      let sheet = sheets.get(this.styles);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(this.styles);
        sheets.set(this.styles, sheet);
      }
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
      // A page may set properties before the element is defined: they become attributes now.
      for (const a of ATTRIBUTES) {
        const p = propOf(a);
        if (Object.hasOwn(this, p)) {
          const v: unknown = Reflect.get(this, p);
          Reflect.deleteProperty(this, p);
          Reflect.set(this, p, v);
        }
      }
    }
    this.requestUpdate();
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  /** Renders once in a microtask, however many attributes changed. */
  protected requestUpdate(): void {
    this.queued ??= Promise.resolve().then(() => {
      this.queued = undefined;
      if (this.isConnected) this.update();
      return true;
    });
  }

  private update(): void {
    // No shadow root: connectedCallback stopped before making it (no constructable
    // stylesheets, Firefox 93–100). The host's fallback content stays; nothing is loaded.
    const root = this.shadowRoot;
    if (!root) return;
    const raw = { indicator: this.indicator, area: this.area, period: this.period, version: this.version, asOf: this.asOf, theme: this.theme, base: this.base, hide: this.hide, highlight: this.highlight, yearToDate: this.yearToDate, height: this.height };
    const key = JSON.stringify(raw);
    if (key !== this.loadedFor) {
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
    paint(this.render(), root);
    // The drawing area is re-created between states: measure whichever is there now.
    const area = root.querySelector('[data-measure]');
    if (area !== this.measured) {
      if (this.measured) this.resizer.unobserve(this.measured);
      if (area) this.resizer.observe(area);
      this.measured = area;
    }
  }

  /** The widget's language: its own `lang`, the nearest ancestor's (the document's root included); else Vietnamese. */
  protected get widgetLang(): Lang {
    return langFrom(this.closest('[lang]')?.getAttribute('lang'));
  }

  /**
   * The theme's class on the box: `light`, `dark` or `auto` when the attribute says so
   * (a malformed value is reported by readConfig); none: the host's colour scheme (theme.ts).
   */
  private get themeClass(): string {
    const t = this.theme?.trim();
    return t === 'light' || t === 'dark' || t === 'auto' ? ` ${t}` : '';
  }

  /**
   * The title line (the `heading` attribute, else `title`) and the `note` under it. Also drawn
   * while loading, from the attributes alone, so that the lines they wrap to are there from
   * the start and nothing below moves when the data arrives.
   */
  protected titled(title: string): TemplateResult {
    const note = this.note?.trim();
    return html`<p class="title" part="title" id="title">${this.heading?.trim() || title}</p>${note ? html`<p class="note" part="note">${note}</p>` : nothing}`;
  }

  private render(): TemplateResult {
    const lang = this.widgetLang;
    let body: TemplateResult;
    try {
      const o = this.outcome;
      body = o.status === 'complete' ? this.renderComplete(o.data, lang) : o.status === 'error' ? this.renderProblem(o.error, lang) : html`${this.titled('')}${this.version || this.asOf ? html`<p class="pin"></p>` : nothing}${this.renderSkeleton(text('loading', lang))}<p class="foot" part="footer"></p>`;
    } catch (e) {
      body = this.renderProblem(e, lang);
    }
    // `hide="summary footer"`: classes h-summary h-footer (styles.ts hides those parts; readConfig reports unknown names).
    const hide = (this.hide?.trim().split(/\s+/) ?? []).map((t) => ` h-${t}`).join('');
    return html`<div class="w${this.themeClass}${hide}" lang=${lang} part="container">${body}</div>`;
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
