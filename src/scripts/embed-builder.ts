/**
 * The embed builder in the browser (src/components/EmbedBuilder.astro): reads the form,
 * loads the chosen version's JSON — the file the widget itself reads, validated by the
 * widget's own reader — and renders the snippets, the fallback inside them and the preview
 * with the same functions the build uses (src/lib/site/embed.ts).
 */
import { parseVersion, type VersionData } from '../../widgets/shared/data.ts';
import { parsePeriod } from '../lib/data/period.ts';
import { periodLabel } from '../lib/i18n/dates.ts';
import { BUILDER_TEXT as T } from '../lib/i18n/embed.ts';
import type { AreaInput } from '../lib/prepare/types.ts';
import { chartImagePath, dataFilePath } from '../lib/routes.ts';
import { builderInput, builderOffer, type BuilderChoices, type BuilderConfig } from '../lib/site/embed-builder.ts';
import { elementHtml, iframeSnippet, imageSnippet, resolvePin, scriptSnippet, type HiddenPart } from '../lib/site/embed.ts';

/** Milliseconds the preview waits after the last keystroke before it reloads (typing a title). */
const PREVIEW_DELAY_MS = 300;

const files = new Map<string, Promise<VersionData>>();
/** One version's complete JSON (schema 2, what the current widget reads) from this site, validated; one request per URL, a failed one forgotten. */
function loadVersion(indicator: string, ref: string): Promise<VersionData> {
  const url = dataFilePath(indicator, ref, 'json-v2');
  let p = files.get(url);
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return parseVersion(await r.json(), url);
    });
    files.set(url, p);
    p.catch(() => files.delete(url));
  }
  return p;
}

function setOptions(select: HTMLSelectElement, options: readonly [value: string, label: string][]): void {
  const keep = select.value;
  select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
  select.value = options.some(([v]) => v === keep) ? keep : (options[0]?.[0] ?? '');
}

const periodText = (id: string, lang: BuilderConfig['lang']): string => {
  const p = parsePeriod(id);
  return typeof p === 'string' ? id : periodLabel(p)[lang];
};

