/**
 * Colours of the widgets in light and dark mode, and how `theme="auto"` decides. Marks use
 * the site's chart palette (src/lib/charts/palette.ts: actual #2874c8, plan #c4511f,
 * target #8459d4) in both modes; text colours reach WCAG AA (4.5:1) and marks 3:1 against
 * the widget's own background (tests/widgets/theme.test.ts reads them from this CSS). A
 * host may override any of them with the `--ansinh-*` custom properties (README). Print is
 * always light.
 */
import { css } from './css.ts';
import type { Theme } from './attributes.ts';

export const themeCss = css`
  .w {
    --bg: var(--ansinh-background, #ffffff);
    --fg: var(--ansinh-color, #1a1a1a);
    --muted: var(--ansinh-muted, #595959);
    --link: var(--ansinh-link, #1a5fb4);
    --actual: var(--ansinh-actual, #2874c8);
    --plan: var(--ansinh-plan, #c4511f);
    --target: var(--ansinh-target, #8459d4);
    color-scheme: light;
  }
  @media screen {
    .w.dark {
      --bg: var(--ansinh-background, #111111);
      --fg: var(--ansinh-color, #ededed);
      --muted: var(--ansinh-muted, #b3b3b3);
      --link: var(--ansinh-link, #8cb8f2);
      color-scheme: dark;
    }
  }
`;

/**
 * Whether a widget draws dark. `auto` (or anything but `light` / `dark`, which the widget
 * reports as a problem anyway) follows the host: an element whose computed
 * `color-scheme` is only `dark` (or only `light`) says so; otherwise (`normal`, or
 * `light dark`) the reader's `prefers-color-scheme` decides.
 */
export function isDark(theme: Theme | string | undefined, el: Element): boolean {
  if (theme === 'light' || theme === 'dark') return theme === 'dark';
  const scheme = getComputedStyle(el).colorScheme;
  if (scheme === 'dark' || scheme === 'light') return scheme === 'dark';
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
