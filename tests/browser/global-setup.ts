/**
 * Runs once before the browser tests: checks that Chromium and dist/ exist (one clear line
 * and exit 1 otherwise, no stack), then serves dist/ in-process on a free port and hands
 * its URL to the tests (`inject('baseUrl')`). It builds nothing: `npm run test:browser`
 * builds first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.ts';
import { chromiumPath } from './browser.ts';
import { DIST } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>/`, serving dist/. */
    baseUrl: string;
  }
}

function fail(line: string): never {
  console.error(`\n${line}\n`);
  process.exit(1);
}

export default async function setup(project: TestProject) {
  const chromium = chromiumPath();
  if (!existsSync(chromium)) {
    fail(process.env.CHROMIUM_PATH
      ? `Chromium not found at ${chromium} (CHROMIUM_PATH)`
      : `Chromium not found at ${chromium}: apt-get install chromium`);
  }
  if (!existsSync(join(DIST, 'index.html'))) fail(`${DIST} has no index.html: run npm run build first`);
  const server = await startServer({ dir: DIST, port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
