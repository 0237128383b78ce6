// Event type checkboxes in taxonomy order, each with how many events it has.
import type { EventType } from '../../../domain/event-types.ts';
import './filters.css';

export interface TypeFilterProps {
  readonly types: readonly { id: EventType; label: string; count: number }[];
  /** Chosen type ids; empty means all types are shown. */
  readonly selected: readonly string[];
  /** Receives the chosen ids in the order of `types`. */
  onChange(ids: string[]): void;
}

export function TypeFilter({ types, selected, onChange }: TypeFilterProps) {
  const chosen = new Set(selected);
  const setChecked = (id: EventType, checked: boolean) =>
    onChange(types.filter((t) => (t.id === id ? checked : chosen.has(t.id))).map((t) => t.id));

  return (
    <fieldset className="type-filter">
      <legend>Event types</legend>
      <ul className="type-filter__list">
        {types.map((type) => (
          <li key={type.id}>
            <label className="type-filter__option">
              <input
                type="checkbox"
                checked={chosen.has(type.id)}
                onChange={(e) => setChecked(type.id, e.target.checked)}
              />
              {type.label} <span className="type-filter__count">({type.count})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
