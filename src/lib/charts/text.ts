// The chart legend words live with the site's other interface text (src/lib/i18n/chart.ts);
// the site's charts and the widget keep importing them from here.
export { CHART_LEGEND_TEXT } from '../i18n/chart.ts';
