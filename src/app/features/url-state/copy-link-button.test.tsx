import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from './copy-link-button.tsx';

function mockClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

async function clickCopy() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/?event=un-vote&q=a+b#top');
});

afterEach(() => {
  vi.useRealTimers();
  mockClipboard(undefined);
});

describe('CopyLinkButton', () => {
  it('copies the current address and says so politely, then clears the message', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    render(<CopyLinkButton resetAfterMs={3000} />);

    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await clickCopy();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?event=un-vote&q=a+b#top`);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    act(() => vi.advanceTimersByTime(3000));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('falls back to a selected read-only field when writing is refused', async () => {
    mockClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')) });
    render(<CopyLinkButton />);

    await clickCopy();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Could not copy the link; copy it from the address bar',
    );
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this view' });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, window.location.href.length]);
  });

  it('falls back when there is no clipboard API at all (insecure context)', async () => {
    mockClipboard(undefined);
    render(<CopyLinkButton />);
    await clickCopy();
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy the link');
    expect(screen.getByRole('textbox')).toHaveValue(window.location.href);
  });

  it('copies the address as it is at the moment of the click', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    render(<CopyLinkButton />);
    window.history.pushState(null, '', '/?actor=john-kerry');
    await clickCopy();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?actor=john-kerry`);
  });
});
