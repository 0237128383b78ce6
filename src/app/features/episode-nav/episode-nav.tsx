// The overview strip: every episode as a labelled block on the time axis, arcs in a row above,
// and the timeline's current window marked. A click or Enter zooms the timeline to a block.
// Keyboard: the blocks of a row are one tab stop; arrow keys, Home and End move between them.
import './episode-nav.css';
import type { CSSProperties, KeyboardEvent } from 'react';
import { useMemo, useRef, useState } from 'react';
import type { Arc, Episode } from '../../../domain/dataset-schema.ts';
import { formatIsoDay } from '../../../domain/format-date.ts';
import { getEpisodeWindow } from './get-episode-window.ts';
import type { HiddenSpan, StripBlock } from './strip-layout.ts';
import { getStripLayout } from './strip-layout.ts';

export interface EpisodeNavProps {
  readonly episodes: readonly Episode[];
  readonly arcs?: readonly Arc[];
  /** The timeline's visible window (ISO days); null when it shows everything. */
  readonly window: { readonly start: string; readonly end: string } | null;
  onSelectWindow(from: string, to: string): void;
  /** Stretches the timeline hides ({ hidden: ms span }), so the strip uses the same axis. */
  readonly quietPeriods?: readonly { readonly hidden: HiddenSpan }[];
}

/** One empty list for every render: a new `[]` each time would redo the strip's layout (memoised
 *  on `arcs`) on every render, ~5 ms with 500 episodes. */
const NO_ARCS: readonly Arc[] = [];

/** Less than this share of the strip is too narrow for a title. */
const LABEL_MIN_SHARE = 0.05;

/** Where a block writes its title: inside it, beside it (a short episode among long gaps, in the
 *  free space up to the next block), or nowhere (its name is still read out and in its tooltip). */
function getLabelFit(width: number, room: number): 'inside' | 'beside' | 'none' {
  if (width >= LABEL_MIN_SHARE) return 'inside';
  return room >= LABEL_MIN_SHARE ? 'beside' : 'none';
}

export function EpisodeNav({
  episodes,
  arcs = NO_ARCS,
  window,
  onSelectWindow,
  quietPeriods,
}: EpisodeNavProps) {
  const layout = useMemo(
    () =>
      getStripLayout(
        episodes,
        arcs,
        (quietPeriods ?? []).map((p) => p.hidden),
      ),
    [episodes, arcs, quietPeriods],
  );
  if (episodes.length === 0) return null;
  const marker = window && {
    left: layout.toShare(window.start),
    right: layout.toShare(window.end),
  };
  // Nothing is "current" while the timeline shows everything.
  const isInView = (span: { start: string; end: string }) =>
    window !== null && span.start <= window.end && span.end >= window.start;
  const select = (span: { start: string; end: string }) => {
    const { from, to } = getEpisodeWindow(span);
    onSelectWindow(from, to);
  };
  return (
    <nav className="episode-nav" aria-label="Episodes">
      {layout.arcs.length > 0 && (
        <BlockRow
          label="Arcs"
          kind="arc"
          blocks={layout.arcs}
          rows={1}
          isInView={isInView}
          onSelect={select}
        />
      )}
      <BlockRow
        label="Episodes"
        kind="episode"
        blocks={layout.episodes}
        rows={layout.rows}
        isInView={isInView}
        onSelect={select}
      />
      {layout.ticks.length > 0 && (
        <div className="episode-nav__axis" aria-hidden="true">
          {layout.ticks.map(({ year, share }) => (
            <span key={year} style={{ left: pct(share) }}>
              {year}
            </span>
          ))}
        </div>
      )}
      {marker && (
        <div
          className="episode-nav__window"
          aria-hidden="true"
          style={{ left: pct(marker.left), width: pct(Math.max(marker.right - marker.left, 0.004)) }}
        />
      )}
    </nav>
  );
}

interface BlockRowProps<T extends Episode | Arc> {
  readonly label: string;
  readonly kind: 'episode' | 'arc';
  readonly blocks: readonly StripBlock<T>[];
  readonly rows: number;
  isInView(span: T): boolean;
  onSelect(span: T): void;
}

function BlockRow<T extends Episode | Arc>({
  label,
  kind,
  blocks,
  rows,
  isInView,
  onSelect,
}: BlockRowProps<T>) {
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(active, blocks.length - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const next = getNextIndex(event.key, current, blocks.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  };
  return (
    <ul
      className={`episode-nav__row episode-nav__row--${kind}`}
      aria-label={label}
      style={{ '--rows': rows } as CSSProperties}
      onKeyDown={onKeyDown}
    >
      {blocks.map(({ item, left, width, row, room }, i) => {
        const dates = `${formatIsoDay(item.start)} – ${formatIsoDay(item.end)}`;
        const fit = getLabelFit(width, room);
        return (
          <li
            key={item.id}
            style={{
              left: pct(left),
              width: pct(fit === 'beside' ? room : width),
              top: `calc(${row} * var(--block-step))`,
            }}
          >
            <button
              ref={(element) => {
                buttons.current[i] = element;
              }}
              type="button"
              className={`episode-nav__block episode-nav__block--${kind}`}
              tabIndex={i === current ? 0 : -1}
              aria-label={`${item.title}, ${dates}`}
              aria-current={isInView(item) ? 'true' : undefined}
              title={`${item.title} (${dates})`}
              data-label={fit}
              style={fit === 'beside' ? ({ '--mark-width': pct(width / room) } as CSSProperties) : undefined}
              onFocus={() => setActive(i)}
              onClick={() => onSelect(item)}
            >
              <span aria-hidden="true">{item.title}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Arrow keys step, Home and End jump; any other key is not ours. */
function getNextIndex(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

const pct = (share: number) => `${(share * 100).toFixed(3)}%`;
