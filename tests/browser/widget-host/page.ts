/**
 * The newsroom's article page that embeds the widgets: its own markup, stylesheet and
 * script (files from the host origin), a strict Content-Security-Policy, and the snippets
 * pasted into the article as they are.
 */
import type { HostServer } from './server.ts';

/**
 * The host's policy: scripts from itself and the widget site only, styles from itself only
 * (no 'unsafe-inline', no 'unsafe-eval' anywhere), data from the widget site only.
 * `'self'` in script-src is for the host's own script file.
 */
export const strictCsp = (siteOrigin: string): string =>
  `default-src 'none'; script-src 'self' ${siteOrigin}; style-src 'self'; connect-src ${siteOrigin}; img-src 'self'; frame-src ${siteOrigin}`;

/**
 * The host page's own script, loaded after the snippets with `defer`: deferred and module
 * scripts run in document order, so it runs after the widget script. It records that it
 * ran and which `ansinh-*` elements were defined by then, and keeps a button working.
 */
const HOST_JS = `(function () {
  'use strict';
  window.hostOk = true;
  window.hostSawDefined = Array.from(new Set(Array.from(document.querySelectorAll('*'), function (e) { return e.localName; })))
    .filter(function (n) { return n.indexOf('ansinh-') === 0 && customElements.get(n) !== undefined; });
  var line = document.getElementById('host-status');
  line.textContent = 'Trang của tòa soạn vẫn hoạt động.';
  window.hostClicks = 0;
  document.getElementById('host-button').addEventListener('click', function () {
    window.hostClicks += 1;
    line.textContent = 'Đã bấm ' + window.hostClicks + ' lần.';
  });
})();
`;

const HOST_CSS = `body { font-family: Georgia, serif; margin: 0 auto; max-width: 46rem; padding: 1rem; color: #222; background: #fff; }
article > * + * { margin-top: 1.5rem; }
button { font: inherit; }
`;

/** A host whose stylesheet declares it dark only: `theme="auto"` widgets should follow it. */
const HOST_DARK_CSS = `:root { color-scheme: dark; background: #000; color: #eee; }
body { font-family: Georgia, serif; margin: 0 auto; max-width: 46rem; padding: 1rem; }
a { color: #9cf; }
`;

/** Puts the host's own files on its server: `/host.js`, `/host.css`, `/host-dark.css`. */
export function installHostFiles(host: HostServer): void {
  host.put('/host.js', { body: HOST_JS, type: 'text/javascript; charset=utf-8' });
  host.put('/host.css', { body: HOST_CSS, type: 'text/css; charset=utf-8' });
  host.put('/host-dark.css', { body: HOST_DARK_CSS, type: 'text/css; charset=utf-8' });
}

export interface HostPageOptions {
  /** `<html lang>`; null for none. Default `vi`. */
  lang?: string | null;
  title?: string;
  /** The pasted snippets (and anything else) inside the article. */
  body: string;
  /** Extra markup at the end of `<head>`. */
  head?: string;
  /** `/host-dark.css` instead of `/host.css`. */
  darkHost?: boolean;
}

/** A complete, accessible article page around the snippets. */
export function hostHtml({ lang = 'vi', title = 'Báo Thử Nghiệm: việc làm ở Hà Nội', body, head = '', darkHost = false }: HostPageOptions): string {
  return `<!doctype html>
<html${lang === null ? '' : ` lang="${lang}"`}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/${darkHost ? 'host-dark' : 'host'}.css">
${head}
</head>
<body>
<header><p>Báo Thử Nghiệm</p></header>
<main>
<article>
<h1>${title}</h1>
<p>Bài viết của tòa soạn, với các biểu đồ An Sinh nhúng bên dưới.</p>
${body}
<p id="host-status">Trang của tòa soạn chưa chạy script.</p>
<button id="host-button" type="button">Bấm thử</button>
</article>
</main>
<script src="/host.js" defer></script>
</body>
</html>
`;
}
