import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelFrame } from './panel-frame.tsx';

const renderFrame = (title: string, autoFocus?: boolean) => {
  const onClose = vi.fn();
  render(
    <PanelFrame
      className="x-panel"
      label="X details"
      title={title}
      closeLabel="Close X"
      onClose={onClose}
      autoFocus={autoFocus}
    >
      <button type="button">Inside</button>
    </PanelFrame>,
  );
  return { onClose };
};

describe('PanelFrame', () => {
  it('is a named region whose heading takes focus on mount', () => {
    renderFrame('Kerry meets Netanyahu');
    const region = screen.getByRole('region', { name: 'X details' });
    expect(screen.getByRole('heading', { level: 2, name: 'Kerry meets Netanyahu' })).toHaveFocus();
    expect(region).toContainElement(screen.getByRole('button', { name: 'Close X' }));
  });

  it('leaves focus alone when autoFocus is false', () => {
    renderFrame('T', false);
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveFocus();
  });

  it('closes with its button and with Escape from inside', async () => {
    const user = userEvent.setup();
    const { onClose } = renderFrame('T');
    await user.click(screen.getByRole('button', { name: 'Close X' }));
    screen.getByRole('button', { name: 'Inside' }).focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('isolates the title, so an unclosed right-to-left override cannot reorder what follows', () => {
    // U+202E (RIGHT-TO-LEFT OVERRIDE) left open by the title would, without isolation, run on into
    // the next text of the same paragraph.
    renderFrame('Abbas \u202Eaddresses the Assembly');
    const heading = screen.getByRole('heading', { level: 2 });
    const isolate = heading.querySelector('bdi');
    expect(isolate?.textContent).toBe('Abbas \u202Eaddresses the Assembly');
    expect(heading.firstChild).toBe(isolate);
  });
});
