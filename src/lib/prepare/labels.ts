// Labels of the data model's codes and periods, as the widgets import them: they live with
// the site's other interface text (src/lib/i18n/), of which this takes pure sections only.
export { FLAG_LABEL, MEASURE_LABEL } from '../i18n/labels.ts';
export { periodLabel } from '../i18n/dates.ts';
