// vis-timeline scrolls tall lanes inside its own label column (.vis-panel.vis-left, overflow-y:
// scroll), a scrollable region that no key could reach (axe: scrollable-region-focusable). While
// the lanes overflow, that column is a named tab stop: Up/Down and Page Up/Down scroll it natively,
// and vis-timeline's own scroll listener on the column moves the items with it. When everything
// fits it leaves the tab order again. vis rewrites the column's class on each redraw, never its
// other attributes, so these survive redraws; call this after each one.
export const LANE_PANEL_LABEL = 'Lanes: Up and Down arrow keys scroll';

export function updateLanePanelAccess(container: HTMLElement): void {
  const panel = container.querySelector<HTMLElement>('.vis-panel.vis-left');
  if (!panel) return;
  const scrollable = panel.scrollHeight > panel.clientHeight + 1;
  if (!scrollable) {
    panel.removeAttribute('tabindex');
    panel.removeAttribute('role');
    panel.removeAttribute('aria-label');
    return;
  }
  if (panel.tabIndex !== 0) panel.tabIndex = 0;
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', LANE_PANEL_LABEL);
}
