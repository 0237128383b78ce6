// vis-timeline schedules its own redraws, and left alone a data change of ours reaches the screen
// late and costs more than it needs to:
//   - the Timeline redraws on the animation frame AFTER a change (its redraw is throttled on
//     requestAnimationFrame), so a filter showed the new count and list in one frame and the new
//     timeline only in the next, ~30 ms later at 50k events;
//   - its item set redraws every lane synchronously on each DataSet add, update and remove it hears
//     (a remove then an update: two layouts of every lane before the real redraw).
// controlRedraws takes both over on one Timeline instance. Its queued redraws go through a
// scheduler that `flush` can run at once (the frame it had asked for then does nothing), and
// `batch` holds the item set's synchronous redraws back while a change is applied, leaving one
// queued redraw for the whole change. It relies on three vis-timeline internals (the Timeline's
// `_redraw` and `_origRedraw`, the item set's `redraw`), checked by vis-redraws.test.ts against the
// installed package; on a Timeline without them it changes nothing.

export interface RedrawControl {
  /** Runs the pending redraw now, if there is one: the change shows in the frame of this task. */
  flush(): void;
  /** Applies `change` to the DataSets without the item set redrawing on each of their events. */
  batch(change: () => void): void;
}

interface VisInternals {
  _redraw?: () => void;
  _origRedraw?: () => void;
  itemSet?: { redraw?: () => boolean };
}

export function controlRedraws(timeline: object): RedrawControl {
  const vis = timeline as VisInternals;
  const redrawNow = vis._origRedraw;
  const itemSet = vis.itemSet;
  if (typeof redrawNow !== 'function' || typeof vis._redraw !== 'function' || !itemSet?.redraw)
    return { flush: () => {}, batch: (change) => change() };
  let pending = false;
  // The same contract as vis's own throttle (one redraw per frame, however many requests), plus
  // a way to run it early.
  const request = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      if (!pending) return;
      pending = false;
      redrawNow();
    });
  };
  vis._redraw = request;
  return {
    flush() {
      if (!pending) return;
      pending = false;
      redrawNow();
    },
    batch(change) {
      const redraw = itemSet.redraw;
      itemSet.redraw = () => false;
      try {
        change();
      } finally {
        itemSet.redraw = redraw;
      }
      // vis queued a redraw of its own for each event; one is enough, whatever the change was.
      request();
    },
  };
}
