/**
 * The chart's tooltip, for the site's pages (src/scripts/chart-tooltip.ts) and the widget:
 * on hover or keyboard focus of a year's group, a box beside it with the year's values in
 * the words of the group's `aria-label`. Progressive enhancement: without JavaScript the
 * values are written on the chart and in the table. Positions are set through CSSOM
 * (`style.left`), which a strict CSP allows; the text is set as text.
 */

/** Shows the tooltip for the year group around `target` inside the tooltip's box, or hides it. */
export function showTip(tip: HTMLElement, target: EventTarget | null): void {
  const box = tip.parentElement;
  const group = target instanceof Element ? target.closest('.yr') : null;
  const label = group?.getAttribute('aria-label');
  if (!box || !group || !label) {
    tip.hidden = true;
    return;
  }
  const at = label.indexOf(': ');
  tip.textContent = [label.slice(0, at), ...label.slice(at + 2).split('; ')].join('\n');
  tip.hidden = false;
  const b = box.getBoundingClientRect();
  const r = (group.firstElementChild ?? group).getBoundingClientRect();
  const w = tip.offsetWidth;
  // Beside the year's slot (right, else left), below it when neither side has room.
  const side = r.right + 6 + w <= b.right ? r.right + 6 : r.left - 6 - w >= b.left ? r.left - 6 - w : -1;
  tip.style.left = `${Math.max(0, side < 0 ? Math.min(r.left, b.right - w) : side) - b.left}px`;
  tip.style.top = `${(side < 0 ? r.bottom + 4 : r.top + 4) - b.top}px`;
}

/** Wires a chart box (positioned) and its tooltip element: pointer, focus and Escape. */
export function enableTooltip(box: HTMLElement, tip: HTMLElement): void {
  // The group's own label already tells assistive technology what the tooltip shows.
  tip.setAttribute('aria-hidden', 'true');
  const show = (e: Event) => showTip(tip, e.target);
  const hide = () => {
    tip.hidden = true;
  };
  box.addEventListener('pointerover', show);
  box.addEventListener('focusin', show);
  box.addEventListener('pointerleave', hide);
  box.addEventListener('focusout', hide);
  box.addEventListener('keydown', (e) => e.key === 'Escape' && hide());
}
