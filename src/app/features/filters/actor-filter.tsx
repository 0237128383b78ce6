// A searchable multi-select following the ARIA combobox + listbox pattern: focus stays in the text
// field, aria-activedescendant points at the highlighted option. Keys: Down/Up move (Down opens),
// Enter toggles, Escape closes (or clears the text when already closed), Backspace in an empty
// field removes the last chosen actor. Chosen actors show as chips with a remove button.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { foldText, getSearchTerms, matchesAllTerms } from './fold-text.ts';
import './filters.css';

export interface ActorFilterProps {
  /** Choices with their event counts; shown most events first. */
  readonly actors: readonly { id: string; name: string; count: number }[];
  /** Chosen actor ids, in the order they were chosen. */
  readonly selected: readonly string[];
  onChange(ids: string[]): void;
}

/** Options rendered at once; typing narrows the rest. Keeps the popup fast with thousands of actors. */
const MAX_SHOWN_OPTIONS = 100;

export function ActorFilter({ actors, selected, onChange }: ActorFilterProps) {
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const optionId = (i: number) => `${baseId}-option-${i}`;
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const sorted = useMemo(
    () =>
      [...actors].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en', { numeric: true })),
    [actors],
  );
  const foldedNames = useMemo(() => sorted.map((a) => foldText(a.name)), [sorted]);
  const matching = useMemo(() => {
    const terms = getSearchTerms(text);
    return sorted.filter((_, i) => matchesAllTerms(foldedNames[i] ?? '', terms));
  }, [sorted, foldedNames, text]);
  const shown = matching.slice(0, MAX_SHOWN_OPTIONS);
  const activeIndex = Math.min(active, shown.length - 1);
  const chosen = new Set(selected);
  const nameOf = new Map(actors.map((a) => [a.id, a.name]));

  useEffect(() => {
    if (!open || activeIndex < 0) return;
    // jsdom has no scrollIntoView.
    document.getElementById(`${baseId}-option-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, activeIndex, baseId]);

  const toggle = (id: string) =>
    onChange(chosen.has(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  const remove = (id: string) => {
    onChange(selected.filter((s) => s !== id));
    inputRef.current?.focus(); // the chip's button is gone; keep focus in the control
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive(Math.min(activeIndex + 1, last));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(last);
      } else setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter' && open && activeIndex >= 0) {
      event.preventDefault();
      toggle((shown[activeIndex] as ActorFilterProps['actors'][number]).id);
    } else if (event.key === 'Escape' && (open || text !== '')) {
      event.preventDefault();
      if (open) setOpen(false);
      else setText('');
    } else if (event.key === 'Backspace' && text === '' && selected.length > 0) {
      onChange(selected.slice(0, -1));
    }
  };
  const handleBlur = (event: FocusEvent) => {
    if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="actor-filter" ref={rootRef} onBlur={handleBlur}>
      <label htmlFor={inputId} className="visually-hidden">
        Filter by actor
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        placeholder="Filter by actor"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={handleKeyDown}
      />
      <div className="actor-filter__popup" hidden={!open}>
        <ul id={listboxId} role="listbox" aria-label="Actors" aria-multiselectable="true">
          {shown.map((actor, i) => (
            <li
              key={actor.id}
              id={optionId(i)}
              role="option"
              aria-selected={chosen.has(actor.id)}
              className={i === activeIndex ? 'actor-filter__option is-active' : 'actor-filter__option'}
              onMouseDown={(e) => e.preventDefault()} // keep focus in the field
              onClick={() => {
                setActive(i);
                toggle(actor.id);
              }}
            >
              <bdi>{actor.name}</bdi> ({actor.count})
            </li>
          ))}
        </ul>
        {matching.length === 0 && <p className="actor-filter__note">No actor matches “{text.trim()}”.</p>}
        {matching.length > shown.length && (
          <p className="actor-filter__note">
            Showing {shown.length} of {matching.length} actors; type to narrow.
          </p>
        )}
      </div>
      {selected.length > 0 && (
        <ul className="actor-filter__chips" aria-label="Chosen actors">
          {selected.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="chip filter-chip"
                aria-label={`Remove ${nameOf.get(id) ?? id}`}
                onClick={() => remove(id)}
              >
                <bdi>{nameOf.get(id) ?? id}</bdi>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