export function start(root: HTMLElement): void {
  const configText = root.querySelector('[data-builder-config]')?.textContent;
  const form = root.querySelector<HTMLFormElement>('[data-builder-form]');
  if (!configText || !form) return;
  const config = JSON.parse(configText) as BuilderConfig;
  const ui = config.lang;
  const areas = new Map<string, AreaInput>(config.areas.map((a) => [a.code, a]));
  const areaLabel = (code: string) => {
    const a = areas.get(code);
    return a ? (ui === 'vi' ? a.nameVi : a.nameEn) : code;
  };
  const q = <E extends Element>(sel: string) => root.querySelector<E>(sel);
  const field = <E extends Element>(name: string) => form.elements.namedItem(name) as E | null;
  const status = q<HTMLElement>('[data-builder-status]')!;
  const frame = q<HTMLIFrameElement>('iframe[data-preview]')!;

  const say = (text: string) => {
    // Emptied first, so the same message twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
  };

  const read = (): BuilderChoices => {
    const fd = new FormData(form);
    const s = (k: string) => String(fd.get(k) ?? '');
    return {
      indicator: s('indicator') || config.initial,
      element: s('element'), area: s('area'), period: s('period'),
      pin: s('pin') === 'version' ? 'version' : s('pin') === 'as-of' ? 'as-of' : 'live',
      version: s('version'), asOf: s('asOf'),
      lang: s('lang') === 'en' ? 'en' : 'vi',
      theme: s('theme') === 'dark' ? 'dark' : s('theme') === 'auto' ? 'auto' : 'light',
      heading: s('heading'), note: s('note'),
      hide: fd.getAll('hide').map(String).filter((h): h is HiddenPart => h === 'legend' || h === 'footer'),
      highlight: s('highlight'),
      yearToDate: s('yearToDate') === 'show' ? 'show' : s('yearToDate') === 'hide' ? 'hide' : '',
      height: s('height'),
    };
  };

  const show = (name: string, on: boolean) => {
    for (const el of root.querySelectorAll<HTMLElement>(`[data-for="${name}"]`)) el.hidden = !on;
  };

  // The preview: a same-origin srcdoc document loads the widget script once; later changes
  // replace the element inside it (no reload, so no request of the widget is cut short),
  // and its height is read from here — no script of ours runs in it.
  let previewBody = '';
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let observer: ResizeObserver | undefined;
  const setPreview = (lang: string, body: string, now: boolean) => {
    if (body === previewBody) return;
    clearTimeout(previewTimer);
    const apply = () => {
      previewBody = body;
      const doc = frame.contentDocument;
      if (doc?.body && doc.querySelector('script[data-widget]')) {
        doc.documentElement.lang = lang;
        doc.body.innerHTML = body;
        return;
      }
      frame.srcdoc =
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        // The same colour scheme as this page: the frame stays transparent, no white box around a dark widget.
        `<meta name="color-scheme" content="light dark">` +
        `<style>body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}</style>` +
        `<script type="module" data-widget src="${new URL(config.previewScript, location.origin).href}"></script></head><body>${body}</body></html>`;
    };
    if (now) apply();
    else previewTimer = setTimeout(apply, PREVIEW_DELAY_MS);
  };
  frame.addEventListener('load', () => {
    observer?.disconnect();
    const doc = frame.contentDocument;
    if (!doc) return;
    observer = new ResizeObserver(() => {
      frame.height = String(Math.ceil(doc.documentElement.getBoundingClientRect().height));
    });
    observer.observe(doc.documentElement);
  });

  let turn = 0;
  const update = async (now: boolean) => {
    const mine = ++turn;
    const c = read();
    const entry = config.indicators.find((i) => i.id === c.indicator) ?? config.indicators[0]!;
    setOptions(field<HTMLSelectElement>('version')!, [...entry.versions].reverse().map((v) => [v, v]));
    if (c.pin === 'version' && !entry.versions.includes(c.version)) c.version = field<HTMLSelectElement>('version')!.value;
    const pin = c.pin === 'version' ? { kind: 'version' as const, id: c.version } : c.pin === 'as-of' && c.asOf ? { kind: 'as-of' as const, date: c.asOf } : { kind: 'live' as const };
    const resolved = resolvePin(pin, entry.versions);
    show('pin-version', c.pin === 'version');
    show('pin-asof', c.pin === 'as-of');
    let data: VersionData;
    try {
      data = await loadVersion(entry.id, resolved ?? entry.versions.at(-1)!);
    } catch (e) {
      if (mine === turn) say(T.loadFailed[ui]({ url: (e as Error).message }));
      return;
    }
    if (mine !== turn) return; // a later change is already being drawn
    if (!resolved && c.pin === 'as-of') say(T.noRelease[ui]({ date: c.asOf }));

    const offer = builderOffer({ ...data.version, meta: { unit: data.indicator.unit } }, c.element, c.area);
    setOptions(field<HTMLSelectElement>('element')!, offer.elements.map((e) => [e, T.elementName[e][ui]]));
    setOptions(field<HTMLSelectElement>('area')!, offer.areas.map((a) => [a, areaLabel(a)]));
    setOptions(field<HTMLSelectElement>('period')!, [['', T.periodLatest[ui]], ...[...offer.periods].reverse().map((p): [string, string] => [p, periodText(p, ui)])]);
    setOptions(field<HTMLSelectElement>('highlight')!, [['', T.highlightNone[ui]], ...offer.highlights.map((h): [string, string] => [h, h.length === 3 ? areaLabel(h) : h])]);
    show('area', offer.areas.length > 1);
    show('legend', offer.legend);
    show('ytd', offer.yearToDate);
    show('highlight', offer.highlights.length > 0);
    const hasChart = offer.elements.includes('ansinh-chart');
    const image = q<HTMLElement>('[data-embed-snippet="image"]');
    if (image) image.hidden = !hasChart;

    // The form may have dropped choices the version does not offer: read it again.
    const chosen = { ...read(), version: c.version };
    const input = builderInput(chosen, { indicator: data.indicator, version: data.version, areas, site: config.site, script: config.script });
    const versionRef = chosen.pin === 'live' || !resolved ? 'latest' : resolved;
    const title = input.heading?.trim() || data.indicator.title[input.lang];
    const png = chartImagePath(entry.id, versionRef, input.lang, 'png');
    const out = (kind: string, text: string) => {
      const code = q<HTMLElement>(`[data-out="${kind}"]`);
      if (code) code.textContent = text;
    };
    out('script', scriptSnippet(input));
    out('iframe', iframeSnippet(input));
    out('image', imageSnippet(input, new URL(png, config.site).href, T.imageAlt[input.lang]({ title })));
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-image]')) {
      a.href = chartImagePath(entry.id, versionRef, input.lang, a.dataset.image === 'svg' ? 'svg' : 'png');
    }

    // The preview: the same element on this site's own (draft) widget bundle and data.
    setPreview(input.lang, elementHtml({ ...input, site: `${location.origin}/` }), now);
  };

  form.addEventListener('change', () => void update(true));
  form.addEventListener('input', (e) => {
    if (e.target instanceof HTMLInputElement && (e.target.type === 'text' || e.target.type === 'number')) void update(false);
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  const widths = [...root.querySelectorAll<HTMLInputElement>('[data-builder-preview] input[type=radio]')];
  for (const radio of widths) {
    radio.addEventListener('change', () => {
      if (radio.checked) frame.width = radio.value;
    });
  }

  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const kind = button.dataset.copy ?? 'script';
    const what = kind === 'iframe' ? T.whatIframe[ui] : kind === 'image' ? T.whatImage[ui] : T.whatScript[ui];
    button.addEventListener('click', async () => {
      const code = q<HTMLElement>(`[data-out="${kind}"]`);
      if (!code) return;
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        say(T.copied[ui]({ what }));
      } catch {
        // No clipboard (an insecure origin, a refused permission): select the code for Ctrl+C.
        const range = document.createRange();
        range.selectNodeContents(code);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        say(T.copyFailed[ui]);
      }
    });
    button.hidden = false;
  }

  form.hidden = false;
  const preview = q<HTMLElement>('[data-builder-preview]')!;
  preview.hidden = false;
  // On a phone, preview at phone width: the column width would scroll inside its box.
  const phone = widths.find((r) => r.value === '390');
  if (phone && preview.clientWidth < 680) {
    phone.checked = true;
    frame.width = phone.value;
  }
  const links = q<HTMLElement>('[data-image-links]');
  if (links) links.hidden = false;
  root.classList.add('ready');
  void update(true);
}
