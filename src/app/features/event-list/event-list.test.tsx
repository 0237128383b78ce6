import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { EventList } from './event-list.tsx';
import { makeEvent, makeManyEvents } from './test-fixtures.ts';

const few = [
  makeEvent('vote', '2016-12-23', { type: 'vote', title: 'Security Council adopts 2334' }),
  makeEvent('speech', '2016-12-28', { title: 'Kerry speech on settlements' }),
  makeEvent('talks', '2014-12', { type: 'meeting', title: 'Talks in Rome' }),
];

function Harness({ events, onSelect }: { events: readonly DiplomaticEvent[]; onSelect?: () => void }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <EventList
      events={events}
      selectedId={selectedId}
      onSelect={(id) => {
        onSelect?.();
        setSelectedId(id);
      }}
    />
  );
}

const rowButtons = () => within(screen.getByRole('list', { name: 'Events' })).getAllByRole('button');

describe('EventList', () => {
  it('keeps the order it is given when told the events are in date order already', () => {
    render(<EventList events={few} inDateOrder selectedId={null} onSelect={() => {}} />);
    expect(rowButtons().map((b) => b.textContent?.split(',')[1]?.trim())).toEqual([
      'Security Council adopts 2334',
      'Kerry speech on settlements',
      'Talks in Rome',
    ]);
  });

  it('lists events in date order, each a button naming date, title, type and the quoted sentence', () => {
    render(<Harness events={few} />);
    expect(rowButtons().map((b) => b.textContent)).toEqual([
      'December 2014, Talks in Rome, Meeting, x',
      '23 December 2016, Security Council adopts 2334, Vote, x',
      '28 December 2016, Kerry speech on settlements, Statement, x',
    ]);
    expect(screen.getAllByRole('listitem')[0]).toHaveAttribute('aria-posinset', '1');
  });

  it('selects with a click and with Enter, marking the row as current', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness events={few} onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: /Talks in Rome/ }));
    expect(screen.getByRole('button', { name: /Talks in Rome/ })).toHaveAttribute('aria-current', 'true');

    await user.keyboard('{ArrowDown}');
    const vote = screen.getByRole('button', { name: /Security Council/ });
    expect(vote).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(vote).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: /Talks in Rome/ })).not.toHaveAttribute('aria-current');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('renders only a window of 10,000 events but tells the full size', () => {
    render(<Harness events={makeManyEvents(10_000)} />);
    const items = screen.getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(60);
    expect(items[0]).toHaveAttribute('aria-setsize', '10000');
    expect(rowButtons().filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it('moves focus with the arrow keys, Home and End, across the virtual window', async () => {
    // Reads the focused row directly: role queries over the rendered window are slow in jsdom.
    const focused = () => document.activeElement as HTMLElement;
    const user = userEvent.setup();
    render(<Harness events={makeManyEvents(10_000)} />);
    await user.tab();
    expect(focused().textContent).toMatch(/^1 January 2000,/);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused().textContent).toMatch(/^3 January 2000,/);

    await user.keyboard('{End}');
    expect(focused().textContent).toMatch(/event-9999,/);
    expect(focused().closest('li')).toHaveAttribute('aria-posinset', '10000');
    expect(screen.queryByText('1 January 2000')).not.toBeInTheDocument();

    await user.keyboard('{ArrowUp}');
    expect(focused().textContent).toMatch(/event-9998,/);
    await user.keyboard('{Home}');
    expect(focused().textContent).toMatch(/^1 January 2000,/);
  });

  it('scrolls to an event selected from outside and makes it the tab stop', () => {
    const events = makeManyEvents(10_000);
    const { rerender } = render(<EventList events={events} selectedId={null} onSelect={() => {}} />);
    rerender(<EventList events={events} selectedId="event-5000" onSelect={() => {}} />);
    // A text query, not a role query: role names over the rendered window are slow in jsdom.
    const row = screen.getByText('Event event-5000').closest('button');
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(row).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('list', { name: 'Events' }).parentElement?.scrollTop).toBeGreaterThan(0);
  });

  it('renders every row while printing', () => {
    // Counts <li> directly: role queries over 300 rows are slow in jsdom.
    const { container } = render(<Harness events={makeManyEvents(300)} />);
    const rows = () => container.querySelectorAll('li[aria-posinset]').length;
    expect(rows()).toBeLessThan(300);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(rows()).toBe(300);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(rows()).toBeLessThan(300);
  });

  it('follows the user scrolling', () => {
    render(<Harness events={makeManyEvents(10_000)} />);
    const viewport = screen.getByRole('list', { name: 'Events' }).parentElement as HTMLElement;
    viewport.scrollTop = 116 * 2000; // 7.25rem rows at 16px
    fireEvent.scroll(viewport);
    expect(screen.getByRole('button', { name: /event-2000,/ })).toBeInTheDocument();
  });

  it('says when nothing matches', () => {
    render(<Harness events={[]} />);
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
  });
});

describe('EventList rows', () => {
  const names = new Map([
    ['john-kerry', { name: 'John Kerry' }],
    ['benjamin-netanyahu', { name: 'Benjamin Netanyahu' }],
    ['un', { name: 'United Nations' }],
  ]);
  const withActors = (actorIds: string[], patch: Partial<DiplomaticEvent> = {}): DiplomaticEvent => ({
    ...makeEvent('talks', '2016-12-26', { type: 'meeting', title: 'Kerry meets Netanyahu' }),
    actorIds: actorIds as DiplomaticEvent['actorIds'],
    sources: [{ ...few[0]!.sources[0]!, text: 'Kerry met Netanyahu in Rome on Sunday.' }],
    ...patch,
  });

  it('names the first three actors, counts the rest, and quotes the source sentence', () => {
    const ids = ['john-kerry', 'benjamin-netanyahu', 'un', 'a', 'b'];
    render(<EventList events={[withActors(ids)]} actorsById={names} selectedId={null} onSelect={() => {}} />);
    const row = rowButtons()[0]!;
    expect(row.textContent).toBe(
      '26 December 2016, Kerry meets Netanyahu, Meeting, John Kerry, Benjamin Netanyahu, United Nations+2, Kerry met Netanyahu in Rome on Sunday.',
    );
    expect(row.querySelector('.family-mark--consult')).not.toBeNull();
  });

  it('marks planned events in words, not only by their hollow mark', () => {
    render(
      <EventList events={[withActors([], { status: 'planned' })]} selectedId={null} onSelect={() => {}} />,
    );
    expect(rowButtons()[0]).toHaveTextContent('Meeting (planned)');
    expect(rowButtons()[0]!.querySelector('.family-mark--planned')).not.toBeNull();
  });

  it('isolates the title, so an unclosed right-to-left override cannot reorder the date beside it', () => {
    const hostile = withActors([], { title: '\u202Eevil title' });
    render(<EventList events={[hostile]} selectedId={null} onSelect={() => {}} />);
    const title = screen.getByText('\u202Eevil title');
    // A <bdi> is its own bidi isolate: what it holds cannot affect the text around it.
    expect(title.tagName).toBe('BDI');
    expect(title.contains(rowButtons()[0]!.querySelector('time'))).toBe(false);
    expect(rowButtons()[0]!.querySelector('.event-list__excerpt')?.tagName).toBe('BDI');
  });
});
