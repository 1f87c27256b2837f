/**
 * An absolute URL from the site's base URL (Astro's `site`, e.g. `https://ansinh.example.org`)
 * and a root-relative path from routes.ts. A path in `site` is kept.
 */
export function absoluteUrl(site: string, path: string): string {
  if (!/^https?:\/\//.test(site)) throw new Error(`site must be an absolute http(s) URL, got "${site}" (set "site" in astro.config.mjs)`);
  return `${site.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
