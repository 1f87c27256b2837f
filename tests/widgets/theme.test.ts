import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/lib/charts/palette.ts';
import { minifyTemplates } from '../../scripts/build-widgets.ts';
import { themeCss } from '../../widgets/shared/theme.ts';

/** The default of each `--name: var(--ansinh-…, #hex)` in a CSS block; a `light-dark(#a, #b)` pair gives its light or dark one. */
function tokens(block: string, mode: 'light' | 'dark' = 'light'): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--(\w+):var\(--ansinh-[\w-]+,(?:(#[0-9a-f]{6})|light-dark\((#[0-9a-f]{6}),(#[0-9a-f]{6})\))\)/g)].map((m) => [m[1]!, m[2] ?? (mode === 'light' ? m[3]! : m[4]!)]));
}

/** The stylesheet as the bundle carries it (scripts/build-widgets.ts minifies the template). */
const css = minifyTemplates(`css\`${themeCss}\``).slice(4, -1);
/** The block of the first rule matching `selector` (`{` … `}`), after `from`. */
const block = (selector: string, from = 0) => {
  const i = css.indexOf(`${selector}{`, from);
  return css.slice(i, css.indexOf('}', i));
};

describe('widget colours', () => {
  const light = tokens(block('.w'));
  // The explicit dark theme, and the host's dark scheme through light-dark().
  const dark = { ...light, ...tokens(block('.w.dark')) };
  const hostDark = { ...light, ...tokens(block('.w', css.indexOf('@supports')), 'dark') };
  it('are read from the stylesheet', () => {
    expect(Object.keys(light)).toEqual(['bg', 'fg', 'muted', 'link', 'actual', 'plan', 'target']);
    expect(dark.bg).toBe('#111111');
    expect(hostDark).toEqual(dark);
  });
  for (const [mode, t] of [['light', light], ['dark', dark]] as const) {
    it(`pass WCAG AA in ${mode} mode: text 4.5:1, marks 3:1`, () => {
      for (const text of ['fg', 'muted', 'link'] as const) expect(contrast(t[text]!, t.bg!), `${text} on bg`).toBeGreaterThanOrEqual(4.5);
      for (const mark of ['actual', 'plan', 'target'] as const) expect(contrast(t[mark]!, t.bg!), `${mark} on bg`).toBeGreaterThanOrEqual(3);
    });
  }
});
