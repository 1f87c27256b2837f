/**
 * The widget scripts: every exact version ever released, from its kept bytes
 * (widgets/releases/<x.y.z>/ansinh.js, immutable), the current draft if there is one, and
 * one major alias per major (`v1`) serving the newest release of that major. An alias
 * serves the same bytes as its exact version, so that version's SRI hash is valid for both.
 */
import type { APIRoute } from 'astro';
import { widgetScripts } from '../../../lib/site/widget-bundle.ts';

export function getStaticPaths() {
  const { versions, aliases, currentScript, current } = widgetScripts();
  if (!currentScript) throw new Error(`the widget bundle of the draft ${current} is missing: run npm run build:widgets before astro build`);
  const script = (version: string) => versions.find((v) => v.version === version)!;
  return [
    ...versions.map((v) => ({ params: { version: v.version }, props: { content: v.content } })),
    ...aliases.map((a) => ({ params: { version: a.major }, props: { content: script(a.version).content } })),
  ];
}

export const GET: APIRoute<{ content: Uint8Array<ArrayBuffer> }> = ({ props }) =>
  new Response(props.content, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
