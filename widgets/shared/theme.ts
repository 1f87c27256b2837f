/**
 * Colours of the widgets in light and dark mode, and how the theme is chosen. Marks use
 * the site's chart palette (src/lib/charts/palette.ts: actual #2874c8, plan #c4511f,
 * target #8459d4) in both modes; text colours reach WCAG AA (4.5:1) and marks 3:1 against
 * the widget's own background (tests/widgets/theme.test.ts reads them from this CSS). A
 * host may override any of them with the `--ansinh-*` custom properties (README). Print is
 * always light.
 *
 * The choice is CSS, not script, so it follows every change at once (the host toggling
 * its scheme, the reader's OS setting) and never paints the wrong colours first:
 * - no `theme`: the box inherits the host's `color-scheme` (`:root { color-scheme: dark }`,
 *   `<meta name="color-scheme" content="dark">`, or one set on any ancestor) and its
 *   colours are `light-dark()` pairs, so it is dark where the host renders dark, and light
 *   otherwise — a host that declares nothing is light whatever the reader's OS prefers;
 * - `theme="auto"`: `color-scheme: light dark`, so the reader's `prefers-color-scheme`;
 * - `theme="light"` / `theme="dark"`: that scheme.
 * Browsers without `light-dark()` (before 2024) draw light unless `theme="dark"`.
 */
import { css } from './css.ts';

export const themeCss = css`
  .w {
    --bg: var(--ansinh-background, #ffffff);
    --fg: var(--ansinh-color, #1a1a1a);
    --muted: var(--ansinh-muted, #595959);
    --link: var(--ansinh-link, #1a5fb4);
    --actual: var(--ansinh-actual, #2874c8);
    --plan: var(--ansinh-plan, #c4511f);
    --target: var(--ansinh-target, #8459d4);
  }
  @supports (color: light-dark(#000, #fff)) {
    .w {
      --bg: var(--ansinh-background, light-dark(#ffffff, #111111));
      --fg: var(--ansinh-color, light-dark(#1a1a1a, #ededed));
      --muted: var(--ansinh-muted, light-dark(#595959, #b3b3b3));
      --link: var(--ansinh-link, light-dark(#1a5fb4, #8cb8f2));
    }
  }
  .light {
    color-scheme: light;
  }
  @media screen {
    .auto {
      color-scheme: light dark;
    }
    .w.dark {
      --bg: var(--ansinh-background, #111111);
      --fg: var(--ansinh-color, #ededed);
      --muted: var(--ansinh-muted, #b3b3b3);
      --link: var(--ansinh-link, #8cb8f2);
      color-scheme: dark;
    }
  }
  @media print {
    .w {
      color-scheme: light;
    }
  }
`;
