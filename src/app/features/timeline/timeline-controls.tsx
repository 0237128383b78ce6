import { useId } from 'react';
import type { TimelineLanes } from './lanes.ts';
import { isTimelineLanes, LANE_OPTIONS } from './lanes.ts';

export interface TimelineControlsProps {
  lanes: TimelineLanes;
  onLanesChange(lanes: TimelineLanes): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onMoveLeft(): void;
  onMoveRight(): void;
  /** Whether quiet periods are hidden; null when there are none to hide (no switch shown). */
  compress: boolean | null;
  onCompressChange(compress: boolean): void;
}

/** Buttons and the lane switch next to the timeline. Symbols are decoration: names are words (on
 *  phones only the symbols show, the words stay as the buttons' names, so the row fits one line). */
export function TimelineControls({
  lanes,
  onLanesChange,
  onZoomIn,
  onZoomOut,
  onFit,
  onMoveLeft,
  onMoveRight,
  compress,
  onCompressChange,
}: TimelineControlsProps) {
  const lanesId = useId();
  const compressId = useId();
  return (
    <div className="timeline-controls">
      <div className="timeline-controls__buttons" role="group" aria-label="Move and zoom">
        <button type="button" onClick={onMoveLeft}>
          <span aria-hidden="true">←</span> <span className="visually-hidden-on-phone">Move left</span>
        </button>
        <button type="button" onClick={onMoveRight}>
          <span className="visually-hidden-on-phone">Move right</span> <span aria-hidden="true">→</span>
        </button>
        <button type="button" onClick={onZoomIn}>
          <span aria-hidden="true">+</span> <span className="visually-hidden-on-phone">Zoom in</span>
        </button>
        <button type="button" onClick={onZoomOut}>
          <span aria-hidden="true">−</span> <span className="visually-hidden-on-phone">Zoom out</span>
        </button>
        <button type="button" onClick={onFit}>
          Fit all
        </button>
      </div>
      {compress !== null && (
        <div className="timeline-controls__compress">
          <input
            id={compressId}
            type="checkbox"
            checked={compress}
            onChange={(event) => onCompressChange(event.target.checked)}
          />
          <label htmlFor={compressId}>Compress quiet periods</label>
        </div>
      )}
      <div className="timeline-controls__lanes">
        <label htmlFor={lanesId}>Lanes</label>
        <select
          id={lanesId}
          value={lanes}
          onChange={(event) => {
            if (isTimelineLanes(event.target.value)) onLanesChange(event.target.value);
          }}
        >
          {LANE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
