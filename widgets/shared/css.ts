/**
 * The widgets' stylesheets, written as `css` templates of literal CSS (never an
 * interpolation: the build minifies their text, scripts/build-widgets.ts). The text is
 * what the element adopts (AnsinhElement: one constructed stylesheet per element kind).
 */
export const css = (strings: TemplateStringsArray): string => strings[0]!;
