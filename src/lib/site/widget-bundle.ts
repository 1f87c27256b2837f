import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { WIDGET_BUNDLE_FILE } from '../widgets-contract.ts';

export interface WidgetBundle {
  bytes: Uint8Array<ArrayBuffer>;
  /** Subresource Integrity value for the script tag: `sha384-…`. */
  integrity: string;
}

let cached: WidgetBundle | undefined;

/**
 * The widget bundle built by `npm run build:widgets`, or undefined when it has not been
 * built (unit tests of the outputs; the build always builds it first).
 */
export function widgetBundle(): WidgetBundle | undefined {
  if (cached) return cached;
  if (!existsSync(WIDGET_BUNDLE_FILE)) return undefined;
  const bytes = new Uint8Array(readFileSync(WIDGET_BUNDLE_FILE));
  cached = { bytes, integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}` };
  return cached;
}
