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
  it('lists events in date order, each a button naming date, title and type', () => {
    render(<Harness events={few} />);
    expect(rowButtons().map((b) => b.textContent)).toEqual([
      'December 2014, Talks in Rome, Meeting',
      '23 December 2016, Security Council adopts 2334, Vote or adoption',
      '28 December 2016, Kerry speech on settlements, Statement',
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
    const user = userEvent.setup();
    render(<Harness events={makeManyEvents(10_000)} />);
    await user.tab();
    expect(screen.getByRole('button', { name: /^1 January 2000,/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: /^3 January 2000,/ })).toHaveFocus();

    await user.keyboard('{End}');
    const last = screen.getByRole('button', { name: /event-9999/ });
    expect(last).toHaveFocus();
    expect(last.closest('li')).toHaveAttribute('aria-posinset', '10000');
    expect(screen.queryByRole('button', { name: /^1 January 2000,/ })).not.toBeInTheDocument();

    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: /event-9998/ })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: /^1 January 2000,/ })).toHaveFocus();
  });

  it('scrolls to an event selected from outside and makes it the tab stop', () => {
    const events = makeManyEvents(10_000);
    const { rerender } = render(<EventList events={events} selectedId={null} onSelect={() => {}} />);
    rerender(<EventList events={events} selectedId="event-5000" onSelect={() => {}} />);
    const row = screen.getByRole('button', { name: /event-5000/ });
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(row).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('list', { name: 'Events' }).parentElement?.scrollTop).toBeGreaterThan(0);
  });

  it('renders every row while printing', () => {
    render(<Harness events={makeManyEvents(300)} />);
    expect(screen.getAllByRole('listitem').length).toBeLessThan(300);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getAllByRole('listitem')).toHaveLength(300);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.getAllByRole('listitem').length).toBeLessThan(300);
  });

  it('follows the user scrolling', () => {
    render(<Harness events={makeManyEvents(10_000)} />);
    const viewport = screen.getByRole('list', { name: 'Events' }).parentElement as HTMLElement;
    viewport.scrollTop = 76 * 2000;
    fireEvent.scroll(viewport);
    expect(screen.getByRole('button', { name: /event-2000,/ })).toBeInTheDocument();
  });

  it('says when nothing matches', () => {
    render(<Harness events={[]} />);
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
  });
});
