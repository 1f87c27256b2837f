/**
 * The widget bundle: defines every `ansinh-*` element (each only if its name is free, so a
 * second copy of the script, of this or another version, changes nothing).
 */
import { define as defineChart } from './chart/element.ts';
import { define as defineDistrictCompare } from './district-compare/element.ts';
import { define as defineHeadline } from './headline/element.ts';
import { DEFAULT_INDICATOR, define as defineJobsProgress, JOBS_PROGRESS_TAG } from './jobs-progress/element.ts';
import { prefetch } from './shared/data.ts';

// Nothing is exported: a page reaches the widgets through their element names only.
// The data requests of the elements already in the page start first: defining them renders
// each one's skeleton before any of them would ask for its data.
prefetch({ [JOBS_PROGRESS_TAG]: DEFAULT_INDICATOR });
defineHeadline();
defineChart();
defineJobsProgress();
defineDistrictCompare();
