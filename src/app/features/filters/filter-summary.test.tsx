import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilterSummary } from './filter-summary.tsx';

describe('FilterSummary', () => {
  it('says how many events are shown and clears filters', async () => {
    const onClear = vi.fn();
    render(<FilterSummary shown={12} total={50000} hasFilters onClear={onClear} />);
    expect(screen.getByRole('status')).toHaveTextContent('12 of 50,000 events');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('offers no Clear filters when nothing is filtered', () => {
    render(<FilterSummary shown={1} total={1} hasFilters={false} onClear={() => {}} />);
    expect(screen.getByText('1 of 1 event')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});
