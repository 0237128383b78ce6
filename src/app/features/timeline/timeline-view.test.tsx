import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import type { Mock } from 'vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineViewProps } from './timeline-view.tsx';
import { TimelineView } from './timeline-view.tsx';
import { makeEvent } from './timeline-fixtures.ts';

// jsdom cannot lay vis-timeline out, so a fake Timeline records what the view asks of it.
const fakes = vi.hoisted(() => ({ timelines: [] as FakeTimelineShape[] }));
interface FakeTimelineShape {
  items: { getIds(): (string | number)[] };
  groups: { getIds(): (string | number)[] };
  emit(event: string, props?: unknown): void;
  firstDraw(): void;
  destroy: ReturnType<typeof vi.fn>;
  setSelection: ReturnType<typeof vi.fn>;
  setWindow: Mock<(start: number, end: number, options?: unknown, done?: () => void) => void>;
  setOptions: ReturnType<typeof vi.fn>;
  window: { start: Date; end: Date };
  zoomIn: ReturnType<typeof vi.fn>;
  fit: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
}

vi.mock('vis-timeline/esnext', () => {
  class Timeline {
    handlers = new Map<string, ((props?: unknown) => void)[]>();
    selection: string[] = [];
    window = { start: new Date(2017, 0, 1), end: new Date(2017, 1, 1) };
    constructor(
      _container: HTMLElement,
      public items: unknown,
      public groups: unknown,
      public options: { onInitialDrawComplete?: () => void },
    ) {
      fakes.timelines.push(this as unknown as FakeTimelineShape);
    }
    /** Like vis-timeline: fit itself, then call onInitialDrawComplete. */
    firstDraw = () => {
      this.window = { start: new Date(2017, 0, 1), end: new Date(2017, 1, 1) };
      this.options.onInitialDrawComplete?.();
    };
    on = (event: string, cb: (props?: unknown) => void) =>
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), cb]);
    off = (event: string, cb: (props?: unknown) => void) =>
      this.handlers.set(
        event,
        (this.handlers.get(event) ?? []).filter((h) => h !== cb),
      );
    emit = (event: string, props?: unknown) => this.handlers.get(event)?.forEach((h) => h(props));
    destroy = vi.fn();
    redraw = vi.fn();
    getWindow = () => this.window;
    getSelection = () => this.selection;
    setSelection = vi.fn((ids: string[]) => (this.selection = ids));
    setWindow = vi.fn((start: number, end: number, _options?: unknown, done?: () => void) => {
      this.window = { start: new Date(start), end: new Date(end) };
      done?.();
    });
    zoomIn = vi.fn((_p: number, _o: unknown, done?: () => void) => done?.());
    zoomOut = vi.fn((_p: number, _o: unknown, done?: () => void) => done?.());
    fit = vi.fn((_o: unknown, done?: () => void) => done?.());
    focus = vi.fn();
    setOptions = vi.fn();
    /** Like vis-timeline: the DataSet it reads from now on. */
    setItems = vi.fn((items: unknown) => (this.items = items));
  }
  return { Timeline };
});

const events = [makeEvent('e1', '2017-01-15'), makeEvent('e2', '2016-05-03')];

function renderView(overrides: Partial<TimelineViewProps> = {}) {
  const props: TimelineViewProps = {
    events,
    episodes: [],
    selectedEventId: null,
    window: null,
    onSelect: vi.fn(),
    onWindowChange: vi.fn(),
    // Compression has tests of its own below; elsewhere the two events' gap stays visible.
    quietPeriods: [],
    ...overrides,
  };
  const view = render(<TimelineView {...props} />);
  const timeline = fakes.timelines.at(-1) as FakeTimelineShape;
  act(() => timeline.firstDraw()); // the controller is ready from here on
  const rerender = (next: Partial<TimelineViewProps>) => view.rerender(<TimelineView {...props} {...next} />);
  return { ...view, props, timeline, rerender };
}

