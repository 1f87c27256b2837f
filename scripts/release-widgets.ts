/**
 * `npm run release:widgets`: releases the current widget version (routes.WIDGET_VERSION).
 * Builds the bundle twice (a release must be reproducible: both builds give the same
 * bytes), checks the size budget, then keeps the bytes in widgets/releases/<x.y.z>/ansinh.js
 * and records their sha256 and SRI hash in widgets/releases.lock.json (releaseWidget, in
 * src/lib/site/widget-releases.ts). From then on that version never changes and every later
 * build serves it.
 */
import { WIDGET_VERSION } from '../src/lib/routes.ts';
import { releaseWidget, WIDGET_LOCK_FILE } from '../src/lib/site/widget-releases.ts';
import { buildWidgets, ROOT, WIDGET_BUDGET_GZIP_BYTES } from './build-widgets.ts';
import { runCli, UsageError } from './cli.ts';

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);

runCli('release-widgets', async () => {
  const version = WIDGET_VERSION;
  const first = await buildWidgets();
  const second = await buildWidgets({ outFile: false });
  if (!sameBytes(first.code, second.code)) {
    throw new UsageError('two builds of the same source gave different bytes, so a release could not be rebuilt or checked: find what varies between builds (scripts/build-widgets.ts)');
  }
  if (first.gzipBytes > WIDGET_BUDGET_GZIP_BYTES) {
    throw new UsageError(`the bundle is ${first.gzipBytes} B min+gzip, over the budget of ${WIDGET_BUDGET_GZIP_BYTES} B (PRODUCT §6): nothing released`);
  }
  const outcome = releaseWidget(ROOT, version, first.code);
  if (outcome.status === 'refused') throw new UsageError(`nothing released:\n  ${outcome.problems.join('\n  ')}`);
  if (outcome.status === 'already-released') {
    console.log(`widget ${version} is already released and the source builds its exact bytes: nothing to do (bump WIDGET_VERSION in src/lib/routes.ts for a new release)`);
    return 0;
  }
  const { script, file } = outcome;
  console.log([
    `released widget ${version}: ${file}`,
    `  sha256 ${script.sha256}`,
    `  integrity ${script.integrity}`,
    `  ${script.bytes} B, ${first.gzipBytes} B min+gzip`,
    `Commit ${file} and ${WIDGET_LOCK_FILE} with the change that set WIDGET_VERSION to ${version}.`,
  ].join('\n'));
  return 0;
});
