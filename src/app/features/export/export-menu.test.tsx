import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from './export-menu.tsx';
import { REVOKE_DELAY_MS } from './download-file.ts';
import { actorsById, articlesById, makeEvent } from './test-fixtures.ts';

let blobs: Blob[];
let clicked: { href: string; download: string }[];

beforeEach(() => {
  blobs = [];
  clicked = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const renderMenu = (events = [makeEvent('kerry-ban')]) =>
  render(<ExportMenu events={events} actorsById={actorsById} articlesById={articlesById} />);

describe('ExportMenu', () => {
  it.each([
    ['Download CSV', 'diplomacy-timeline-events.csv', 'text/csv;charset=utf-8', 'id,date,'],
    ['Download JSON', 'diplomacy-timeline-events.json', 'application/json', '{\n  "count": 1'],
    ['Download iCalendar', 'diplomacy-timeline-events.ics', 'text/calendar;charset=utf-8', 'BEGIN:VCALENDAR'],
  ])('%s downloads %s through an object URL, then revokes it', async (name, file, type, start) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderMenu();
    await userEvent.click(screen.getByRole('button', { name }));

    // The formatters load on demand: the download follows the click within a few ticks.
    await vi.waitFor(() => expect(clicked).toEqual([{ href: 'blob:test/1', download: file }]));
    expect(blobs[0]?.type).toBe(type);
    expect((await blobs[0]?.text())?.replace(/^\uFEFF/, '').startsWith(start)).toBe(true);
    expect(document.querySelector('a[download]')).toBeNull();

    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_DELAY_MS);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  it('names the group by what it exports and disables itself when nothing is shown', () => {
    renderMenu([]);
    expect(screen.getByRole('group', { name: 'Export the 0 events shown' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  });
});
