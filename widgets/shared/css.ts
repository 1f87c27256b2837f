import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The widgets' stylesheets, written as `css` templates of literal CSS (never an
 * interpolation: the build minifies their text, scripts/build-widgets.ts). Lit's own `css`
 * tag checks interpolated values at run time; with none to check, its code and its long
 * error message stay out of the bundle.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
