import { loadData } from '../data/load.ts';
import type { Dataset } from '../data/model.ts';

/**
 * Datasets loaded in this process, by folder and preview setting. Kept on globalThis: in a
 * build this module is evaluated twice, in the pages' bundle and in the integration of
 * astro.config.mjs that writes the data files after the pages (src/lib/outputs/build.ts),
 * and both must use one load of the data.
 */
const loaded: Map<string, Dataset> = ((globalThis as { [k: symbol]: Map<string, Dataset> | undefined })[Symbol.for('ansinh.datasets')] ??= new Map());

/** True for a preview build (`npm run preview`): drafts are shown as if released. */
export const isPreview = (): boolean => process.env.ANSINH_PREVIEW === '1';

/**
 * The dataset the site is built from, loaded once per build. `ANSINH_DATA` selects another
 * folder (the benchmark's synthetic data). A folder with problems stops the build with the
 * checker's count rather than publishing a half-valid site.
 *
 * In a preview build every draft is treated as released, so a maintainer sees the pages,
 * charts and "what changed" of a release before making it; such a build is never deployed.
 */
export function getDataset(): Dataset {
  const dir = process.env.ANSINH_DATA ?? 'data';
  const key = `${isPreview() ? 'preview' : 'site'}\n${dir}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const { data, problems } = loadData(dir);
  if (problems.size > 0) {
    throw new Error(`${problems.size} problems in ${dir}: run npm run check:data -- ${dir}`);
  }
  if (isPreview()) {
    data.indicators = data.indicators.map((ind) => {
      const versions = ind.versions.map((v) => ({ ...v, released: true }));
      return { ...versions.at(-1)!.meta, versions };
    });
  }
  loaded.set(key, data);
  return data;
}
