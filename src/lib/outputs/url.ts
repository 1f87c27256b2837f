/**
 * The site's public origin and the absolute URLs built on it. One setting, the
 * environment variable `ANSINH_SITE` read by astro.config.mjs, gives the origin; every
 * absolute URL the build writes (page metadata, snippets, citations, feeds, sitemap,
 * catalog, data packages, downloads) comes from it through Astro's `site`.
 */

/** The origin used when `ANSINH_SITE` is not set: a reserved example domain, never deployed. */
export const SITE_PLACEHOLDER = 'https://ansinh.example.org';

/** The origin a build uses, and whether it is the placeholder. */
export interface SiteSetting {
  /** Scheme and host (and port), without a trailing slash: `https://ansinh.example.org`. */
  site: string;
  placeholder: boolean;
}

/**
 * Reads the `ANSINH_SITE` value. Empty or absent: the placeholder. Otherwise it must be
 * an http(s) origin, without a path, query or fragment (the site's links are
 * root-relative, so it is served at the root of its origin); anything else throws an
 * error that names the setting and the value.
 */
export function siteSetting(value: string | undefined): SiteSetting {
  const raw = value?.trim() ?? '';
  if (raw === '') return { site: SITE_PLACEHOLDER, placeholder: true };
  const problem = `ANSINH_SITE must be the site's public origin, scheme and host only, e.g. https://opendata.example.vn; got "${raw}"`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(problem);
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash || url.pathname !== '/' || /[?#]$/.test(raw)) {
    throw new Error(`${problem} (the site is served at the root of its origin: no path, query or fragment)`);
  }
  return { site: url.origin, placeholder: false };
}

/** The line a build prints when it uses the placeholder origin. */
export const placeholderNotice = (): string =>
  `ANSINH_SITE is not set: absolute URLs (citations, snippets, feeds, sitemap, catalog) use the placeholder ${SITE_PLACEHOLDER}; set ANSINH_SITE=https://… before building a site to deploy.`;

/**
 * An absolute URL from the site's base URL (Astro's `site`, e.g. `https://ansinh.example.org`)
 * and a root-relative path from routes.ts. A path in `site` is kept.
 */
export function absoluteUrl(site: string | URL, path: string): string {
  const base = String(site);
  if (!/^https?:\/\//.test(base)) throw new Error(`site must be an absolute http(s) URL, got "${base}" (set ANSINH_SITE)`);
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
