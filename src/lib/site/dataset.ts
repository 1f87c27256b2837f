import { loadData } from '../data/load.ts';
import type { Dataset } from '../data/model.ts';

let cached: Dataset | undefined;

/**
 * The dataset the site is built from, loaded once per build. `ANSINH_DATA` selects another
 * folder (the benchmark's synthetic data). A folder with problems stops the build with the
 * checker's count rather than publishing a half-valid site.
 */
export function getDataset(): Dataset {
  if (cached) return cached;
  const dir = process.env.ANSINH_DATA ?? 'data';
  const { data, problems } = loadData(dir);
  if (problems.size > 0) {
    throw new Error(`${problems.size} problems in ${dir}: run npm run check:data -- ${dir}`);
  }
  cached = data;
  return data;
}
