/**
 * The widget bundle at its exact-version path (immutable) and at the major alias. Both serve
 * the same bytes, so the catalog's SRI hash is valid for either.
 */
import type { APIRoute } from 'astro';
import { WIDGET_MAJOR, WIDGET_VERSION } from '../../../lib/routes.ts';
import { widgetBundle } from '../../../lib/site/widget-bundle.ts';

export function getStaticPaths() {
  return [{ params: { version: WIDGET_VERSION } }, { params: { version: WIDGET_MAJOR } }];
}

export const GET: APIRoute = () => {
  const bundle = widgetBundle();
  if (!bundle) throw new Error('the widget bundle is missing: run npm run build:widgets before astro build');
  return new Response(bundle.bytes, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
