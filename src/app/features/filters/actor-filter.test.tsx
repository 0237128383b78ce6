import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ActorFilter } from './actor-filter.tsx';

const actors = [
  { id: 'ban-ki-moon', name: 'Ban Ki-moon', count: 4 },
  { id: 'john-kerry', name: 'John Kerry', count: 12 },
  { id: 'samantha-power', name: 'Samantha Power', count: 7 },
  { id: 'benjamin-netanyahu', name: 'Benjamin Netanyahu', count: 9 },
];

function Harness({ onChange = () => {} }: { onChange?: (ids: string[]) => void }) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <ActorFilter
      actors={actors}
      selected={selected}
      onChange={(ids) => {
        onChange(ids);
        setSelected(ids);
      }}
    />
  );
}

const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('ActorFilter', () => {
  it('is a combobox labelled "Filter by actor" that opens a listbox sorted by count', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Filter by actor' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
    expect(listbox).toHaveAttribute('role', 'listbox');

    await user.click(input);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(optionNames()).toEqual([
      'John Kerry (12)',
      'Benjamin Netanyahu (9)',
      'Samantha Power (7)',
      'Ban Ki-moon (4)',
    ]);
  });

  it('filters the options as you type, ignoring case and accents', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Filter by actor'), 'BÉN');
    expect(optionNames()).toEqual(['Benjamin Netanyahu (9)']);
    await user.type(screen.getByLabelText('Filter by actor'), 'xyz');
    expect(optionNames()).toEqual([]);
    expect(screen.getByText(/No actor matches/)).toBeInTheDocument();
  });

  it('selects two actors, one with the keyboard and one with the mouse, then removes chips', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const input = screen.getByLabelText('Filter by actor');

    await user.click(input);
    await user.keyboard('{ArrowDown}{Enter}'); // second option: Benjamin Netanyahu
    expect(onChange).toHaveBeenLastCalledWith(['benjamin-netanyahu']);
    expect(screen.getByRole('option', { name: 'Benjamin Netanyahu (9)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(input).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { name: 'Benjamin Netanyahu (9)' }).id,
    );

    await user.click(screen.getByRole('option', { name: 'Ban Ki-moon (4)' }));
    expect(onChange).toHaveBeenLastCalledWith(['benjamin-netanyahu', 'ban-ki-moon']);
    expect(input).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');

    const chips = screen.getByRole('list', { name: 'Chosen actors' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Remove Benjamin Netanyahu', 'Remove Ban Ki-moon']);
    await user.click(screen.getByRole('button', { name: 'Remove Benjamin Netanyahu' }));
    expect(onChange).toHaveBeenLastCalledWith(['ban-ki-moon']);
    expect(input).toHaveFocus();
    await user.keyboard('{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.queryByRole('list', { name: 'Chosen actors' })).not.toBeInTheDocument();
  });

  it('toggles an already chosen option off with Enter', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ActorFilter actors={actors} selected={['john-kerry']} onChange={onChange} />);
    await user.click(screen.getByLabelText('Filter by actor'));
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith([]);
  });

  it('shows a chosen id that is not among the options by its id', () => {
    render(<ActorFilter actors={actors} selected={['gone-actor']} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Remove gone-actor' })).toBeInTheDocument();
  });
});
