// Search field with previous/next result buttons. The field keeps its own text so typing stays
// instant while the caller debounces `value`: a `value` that this field sent itself (a lagging,
// debounced echo) never overwrites newer typing; any other new `value` (Clear filters, Back) does.
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button } from '../../ui/index.ts';
import './filters.css';

export interface SearchBoxProps {
  /** The committed search text (e.g. from the URL). */
  readonly value: string;
  /** Called on every keystroke; debouncing is the caller's choice. */
  onChange(q: string): void;
  /** How many events match the committed text. */
  readonly resultCount: number;
  /** Zero-based position of the current result, or null when none is current. */
  readonly currentIndex: number | null;
  onStep(direction: 1 | -1): void;
}

export const MAX_SEARCH_LENGTH = 200;
/** Recent texts this field sent; enough to cover any sensible debounce delay. */
const MAX_PENDING = 50;

export function SearchBox({ value, onChange, resultCount, currentIndex, onStep }: SearchBoxProps) {
  const inputId = useId();
  const statusId = `${inputId}-status`;
  const [text, setText] = useState(value);
  const [sync, setSync] = useState<{ value: string; pending: readonly string[] }>({ value, pending: [] });
  if (value !== sync.value) {
    // Adjusting state while rendering (not in an effect) avoids one frame showing stale text.
    const isEcho = sync.pending.includes(value);
    if (!isEcho) setText(value);
    setSync({ value, pending: isEcho && value !== text ? sync.pending : [] });
  }

  const handleChange = (next: string) => {
    setText(next);
    setSync((s) => ({ value: s.value, pending: [...s.pending.slice(1 - MAX_PENDING), next] }));
    onChange(next);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (resultCount > 0) onStep(event.shiftKey ? -1 : 1);
  };

  return (
    <div className="search-box" role="search">
      <label htmlFor={inputId} className="visually-hidden">
        Search events
      </label>
      <div className="search-box__row">
        <input
          id={inputId}
          type="search"
          maxLength={MAX_SEARCH_LENGTH}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search events"
          aria-describedby={statusId}
          value={text}
          onChange={(e) => handleChange(e.target.value)}
          onKeyDown={handleKeyDown}
        />
        {/* Shown only while there is a search: stepping is what the results are for. */}
        <span className="search-box__status" id={statusId} role="status" aria-live="polite">
          {getStatusText(value, resultCount, currentIndex)}
        </span>
        {value.trim() !== '' && (
          <>
            <Button
              variant="quiet"
              aria-label="Previous result"
              title="Previous result (Shift+Enter)"
              onClick={() => onStep(-1)}
              disabled={resultCount === 0}
            >
              <span aria-hidden="true">↑</span>
            </Button>
            <Button
              variant="quiet"
              aria-label="Next result"
              title="Next result (Enter)"
              onClick={() => onStep(1)}
              disabled={resultCount === 0}
            >
              <span aria-hidden="true">↓</span>
            </Button>
          </>
        )}
      </div>
    </div>
  );
}

/** "3 of 7 results", "7 results", "1 result", "No results", or '' before any search. */
export function getStatusText(value: string, resultCount: number, currentIndex: number | null): string {
  if (value.trim() === '') return '';
  if (resultCount === 0) return 'No results';
  const noun = resultCount === 1 ? 'result' : 'results';
  if (currentIndex === null || currentIndex >= resultCount) return `${resultCount} ${noun}`;
  return `${currentIndex + 1} of ${resultCount} ${noun}`;
}
