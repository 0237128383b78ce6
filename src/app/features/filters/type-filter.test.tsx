import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TypeFilter } from './type-filter.tsx';

const types = [
  { id: 'meeting', label: 'Meeting', count: 5 },
  { id: 'phone-call', label: 'Phone call', count: 1 },
  { id: 'vote', label: 'Vote', count: 2 },
  { id: 'veto', label: 'Veto', count: 0 },
] as const;

const open = async (selected: readonly string[], onChange = vi.fn()) => {
  const user = userEvent.setup();
  const view = render(<TypeFilter types={types} selected={selected} onChange={onChange} />);
  await user.click(screen.getByRole('button', { name: /^Types/ }));
  return { user, onChange, ...view };
};

describe('TypeFilter', () => {
  it('opens from one button into a legend: families with their marks and counts, types as checkboxes', async () => {
    await open(['vote']);
    const group = screen.getByRole('group', { name: 'Event types' });
    const talks = within(group).getByRole('group', { name: 'Talks and visits (6)' });
    expect(talks.querySelector('.family-mark--consult')).not.toBeNull();
    expect(within(talks).getByRole('checkbox', { name: 'Meeting (5)' })).not.toBeChecked();
    expect(within(talks).getByRole('checkbox', { name: 'Phone call (1)' })).toBeInTheDocument();
    expect(
      within(group).getByRole('group', { name: 'Votes, decisions and rulings (2)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Vote (2)' })).toBeChecked();
    // Families without any of the given types are left out.
    expect(within(group).queryByRole('group', { name: /^Military action/ })).toBeNull();
  });

  it('says on the button how many types are chosen', () => {
    render(<TypeFilter types={types} selected={['vote', 'veto']} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Types: 2 chosen' })).toBeInTheDocument();
  });

  it('reports the chosen ids in taxonomy order', async () => {
    const { user, onChange, rerender } = await open(['veto']);
    await user.click(screen.getByRole('checkbox', { name: 'Meeting (5)' }));
    expect(onChange).toHaveBeenLastCalledWith(['meeting', 'veto']);

    rerender(<TypeFilter types={types} selected={['meeting', 'veto']} onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Veto (0)' }));
    expect(onChange).toHaveBeenLastCalledWith(['meeting']);
  });
});
