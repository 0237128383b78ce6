import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EventId } from '../../../domain/ids.ts';
import type { EventPanelProps } from './event-panel.tsx';
import { EventPanel } from './event-panel.tsx';
import { ACTORS, ARTICLES, makeEvent } from './event-fixtures.ts';

function props(overrides: Partial<EventPanelProps> = {}): EventPanelProps {
  return {
    event: makeEvent(),
    actorsById: ACTORS,
    articlesById: ARTICLES,
    episode: null,
    onSelectActor: vi.fn(),
    onOpenSource: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
}

const previous = () => screen.getByRole('button', { name: /Previous event/ });
const next = () => screen.getByRole('button', { name: /Next event/ });

describe('EventPanel browsing and closing', () => {
  it('calls onPrevious and onNext and shows the position', async () => {
    const p = props({ onPrevious: vi.fn(), onNext: vi.fn(), position: { index: 2, total: 12 } });
    render(<EventPanel {...p} />);
    expect(screen.getByText('3 of 12')).toBeInTheDocument();
    await userEvent.click(previous());
    await userEvent.click(next());
    expect(p.onPrevious).toHaveBeenCalledTimes(1);
    expect(p.onNext).toHaveBeenCalledTimes(1);
  });

  it.each([
    { position: { index: 0, total: 3 }, previousDisabled: true, nextDisabled: false },
    { position: { index: 2, total: 3 }, previousDisabled: false, nextDisabled: true },
    { position: { index: 0, total: 1 }, previousDisabled: true, nextDisabled: true },
  ])('disables the buttons at the ends: $position', ({ position, previousDisabled, nextDisabled }) => {
    render(<EventPanel {...props({ onPrevious: vi.fn(), onNext: vi.fn(), position })} />);
    expect(previous().hasAttribute('disabled')).toBe(previousDisabled);
    expect(next().hasAttribute('disabled')).toBe(nextDisabled);
  });

  it('disables a button without a handler', () => {
    render(<EventPanel {...props({ onNext: vi.fn() })} />);
    expect(previous()).toBeDisabled();
    expect(next()).toBeEnabled();
  });

  it('announces the event reached with Next, and keeps focus in the panel at the end', async () => {
    const p = props({ onNext: vi.fn(), onPrevious: vi.fn(), position: { index: 0, total: 2 } });
    const { rerender } = render(<EventPanel {...p} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await userEvent.click(next());
    const last = makeEvent({ id: 'un-vote' as EventId, title: 'UN vote' });
    rerender(<EventPanel {...p} event={last} position={{ index: 1, total: 2 }} />);
    expect(screen.getByRole('status')).toHaveTextContent('UN vote, event 2 of 2');
    expect(next()).toBeDisabled();
    expect(screen.getByRole('heading', { level: 2, name: 'UN vote' })).toHaveFocus();
  });

  it('announces nothing when the app changes the event by other means', async () => {
    const p = props({ onNext: vi.fn(), position: { index: 0, total: 3 } });
    const { rerender } = render(<EventPanel {...p} />);
    await userEvent.click(next());
    rerender(<EventPanel {...p} event={makeEvent({ id: 'b' as EventId, title: 'B' })} />);
    expect(screen.getByRole('status')).toHaveTextContent('B, event 1 of 3');
    // Then a click on the timeline selects another event: no announcement, focus stays where it is.
    rerender(<EventPanel {...p} event={makeEvent({ id: 'c' as EventId, title: 'C' })} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('closes with the Close button and with Escape', async () => {
    const p = props();
    render(<EventPanel {...p} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close event details' }));
    act(() => {
      fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    });
    expect(p.onClose).toHaveBeenCalledTimes(2);
  });
});
