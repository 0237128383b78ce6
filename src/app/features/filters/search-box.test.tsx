import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getStatusText, SearchBox } from './search-box.tsx';
import type { SearchBoxProps } from './search-box.tsx';

const props = (over: Partial<SearchBoxProps> = {}): SearchBoxProps => ({
  value: 'kerry',
  onChange: () => {},
  resultCount: 7,
  currentIndex: 2,
  onStep: () => {},
  ...over,
});

describe('SearchBox', () => {
  it('is a labelled search field with a polite result count', () => {
    render(<SearchBox {...props()} />);
    const input = screen.getByRole('searchbox', { name: 'Search events' });
    expect(input).toHaveAttribute('maxLength', '200');
    expect(input).toHaveValue('kerry');
    expect(screen.getByRole('status')).toHaveTextContent('3 of 7 results');
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  });

  it('steps with the buttons, Enter and Shift+Enter', async () => {
    const user = userEvent.setup();
    const onStep = vi.fn();
    render(<SearchBox {...props({ onStep })} />);
    await user.click(screen.getByRole('button', { name: 'Next result' }));
    await user.click(screen.getByRole('button', { name: 'Previous result' }));
    await user.click(screen.getByRole('searchbox'));
    await user.keyboard('{Enter}{Shift>}{Enter}{/Shift}');
    expect(onStep.mock.calls).toEqual([[1], [-1], [1], [-1]]);
  });

  it('disables stepping without results', () => {
    render(<SearchBox {...props({ resultCount: 0, currentIndex: null })} />);
    expect(screen.getByRole('button', { name: 'Next result' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('No results');
  });

  it('shows the step buttons only while there is a search', () => {
    render(<SearchBox {...props({ value: '', resultCount: 0, currentIndex: null })} />);
    expect(screen.queryByRole('button', { name: 'Next result' })).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toBeInTheDocument();
  });

  it('keeps typed text when a debounced echo lags, and takes a new value from outside', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(<SearchBox {...props({ value: '', onChange })} />);
    const input = screen.getByRole('searchbox');
    await user.type(input, 'ban');
    expect(onChange).toHaveBeenLastCalledWith('ban');

    rerender(<SearchBox {...props({ value: 'b', onChange })} />); // a late echo of the first key
    expect(input).toHaveValue('ban');
    rerender(<SearchBox {...props({ value: 'ban', onChange })} />);
    expect(input).toHaveValue('ban');
    rerender(<SearchBox {...props({ value: '', onChange })} />); // "Clear filters"
    expect(input).toHaveValue('');
  });

  it.each<[string, number, number | null, string]>([
    ['', 5, null, ''],
    ['x', 0, null, 'No results'],
    ['x', 1, null, '1 result'],
    ['x', 7, null, '7 results'],
    ['x', 7, 0, '1 of 7 results'],
  ])('status for %j, %i, %s → %j', (value, count, current, expected) => {
    expect(getStatusText(value, count, current)).toBe(expected);
  });
});
