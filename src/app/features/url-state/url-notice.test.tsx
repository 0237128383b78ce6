import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseUrlState } from './url-state.ts';
import type { UrlProblem } from './url-state.ts';
import { UrlNotice } from './url-notice.tsx';

const problem = (value: string): UrlProblem => ({ key: 'event', value, reason: 'is not a valid id' });

describe('UrlNotice', () => {
  it('renders nothing without problems or messages', () => {
    const { container } = render(<UrlNotice problems={[]} messages={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists problems and app messages in a polite status region', () => {
    render(<UrlNotice problems={[problem('Bad')]} messages={['No event with id "x" exists']} />);
    const notice = screen.getByRole('status');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'event: “Bad” is not a valid id',
      'No event with id "x" exists',
    ]);
    expect(notice).toHaveTextContent('Parts of this link could not be used');
  });

  it('shows hostile values as text, never as HTML', () => {
    const hostile = '"><img src=x onerror=alert(1)><script>alert(1)</script>';
    const { container } = render(
      <UrlNotice problems={[problem(hostile)]} messages={['<b onmouseover=alert(1)>bold</b>']} />,
    );
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(hostile);
    expect(screen.getByRole('status')).toHaveTextContent('<b onmouseover=alert(1)>bold</b>');
  });

  it('shows what the parser reports for a hostile link', () => {
    const { problems } = parseUrlState('?event=%3Cscript%3Ealert(1)%3C/script%3E&lanes=%E2%80%AEx');
    const { container } = render(<UrlNotice problems={problems} />);
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(screen.getByText('\uFFFDx')).toBeInTheDocument();
  });

  it('summarises long lists', () => {
    const problems = Array.from({ length: 12 }, (_, i) => problem(`v${i}`));
    render(<UrlNotice problems={problems} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(9);
    expect(screen.getByText('…and 4 more')).toBeInTheDocument();
  });

  it('hides on dismiss and comes back only for different problems', () => {
    const onDismiss = vi.fn();
    const { rerender } = render(<UrlNotice problems={[problem('a')]} onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    rerender(<UrlNotice problems={[problem('a')]} onDismiss={onDismiss} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    rerender(<UrlNotice problems={[problem('b')]} onDismiss={onDismiss} />);
    expect(screen.getByRole('status')).toBeInTheDocument();
  });
});
