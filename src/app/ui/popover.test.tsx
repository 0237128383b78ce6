import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Popover } from './popover.tsx';

const setup = () => {
  render(
    <>
      <Popover trigger="Types" label="Event types">
        <label>
          <input type="checkbox" /> Veto
        </label>
        <label>
          <input type="checkbox" /> Vote
        </label>
      </Popover>
      <button type="button">Elsewhere</button>
    </>,
  );
  return { user: userEvent.setup(), button: screen.getByRole('button', { name: 'Types' }) };
};

describe('Popover', () => {
  it('opens a named group with focus on its first control; Escape closes it back to the button', async () => {
    const { user, button } = setup();
    expect(screen.queryByRole('group', { name: 'Event types' })).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Event types' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Veto' })).toHaveFocus();
    await user.keyboard(' {Tab} ');
    expect(screen.getByRole('checkbox', { name: 'Vote' })).toBeChecked();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Event types' })).toBeNull();
    expect(button).toHaveFocus();
  });

  it('closes when focus or a click goes elsewhere', async () => {
    const { user, button } = setup();
    await user.click(button);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    await user.click(document.body);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
