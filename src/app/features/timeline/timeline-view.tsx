// The timeline section: controls, a focusable canvas, and the effects that drive ONE
// TimelineController (created once per mount, destroyed on unmount, so StrictMode's double
// mount leaves exactly one vis Timeline in the container).
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline.css';
import type { KeyboardEvent } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Actor, Arc, DiplomaticEvent, Episode } from '../../../domain/dataset-schema.ts';
import { getEventQuietPeriods } from './event-quiet-periods.ts';
import type { TimelineLanes } from './lanes.ts';
import type { QuietPeriod } from './quiet-periods.ts';
import { TimelineControls } from './timeline-controls.tsx';
import type { TimelineCallbacks, TimelineInitialState } from './timeline-controller.ts';
import { TimelineController } from './timeline-controller.ts';
import type { TimelineWindow } from './timeline-data.ts';
import { getKeyCommand, KEYBOARD_HELP } from './timeline-keys.ts';
import { useFeedIndex } from './use-feed-index.ts';

/** Share of the visible width one "Move" step pans. */
const PAN_FRACTION = 0.25;

export interface TimelineViewProps {
  readonly events: readonly DiplomaticEvent[];
  readonly episodes: readonly Episode[];
  /** Longer stories: shown as bands instead of their episodes when zoomed out. */
  readonly arcs?: readonly Arc[];
  /** Names for the actor lanes (keyed by actor id); ids are shown when absent. */
  readonly actorsById?: ReadonlyMap<string, Actor>;
  readonly selectedEventId: string | null;
  /** Days at the left and right edges; null fits all events. */
  readonly window: TimelineWindow | null;
  /** The user picked an event on the timeline (null: clicked empty space or pressed Esc). */
  onSelect(eventId: string | null): void;
  /** The user panned or zoomed (debounced, whole days). Not called for prop-driven moves. */
  onWindowChange(window: TimelineWindow): void;
  /** Controlled lane mode; leave undefined to let the view keep it (starts at 'episode'). */
  readonly lanes?: TimelineLanes;
  onLanesChange?(lanes: TimelineLanes): void;
  /** Quiet periods that may be hidden; computed from `events` when absent (the shell passes
   *  the whole dataset's, so a filter does not move the breaks). */
  readonly quietPeriods?: readonly QuietPeriod[];
  /** Hide the quiet periods (default true); false shows true scale. */
  readonly compress?: boolean;
  onCompressChange?(compress: boolean): void;
}

const NO_PERIODS: readonly QuietPeriod[] = [];

export function TimelineView(props: TimelineViewProps) {
  const { events, episodes, arcs, actorsById, selectedEventId, onSelect, onWindowChange, onLanesChange } =
    props;
  const [ownLanes, setOwnLanes] = useState<TimelineLanes>('episode');
  const lanes = props.lanes ?? ownLanes;
  // Sorted and bucketed once per set of events: the controller feeds vis from it per range.
  const index = useFeedIndex(events, episodes, lanes, actorsById, arcs);
  const ownPeriods = useMemo(
    () => (props.quietPeriods ? NO_PERIODS : getEventQuietPeriods(events, episodes)),
    [props.quietPeriods, events, episodes],
  );
  const periods = props.quietPeriods ?? ownPeriods;
  const compress = props.compress ?? true;
  const hidden = compress ? periods : NO_PERIODS;
  const windowStart = props.window?.start ?? null;
  const windowEnd = props.window?.end ?? null;

  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const callbacksRef = useRef<TimelineCallbacks>({ onSelect, onWindowChange });
  const initialRef = useRef<TimelineInitialState | null>(null);
  const helpId = useId();

  // Declared first: the controller always calls the latest callbacks, and is created with the
  // props of the render that mounts it.
  useEffect(() => {
    callbacksRef.current = { onSelect, onWindowChange };
    const window = windowStart !== null && windowEnd !== null ? { start: windowStart, end: windowEnd } : null;
    initialRef.current = { index, window, selectedId: selectedEventId, quietPeriods: hidden };
  });
  useEffect(() => {
    if (!containerRef.current || !initialRef.current) return;
    const controller = new TimelineController(containerRef.current, initialRef.current, callbacksRef);
    controllerRef.current = controller;
    return () => {
      controllerRef.current = null;
      controller.destroy();
    };
  }, []);
  useEffect(() => {
    controllerRef.current?.setData(index);
  }, [index]);
  useEffect(() => {
    controllerRef.current?.setQuietPeriods(hidden);
  }, [hidden]);
  useEffect(() => {
    const window = windowStart !== null && windowEnd !== null ? { start: windowStart, end: windowEnd } : null;
    controllerRef.current?.setWindow(window);
  }, [windowStart, windowEnd]);
  useEffect(() => {
    controllerRef.current?.select(selectedEventId);
  }, [selectedEventId]);

  const commands = {
    'zoom-in': () => controllerRef.current?.zoomIn(),
    'zoom-out': () => controllerRef.current?.zoomOut(),
    'move-left': () => controllerRef.current?.move(-PAN_FRACTION),
    'move-right': () => controllerRef.current?.move(PAN_FRACTION),
    fit: () => controllerRef.current?.fit(),
    'clear-selection': () => onSelect(null),
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const command = getKeyCommand(event);
    if (command === null) return;
    event.preventDefault();
    commands[command]();
  };

  return (
    <section aria-label="Timeline" className="timeline">
      <TimelineControls
        lanes={lanes}
        onLanesChange={(next) => {
          setOwnLanes(next);
          onLanesChange?.(next);
        }}
        onZoomIn={commands['zoom-in']}
        onZoomOut={commands['zoom-out']}
        onFit={commands.fit}
        onMoveLeft={commands['move-left']}
        onMoveRight={commands['move-right']}
        compress={periods.length > 0 ? compress : null}
        onCompressChange={(next) => props.onCompressChange?.(next)}
      />
      <p id={helpId} className="timeline-help">
        {KEYBOARD_HELP}
      </p>
      {events.length === 0 && <p className="timeline-empty">No events to show.</p>}
      <div
        ref={containerRef}
        className="timeline-canvas"
        tabIndex={0}
        role="application"
        aria-label="Timeline"
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
      />
    </section>
  );
}
