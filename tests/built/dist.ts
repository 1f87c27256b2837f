/**
 * The suites in tests/built/ read the built site. `npm test` runs before any build on a
 * fresh clone, so there they skip and say so; `npm run test:browser` builds first and runs
 * them with the browser suites.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '../../dist');

/** True when `file` (relative to dist/) exists; otherwise prints why the suite is skipped. */
export function builtSite(file: string, suite: string): boolean {
  if (existsSync(join(DIST, file))) return true;
  console.warn(`SKIPPED ${relative(process.cwd(), suite)}: dist/${file.replace(/^\//, '')} does not exist. ` +
    'These checks of the built site run in `npm run test:browser` (which builds), or after `npm run build`.');
  return false;
}
