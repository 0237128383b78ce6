import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary.tsx';

// A panel whose render fails while `failing.now` is true, as a panel would on data it cannot handle.
const failing = { now: true };
function FragilePanel({ text = 'Panel content' }: { readonly text?: string }) {
  if (failing.now) throw new Error('render failed');
  return <p>{text}</p>;
}

function Page({ resetKey = 'a', text }: { readonly resetKey?: string; readonly text?: string }) {
  return (
    <>
      <p>Sibling outside the boundary</p>
      <ErrorBoundary label="event details" resetKey={resetKey}>
        <FragilePanel text={text} />
      </ErrorBoundary>
      <ErrorBoundary label="article">
        <p>Another panel</p>
      </ErrorBoundary>
    </>
  );
}

describe('ErrorBoundary', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    failing.now = true;
    // React and the boundary both log the caught error; keep the output clean but check the boundary's line.
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => consoleError.mockRestore());

  it('replaces only the failing panel with a message and "Try again"; siblings still render', () => {
    render(<Page />);
    expect(screen.getByRole('alert')).toHaveTextContent('Sorry, the event details could not be shown.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByText('Sibling outside the boundary')).toBeInTheDocument();
    expect(screen.getByText('Another panel')).toBeInTheDocument();
    expect(screen.queryByText('Panel content')).not.toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledWith(
      'The event details panel failed',
      expect.any(Error),
      expect.any(String),
    );
  });

  it('"Try again" renders the panel anew once it can render', async () => {
    render(<Page />);
    failing.now = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Panel content')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('"Try again" shows the message again if the panel still fails, and the page survives', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toHaveTextContent('could not be shown');
    expect(screen.getByText('Sibling outside the boundary')).toBeInTheDocument();
  });

  it('a new resetKey (another selection) clears the error', () => {
    const { rerender } = render(<Page resetKey="a" />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    failing.now = false;
    rerender(<Page resetKey="b" text="Next event" />);
    expect(screen.getByText('Next event')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
