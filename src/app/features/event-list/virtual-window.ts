// Arithmetic for a list of fixed-height rows inside a scroll container.
//   40 rows of 50px, viewport 200px scrolled to 500, overscan 2 → rows 8..16 (end exclusive)

export interface RowRange {
  /** First rendered row. */
  readonly start: number;
  /** One past the last rendered row. */
  readonly end: number;
}

export interface ViewportMetrics {
  readonly count: number;
  readonly rowHeight: number;
  readonly scrollTop: number;
  readonly viewportHeight: number;
}

/** Rows that intersect the viewport, plus `overscan` rows on each side. */
export function getVisibleRange(m: ViewportMetrics, overscan: number): RowRange {
  if (m.count === 0 || m.rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, m.scrollTop) / m.rowHeight);
  const last = Math.ceil((Math.max(0, m.scrollTop) + m.viewportHeight) / m.rowHeight);
  return { start: clamp(first - overscan, 0, m.count), end: clamp(last + overscan, 0, m.count) };
}

/** The scroll position that shows the whole row with the least movement (unchanged if already shown). */
export function getScrollTopToReveal(index: number, m: ViewportMetrics): number {
  const top = index * m.rowHeight;
  const bottom = top + m.rowHeight;
  if (top < m.scrollTop || m.viewportHeight < m.rowHeight) return top;
  if (bottom > m.scrollTop + m.viewportHeight) return bottom - m.viewportHeight;
  return m.scrollTop;
}

/** Row indexes to render: the range, plus the keyboard's tab stop so focus never sits on a removed row. */
export function getRenderedRows(range: RowRange, tabStop: number): number[] {
  const rows: number[] = [];
  if (tabStop >= 0 && tabStop < range.start) rows.push(tabStop);
  for (let i = range.start; i < range.end; i++) rows.push(i);
  if (tabStop >= range.end) rows.push(tabStop);
  return rows;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
