/**
 * Checks a built site: every file catalog.json lists is in dist/ with the listed sha256
 * and size. Skipped, saying so, when there is no build (`npm run test:browser` builds and runs it).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFiles, type Catalog } from '../../src/lib/outputs/catalog.ts';
import { DIST, builtSite } from './dist.ts';
import { catalogPath, feedPath, robotsPath, sitemapPath } from '../../src/lib/routes.ts';

const built = builtSite(catalogPath, import.meta.filename);

describe.skipIf(!built)('the built site (dist/)', () => {
  const catalog = built ? (JSON.parse(readFileSync(join(DIST, catalogPath), 'utf8')) as Catalog) : undefined;

  it('serves every file of the catalog with the listed sha256 and size', () => {
    const listed = catalogFiles(catalog!);
    expect(listed.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const f of listed) {
      const file = join(DIST, f.url);
      if (!existsSync(file)) { wrong.push(`${f.url}: missing`); continue; }
      const bytes = readFileSync(file);
      const digest = createHash('sha256').update(bytes).digest('hex');
      if (digest !== f.sha256 || bytes.length !== f.bytes) wrong.push(`${f.url}: ${digest} (${bytes.length} bytes), catalog says ${f.sha256} (${f.bytes})`);
    }
    expect(wrong).toEqual([]);
  });

  it('publishes nothing under /data/ that the catalog does not list', () => {
    const listed = new Set([catalogPath, ...catalogFiles(catalog!).map((f) => f.url)]);
    const served = readdirSync(join(DIST, 'data'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${join(e.parentPath, e.name).slice(DIST.length + 1).split('\\').join('/')}`);
    // Chart images (chart-<lang>.svg|png in version folders) are renderings of the data
    // files, not data: the catalog does not list them; tests/built/chart-images.test.ts
    // checks exactly which exist.
    const data = served.filter((p) => !/\/chart-(vi|en)\.(svg|png)$/.test(p));
    expect(data.filter((p) => !listed.has(p))).toEqual([]);
    expect(data).toHaveLength(listed.size);
  });

  it('has schemaVersion 1, the feeds, the sitemap and robots.txt', () => {
    expect(catalog!.schemaVersion).toBe(1);
    for (const path of [feedPath('vi'), feedPath('en'), sitemapPath, robotsPath]) expect(existsSync(join(DIST, path)), path).toBe(true);
  });
});
