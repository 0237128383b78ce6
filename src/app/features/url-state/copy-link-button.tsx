// Copies the address of the current view. The URL already holds every shareable setting, so the link is
// simply window.location.href at the moment of the click.
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../ui/index.ts';

type CopyStatus = 'idle' | 'copied' | 'failed';

const STATUS_TEXT: Record<CopyStatus, string> = {
  idle: '',
  copied: 'Link copied',
  failed: 'Could not copy the link; copy it from the address bar',
};

export interface CopyLinkButtonProps {
  /** How long the confirmation stays before the live region is emptied again. */
  readonly resetAfterMs?: number;
}

interface CopyState {
  readonly status: CopyStatus;
  /** The link shown in a read-only field after copying failed, or null. */
  readonly fallbackHref: string | null;
  /** Counts clicks, so each failure selects the field again and each result is announced again. */
  readonly attempt: number;
}

/** Copying the current address, its outcome and the fallback field: for a button or a menu item. */
export function useCopyLink(resetAfterMs = 4000) {
  const [copy, setCopy] = useState<CopyState>({ status: 'idle', fallbackHref: null, attempt: 0 });
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (copy.status === 'idle') return;
    const timer = window.setTimeout(() => setCopy((c) => ({ ...c, status: 'idle' })), resetAfterMs);
    return () => window.clearTimeout(timer);
  }, [copy.status, copy.attempt, resetAfterMs]);

  useEffect(() => {
    if (copy.status !== 'failed') return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [copy.status, copy.attempt]);

  async function copyLink() {
    const href = window.location.href;
    // Empty the live region first so the same message is announced again on a second click.
    setCopy((c) => ({ ...c, status: 'idle' }));
    try {
      // navigator.clipboard is missing outside secure contexts, whatever the DOM types say.
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(href);
      setCopy((c) => ({ status: 'copied', fallbackHref: null, attempt: c.attempt + 1 }));
    } catch {
      setCopy((c) => ({ status: 'failed', fallbackHref: href, attempt: c.attempt + 1 }));
    }
  }

  return { copyLink, copy, inputRef };
}

export type CopyLink = ReturnType<typeof useCopyLink>;

/** The polite status ("Link copied") and, after a failure, the link in a selected read-only field. */
export function CopyLinkFeedback({ copy, inputRef }: Pick<CopyLink, 'copy' | 'inputRef'>) {
  return (
    <>
      <span role="status" className="copy-link__status">
        {STATUS_TEXT[copy.status]}
      </span>
      {copy.fallbackHref !== null && (
        <input
          ref={inputRef}
          className="copy-link__fallback"
          aria-label="Link to this view"
          readOnly
          value={copy.fallbackHref}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </>
  );
}

export function CopyLinkButton({ resetAfterMs = 4000 }: CopyLinkButtonProps) {
  const { copyLink, copy, inputRef } = useCopyLink(resetAfterMs);
  return (
    <span className="copy-link">
      <Button onClick={() => void copyLink()}>Copy link</Button>
      <CopyLinkFeedback copy={copy} inputRef={inputRef} />
    </span>
  );
}
