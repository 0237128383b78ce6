import { DataSet } from 'vis-data/esnext';
import type { DataItem } from 'vis-timeline/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { controlRedraws } from './vis-redraws.ts';

// The real vis-timeline (jsdom cannot lay it out, but it runs): these tests fail when an upgrade
// renames or reshapes the internals controlRedraws relies on.
interface Internals {
  _origRedraw: () => void;
  itemSet: { redraw: () => boolean };
}

const timelines: Timeline[] = [];
afterEach(() => timelines.splice(0).forEach((timeline) => timeline.destroy()));

function makeTimeline() {
  const items = new DataSet<DataItem>([{ id: 'a', content: 'A', start: new Date(2017, 0, 5).getTime() }]);
  const timeline = new Timeline(document.createElement('div'), items, {
    start: new Date(2017, 0, 1),
    end: new Date(2017, 1, 1),
    autoResize: false,
  });
  timelines.push(timeline);
  const internals = timeline as unknown as Internals;
  const redraw = vi.spyOn(internals, '_origRedraw');
  const itemSetRedraw = vi.spyOn(internals.itemSet, 'redraw');
  return { timeline, items, redraw, itemSetRedraw };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('controlRedraws', () => {
  it('redraws at once on flush, and not again in the frame vis had asked for', async () => {
    const { timeline, redraw } = makeTimeline();
    const control = controlRedraws(timeline);
    await nextFrame();
    redraw.mockClear();
    timeline.redraw();
    expect(redraw).not.toHaveBeenCalled(); // queued for the next frame, as vis does
    control.flush();
    expect(redraw).toHaveBeenCalledTimes(1);
    await nextFrame();
    expect(redraw).toHaveBeenCalledTimes(1);
    control.flush(); // nothing pending: nothing to do
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  it('still redraws on the next frame when nobody flushes, once for many requests', async () => {
    const { timeline, redraw } = makeTimeline();
    controlRedraws(timeline);
    await nextFrame();
    redraw.mockClear();
    timeline.redraw();
    timeline.redraw();
    await nextFrame();
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  it('holds back the item set redraw vis runs on each DataSet event, leaving one queued redraw', async () => {
    const { timeline, items, redraw, itemSetRedraw } = makeTimeline();
    const control = controlRedraws(timeline);
    await nextFrame();
    items.add({ id: 'b', content: 'B', start: new Date(2017, 0, 9).getTime() });
    // What is held back: without a batch, vis redraws the item set synchronously.
    expect(itemSetRedraw).toHaveBeenCalledTimes(1);
    itemSetRedraw.mockClear();
    redraw.mockClear();
    control.batch(() => {
      items.remove('a');
      items.update([{ id: 'c', content: 'C', start: new Date(2017, 0, 12).getTime() }]);
    });
    expect(itemSetRedraw).not.toHaveBeenCalled();
    expect(items.getIds()).toEqual(['b', 'c']);
    control.flush();
    expect(redraw).toHaveBeenCalledTimes(1);
    // The item set redraws as before once the batch is over.
    items.remove('b');
    expect(itemSetRedraw).toHaveBeenCalledTimes(1);
  });

  it('changes nothing on a timeline without those internals', () => {
    const change = vi.fn();
    const control = controlRedraws({ redraw: vi.fn() });
    control.batch(change);
    expect(change).toHaveBeenCalledTimes(1);
    expect(() => control.flush()).not.toThrow();
  });
});
