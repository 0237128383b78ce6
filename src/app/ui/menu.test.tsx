import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Menu } from './menu.tsx';

const setup = () => {
  const copy = vi.fn();
  const csv = vi.fn();
  const json = vi.fn();
  render(
    <>
      <Menu
        trigger="Share"
        label="Share this view"
        items={[
          { label: 'Copy link', onSelect: copy },
          { label: 'Download CSV', onSelect: csv },
          { label: 'Download JSON', onSelect: json, disabled: true },
        ]}
      />
      <button type="button">Elsewhere</button>
    </>,
  );
  return { user: userEvent.setup(), copy, csv, json, button: screen.getByRole('button', { name: 'Share' }) };
};

describe('Menu', () => {
  it('opens on click with the first item focused, runs an item and returns focus to the button', async () => {
    const { user, copy, button } = setup();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitem', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(copy).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('moves with Up/Down (wrapping), Home and End; Escape closes to the button', async () => {
    const { user, csv, button } = setup();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Download JSON' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{End}{Home}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Download CSV' })).toHaveFocus();
    await user.keyboard(' ');
    expect(csv).toHaveBeenCalledOnce();
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('does nothing for a disabled item and closes on a click outside', async () => {
    const { user, json, button } = setup();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Download JSON' }));
    expect(json).not.toHaveBeenCalled();
    expect(screen.getByRole('menu')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
