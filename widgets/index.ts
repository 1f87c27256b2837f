/**
 * The widget bundle: defines every `ansinh-*` element (each only if its name is free, so a
 * second copy of the script, of this or another version, changes nothing).
 */
import { define as defineChart } from './chart/element.ts';
import { define as defineDistrictCompare } from './district-compare/element.ts';
import { define as defineHeadline } from './headline/element.ts';
import { define as defineJobsProgress } from './jobs-progress/element.ts';

// Nothing is exported: a page reaches the widgets through their element names only.
defineHeadline();
defineChart();
defineJobsProgress();
defineDistrictCompare();
