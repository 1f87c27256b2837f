import { loadData } from '../data/load.ts';
import type { Dataset } from '../data/model.ts';

let cached: Dataset | undefined;

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
  if (cached) return cached;
  const dir = process.env.ANSINH_DATA ?? 'data';
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
  cached = data;
  return data;
}
