import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TypeFilter } from './type-filter.tsx';

const types = [
  { id: 'meeting', label: 'Meeting', count: 5 },
  { id: 'vote', label: 'Vote or adoption', count: 2 },
  { id: 'veto', label: 'Veto', count: 0 },
] as const;

describe('TypeFilter', () => {
  it('is a group of checkboxes with counts', () => {
    render(<TypeFilter types={types} selected={['vote']} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'Event types' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Meeting (5)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Vote or adoption (2)' })).toBeChecked();
  });

  it('reports the chosen ids in taxonomy order', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(<TypeFilter types={types} selected={['veto']} onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Meeting (5)' }));
    expect(onChange).toHaveBeenLastCalledWith(['meeting', 'veto']);

    rerender(<TypeFilter types={types} selected={['meeting', 'veto']} onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Veto (0)' }));
    expect(onChange).toHaveBeenLastCalledWith(['meeting']);
  });
});
