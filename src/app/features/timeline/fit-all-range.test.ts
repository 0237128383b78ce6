import { describe, expect, it } from 'vitest';
import { buildFeedIndex } from './feed-index.ts';
import { getFitAllRange } from './fit-all-range.ts';
import { makeEvent } from './timeline-fixtures.ts';

const DAY_MS = 86_400_000;
const WIDTH_PX = 800;

describe('getFitAllRange', () => {
  const container = document.createElement('div');
  const fit = (events: Parameters<typeof buildFeedIndex>[0]) =>
    getFitAllRange(buildFeedIndex(events, [], 'episode'), [], container, WIDTH_PX);
  const early = makeEvent('early', '2017-01-01', { title: 'A' });

  it("leaves room right of a narrow range for its title, as for a point's", () => {
    const long = 'A long title that runs well past the end of a three-day range';
    const plain = fit([early, makeEvent('r', '2017-03-01', { title: 'B', endDate: '2017-03-03' })]);
    const titled = fit([early, makeEvent('r', '2017-03-01', { title: long, endDate: '2017-03-03' })]);
    // Same extent, but the long title needs a wider window (more time per pixel) to fit.
    expect(titled.start).toBe(plain.start);
    expect(titled.end - titled.start).toBeGreaterThan((plain.end - plain.start) * 1.2);
    // The range's start sits far enough left of the right edge for its title.
    const startPx =
      ((new Date(2017, 2, 1).getTime() - titled.start) / (titled.end - titled.start)) * WIDTH_PX;
    expect(WIDTH_PX - startPx).toBeGreaterThan(200);
  });

  it('fits every event with a small margin when titles are short', () => {
    const range = fit([early, makeEvent('r', '2017-03-01', { title: 'B', endDate: '2017-03-03' })]);
    expect(range.start).toBeLessThan(new Date(2017, 0, 1).getTime());
    expect(range.end).toBeGreaterThan(new Date(2017, 2, 4).getTime());
    expect(range.end - range.start).toBeLessThan(80 * DAY_MS);
  });
});
