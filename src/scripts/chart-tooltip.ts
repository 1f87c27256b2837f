/**
 * On indicator pages: a tooltip for each chart (src/lib/charts/tooltip.ts). Everything it
 * shows is also written on the chart and in the table; this only adds the words on hover
 * and keyboard focus.
 */
import { enableTooltip } from '../lib/charts/tooltip.ts';

for (const box of document.querySelectorAll<HTMLElement>('.chart-box')) {
  const tip = document.createElement('div');
  tip.className = 'ansinh-tip';
  tip.hidden = true;
  box.append(tip);
  enableTooltip(box, tip);
}
