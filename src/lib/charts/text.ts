// The chart words live with the site's other interface text (src/lib/i18n/chart.ts).
export { CHART_TEXT } from '../i18n/chart.ts';