beforeEach(() => {
  fakes.timelines.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('TimelineView', () => {
  it('renders the controls with their names and a focusable timeline', () => {
    renderView();
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    for (const name of ['Zoom in', 'Zoom out', 'Fit all', 'Move left', 'Move right']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('combobox', { name: 'Lanes' })).toHaveValue('episode');
    const canvas = screen.getByRole('application', { name: 'Timeline' });
    expect(canvas).toHaveAttribute('tabindex', '0');
    expect(canvas).toHaveAccessibleDescription(/\+ and − zoom/);
  });

  it('creates one timeline with the items and destroys it on unmount', () => {
    const { timeline, unmount } = renderView();
    expect(fakes.timelines).toHaveLength(1);
    expect(timeline.items.getIds()).toEqual(['e1', 'e2']);
    expect(timeline.destroy).not.toHaveBeenCalled();
    unmount();
    expect(timeline.destroy).toHaveBeenCalledTimes(1);
  });

  it('leaves exactly one live timeline under StrictMode', () => {
    const noop = () => {};
    const props = {
      events,
      episodes: [],
      selectedEventId: null,
      window: null,
      onSelect: noop,
      onWindowChange: noop,
    };
    render(
      <StrictMode>
        <TimelineView {...props} />
      </StrictMode>,
    );
    const alive = fakes.timelines.filter((t) => t.destroy.mock.calls.length === 0);
    expect(alive).toHaveLength(1);
  });

  it('selects from outside without reporting the selection back', () => {
    const { timeline, rerender, props } = renderView();
    rerender({ selectedEventId: 'e1' });
    expect(timeline.setSelection).toHaveBeenLastCalledWith(['e1']);
    expect(timeline.focus).not.toHaveBeenCalled(); // 15 Jan 2017 is already in view
    rerender({ selectedEventId: 'e2' });
    expect(timeline.setSelection).toHaveBeenLastCalledWith(['e2']);
    expect(timeline.focus).toHaveBeenCalledTimes(1); // 3 May 2016 is brought into view
    rerender({ selectedEventId: null });
    expect(timeline.setSelection).toHaveBeenLastCalledWith([]);
    expect(props.onSelect).not.toHaveBeenCalled();
  });

  it('reports a click on an event, ignoring episode bands', () => {
    const { timeline, props } = renderView();
    act(() => timeline.emit('select', { items: ['e2'] }));
    expect(props.onSelect).toHaveBeenLastCalledWith('e2');
    act(() => timeline.emit('select', { items: [] }));
    expect(props.onSelect).toHaveBeenLastCalledWith(null);
  });

  it('reports user pans (debounced) but not programmatic ones', () => {
    vi.useFakeTimers();
    const { timeline, props } = renderView();
    act(() => void vi.advanceTimersByTime(20)); // the frame after the first draw fits all
    act(() => timeline.setWindow(new Date(2017, 0, 1).getTime(), new Date(2017, 1, 1).getTime()));
    act(() => timeline.emit('rangechanged', { byUser: false }));
    act(() => void vi.advanceTimersByTime(1000));
    expect(props.onWindowChange).not.toHaveBeenCalled();
    act(() => timeline.emit('rangechanged', { byUser: true }));
    act(() => timeline.emit('rangechanged', { byUser: true }));
    act(() => void vi.advanceTimersByTime(1000));
    expect(props.onWindowChange).toHaveBeenCalledTimes(1);
    expect(props.onWindowChange).toHaveBeenCalledWith({ start: '2017-01-01', end: '2017-02-01' });
  });

  it('shows a window from props, but does not re-apply the echo of its own report', () => {
    vi.useFakeTimers();
    const { timeline, rerender, props } = renderView();
    rerender({ window: { start: '2015-01-01', end: '2015-07-01' } });
    expect(timeline.setWindow).toHaveBeenLastCalledWith(
      new Date(2015, 0, 1).getTime(),
      new Date(2015, 6, 1).getTime(),
      expect.anything(),
    );
    act(() => timeline.emit('rangechanged', { byUser: true }));
    act(() => void vi.advanceTimersByTime(1000));
    expect(props.onWindowChange).toHaveBeenLastCalledWith({ start: '2015-01-01', end: '2015-07-01' });
    const calls = timeline.setWindow.mock.calls.length;
    rerender({ window: { start: '2015-01-01', end: '2015-07-01' } });
    expect(timeline.setWindow).toHaveBeenCalledTimes(calls);
  });

  it('drives the timeline from the buttons and the keyboard', () => {
    vi.useFakeTimers();
    const { timeline, props } = renderView();
    act(() => void vi.advanceTimersByTime(20));
    const width = () => timeline.window.end.getTime() - timeline.window.start.getTime();
    const before = width();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(width()).toBeCloseTo(before / 1.5, -3);
    const canvas = screen.getByRole('application', { name: 'Timeline' });
    fireEvent.keyDown(canvas, { key: '+' });
    expect(width()).toBeCloseTo(before / 1.5 ** 2, -3);
    fireEvent.keyDown(canvas, { key: 'Home' });
    expect(width()).toBeCloseTo(before, -3); // back to the first view: everything fits
    const moves = timeline.setWindow.mock.calls.length;
    fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    expect(timeline.setWindow).toHaveBeenCalledTimes(moves + 1);
    fireEvent.keyDown(canvas, { key: '+', ctrlKey: true }); // left to the browser
    expect(timeline.setWindow).toHaveBeenCalledTimes(moves + 1);
    fireEvent.keyDown(canvas, { key: 'Escape' });
    expect(props.onSelect).toHaveBeenLastCalledWith(null);
    act(() => void vi.advanceTimersByTime(1000));
    expect(props.onWindowChange).toHaveBeenCalledTimes(1);
  });

  it('switches lanes through the Lanes select', () => {
    const { timeline } = renderView();
    expect(timeline.groups.getIds()).toEqual(['lane:no-episode']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Lanes' }), { target: { value: 'type' } });
    expect(timeline.groups.getIds()).toEqual(['type:meeting']);
  });

  describe('quiet periods', () => {
    // Two clusters eight years apart: the years between are a quiet period.
    const apart = [
      makeEvent('a1', '2013-12-01'),
      makeEvent('a2', '2013-12-05'),
      makeEvent('b1', '2021-05-10'),
    ];
    const hiddenDates = (timeline: FakeTimelineShape) =>
      (timeline as unknown as { options: { hiddenDates: unknown[] } }).options.hiddenDates;

    it('hides them by default, with a break mark, and offers the switch', () => {
      const { timeline } = renderView({ events: apart, quietPeriods: undefined });
      expect(hiddenDates(timeline)).toHaveLength(1);
      expect(timeline.items.getIds()).toContain('break:0');
      expect(screen.getByRole('checkbox', { name: 'Compress quiet periods' })).toBeChecked();
    });

    it('shows true scale when compress is off, and reports the switch', () => {
      const onCompressChange = vi.fn();
      const { timeline, rerender } = renderView({ events: apart, quietPeriods: undefined, onCompressChange });
      fireEvent.click(screen.getByRole('checkbox', { name: 'Compress quiet periods' }));
      expect(onCompressChange).toHaveBeenCalledWith(false);
      rerender({ compress: false, quietPeriods: undefined, onCompressChange });
      expect(timeline.setOptions).toHaveBeenCalledWith({ hiddenDates: [] });
      expect(timeline.items.getIds()).not.toContain('break:0');
    });

    it('offers no switch when nothing is quiet', () => {
      renderView({ events: [makeEvent('a1', '2013-12-01')], quietPeriods: undefined });
      expect(screen.queryByRole('checkbox', { name: 'Compress quiet periods' })).toBeNull();
    });
  });

  describe('with more events than vis-timeline is fed', () => {
    // 1,500 events, one a day from 2015: past the feed's limit, so the full view shows buckets.
    const many = Array.from({ length: 1500 }, (_, i) => {
      const day = new Date(2015, 0, 1 + i);
      const iso = [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((n) =>
        String(n).padStart(2, '0'),
      );
      return makeEvent(`m${i}`, iso.join('-'));
    });
    const ids = (timeline: FakeTimelineShape) => timeline.items.getIds().map(String);

    it('feeds buckets, and a click on one zooms into it without selecting anything', () => {
      const { timeline, props } = renderView({ events: many });
      const buckets = ids(timeline).filter((id) => id.startsWith('bucket:'));
      expect(buckets.length).toBeGreaterThan(0);
      expect(ids(timeline)).toHaveLength(buckets.length);
      expect(timeline.setOptions).not.toHaveBeenCalled(); // created unstacked for buckets
      act(() => timeline.emit('select', { items: [buckets[0]] }));
      expect(props.onSelect).not.toHaveBeenCalled();
      expect(timeline.setSelection).toHaveBeenLastCalledWith([]);
      const [start, end] = timeline.setWindow.mock.lastCall ?? [0, 0];
      expect(end - start).toBeGreaterThan(0);
      expect(end - start).toBeLessThanOrEqual(366 * 24 * 60 * 60 * 1000);
    });

    it('feeds the selected event as an item, selected and brought into view', () => {
      const { timeline, rerender } = renderView({ events: many });
      rerender({ selectedEventId: 'm700' });
      expect(ids(timeline)).toContain('m700');
      expect(timeline.setSelection).toHaveBeenLastCalledWith(['m700']);
      expect(timeline.focus).toHaveBeenCalledWith('m700', expect.anything());
    });

    it('feeds only the events of a narrow window, after the range settles', () => {
      vi.useFakeTimers();
      const { timeline } = renderView({ events: many });
      act(() => void vi.advanceTimersByTime(20)); // the frame after the first draw fits all
      act(() => {
        timeline.setWindow(new Date(2016, 0, 1).getTime(), new Date(2016, 0, 8).getTime());
        timeline.emit('rangechanged', { byUser: true });
      });
      act(() => void vi.advanceTimersByTime(200));
      expect(ids(timeline).every((id) => id.startsWith('m'))).toBe(true);
      expect(ids(timeline)).toHaveLength(21); // 7 days and a week of margin each side
      expect(timeline.setOptions).toHaveBeenLastCalledWith({ stack: true });
    });
  });
});
