/**
 * What the site and the widget bundle agree on. Both sides import this file; it holds no
 * code that runs, only names and shapes.
 */

/** Every custom element the bundle defines; listed in catalog.json. */
export const WIDGET_ELEMENTS = ['ansinh-headline', 'ansinh-chart', 'ansinh-jobs-progress', 'ansinh-district-compare'] as const;
export type WidgetElement = (typeof WIDGET_ELEMENTS)[number];

/** Where the bundle is written by `npm run build:widgets`, and read by the site build. */
export const WIDGET_BUNDLE_FILE = '.cache/widgets/ansinh.js';

/** The message an embedded widget page posts to its parent when its height changes. */
export const HEIGHT_MESSAGE_TYPE = 'ansinh:height';
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  /** Height of the embed page's content in CSS px. */
  height: number;
}
