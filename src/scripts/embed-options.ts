/**
 * On an embed page: the options of the iframe snippet arrive as query parameters
 * (src/lib/site/embed.ts, embedPageUrl) and become the element's attributes. This runs
 * before the widget script (module scripts run in document order, and this one comes
 * first in <head>), so the widget starts with them and loads its data once. Only the
 * widget's own attribute names are taken, and as text (setAttribute), never as markup.
 */
const ALLOWED = ['area', 'period', 'version', 'as-of', 'theme', 'heading', 'note', 'hide', 'highlight', 'year-to-date', 'height'];

const params = new URLSearchParams(location.search);
const element = document.querySelector('main > [indicator]');
if (element) {
  for (const name of ALLOWED) {
    const value = params.get(name);
    if (value !== null && value.trim() !== '') element.setAttribute(name, value.trim());
  }
}
