import { existsSync, readFileSync } from 'node:fs';
import { WIDGET_VERSION } from '../routes.ts';
import { WIDGET_BUNDLE_FILE } from '../widgets-contract.ts';
import { widgetReleases, type ServedWidget, type WidgetReleases } from './widget-releases.ts';

let cached: WidgetReleases | undefined;

/**
 * The widget scripts this build serves: every released version from its kept bytes, and
 * the current version (routes.WIDGET_VERSION) as `npm run build:widgets` built it. Paths
 * are relative to the working directory, the project root in every npm script. Throws
 * when the releases are unsound (a released file changed, or the source no longer builds
 * the released current version): the build must not publish them.
 */
export function widgetScripts(): WidgetReleases {
  if (cached) return cached;
  const built = existsSync(WIDGET_BUNDLE_FILE) ? new Uint8Array(readFileSync(WIDGET_BUNDLE_FILE)) : undefined;
  const releases = widgetReleases('.', WIDGET_VERSION, built);
  if (releases.problems.length) throw new Error(`widget releases:\n  ${releases.problems.join('\n  ')}`);
  return (cached = releases);
}

/**
 * The current version's script as served (its bytes and `sha384-…` SRI value), or
 * undefined while it is a draft that has not been built (unit tests of the outputs; the
 * build always builds it first).
 */
export function widgetBundle(): ServedWidget | undefined {
  return widgetScripts().currentScript;
}
