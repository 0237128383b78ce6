import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { PanelLayer } from './use-focus-return.ts';
import { useFocusReturn } from './use-focus-return.ts';

/** A panel that, like the app's, takes focus on its heading when it mounts and closes on Escape. */
interface PanelProps {
  readonly name: string;
  onClose(): void;
  readonly children?: ReactNode;
}

function Panel({ name, onClose, children }: PanelProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section aria-label={name} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 ref={ref} tabIndex={-1}>
        {name}
      </h2>
      {children}
    </section>
  );
}

function Harness() {
  const [event, setEvent] = useState<string | null>(null);
  const [actor, setActor] = useState(false);
  const layers: PanelLayer[] = [];
  if (event) layers.push({ kind: 'event', key: `event:${event}` });
  if (event && actor) layers.push({ kind: 'actor', key: 'actor:a' });
  const panelsRef = useRef<HTMLDivElement>(null);
  useFocusReturn(
    layers,
    () => panelsRef.current?.querySelector<HTMLElement>(':scope > :not([hidden]) h2') ?? null,
    () => document.getElementById('list'),
  );
  return (
    <>
      <div id="list" tabIndex={-1}>
        <button type="button" onClick={() => setEvent('1')}>
          Row 1
        </button>
        <button type="button" onClick={() => setEvent(null)}>
          Clear selection
        </button>
      </div>
      <div ref={panelsRef}>
        {event && (
          <div hidden={actor}>
            <Panel name={`Event ${event}`} onClose={() => setEvent(null)}>
              <button type="button" onClick={() => setActor(true)}>
                Actor link
              </button>
            </Panel>
          </div>
        )}
        {event && actor && (
          <div>
            <Panel name="Actor" onClose={() => setActor(false)}>
              <button
                type="button"
                onClick={() => {
                  setActor(false);
                  setEvent('2');
                }}
              >
                Event 2 of the actor
              </button>
            </Panel>
          </div>
        )}
      </div>
    </>
  );
}

describe('useFocusReturn', () => {
  it('returns focus to each opener as panels close, top first', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Row 1' }));
    expect(screen.getByRole('heading', { name: 'Event 1' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Actor link' }));
    expect(screen.getByRole('heading', { name: 'Actor' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Actor link' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Row 1' })).toHaveFocus();
  });

  it('goes to the heading beneath when that panel now shows something else', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Row 1' }));
    await user.click(screen.getByRole('button', { name: 'Actor link' }));
    await user.click(screen.getByRole('button', { name: 'Event 2 of the actor' }));
    expect(screen.getByRole('heading', { name: 'Event 2' })).toHaveFocus();
    // The event's own opener still holds.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Row 1' })).toHaveFocus();
  });

  it('leaves focus alone when it was not lost with the panel', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Row 1' }));
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('region', { name: 'Event 1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Clear selection' })).toHaveFocus();
  });
});
