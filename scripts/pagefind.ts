/**
 * `tsx scripts/pagefind.ts [DIR]`, the last step of `npm run build`: indexes the built site
 * (default `dist`) with Pagefind's Node API and writes the index to `DIR/pagefind/`, where
 * the search pages load `/pagefind/pagefind.js`. Pagefind runs from its npm package (the
 * platform binary is an optional dependency), so nothing is downloaded. It indexes what is
 * inside `data-pagefind-body` (the layout's <main>) and splits the index by `<html lang>`:
 * Vietnamese and English pages get separate indexes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { runCli, UsageError } from './cli.ts';

runCli('pagefind', async () => {
  const args = process.argv.slice(2);
  if (args.length > 1) throw new UsageError(`expected at most one site folder, got ${args.length}: ${args.join(' ')}`);
  const site = args[0] ?? 'dist';
  if (!existsSync(join(site, 'index.html'))) throw new UsageError(`${site}/index.html not found: run astro build first`);

  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; ') || 'createIndex returned no index');
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    if (added.page_count === 0) throw new Error(`no pages indexed in ${site}`);
    const outputPath = join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    console.log(`pagefind: ${added.page_count} pages indexed into ${outputPath}`);
    return 0;
  } finally {
    await pagefind.close();
  }
});
