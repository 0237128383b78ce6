// The event-type filter behind one "Types" button: a popover that is also the legend. Types are
// grouped by family, each family under its mark (shape and colour) with its event count, each type
// a checkbox with its own count. The button says how many types are chosen.
import type { EventType } from '../../../domain/event-types.ts';
import { EVENT_FAMILIES, getEventFamily } from '../../../domain/event-types.ts';
import { FamilyMark, Popover } from '../../ui/index.ts';
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
  const families = EVENT_FAMILIES.map((family) => {
    const members = types.filter((t) => getEventFamily(t.id) === family.id);
    return { ...family, members, count: members.reduce((sum, t) => sum + t.count, 0) };
  }).filter((family) => family.members.length > 0);
  const chosenCount = types.filter((t) => chosen.has(t.id)).length;

  return (
    <Popover
      className="type-filter"
      label="Event types"
      // One text node: browsers put a space between inline elements in the button's name.
      trigger={chosenCount > 0 ? `Types: ${chosenCount} chosen` : 'Types'}
    >
      <p className="type-filter__hint">
        Each family has its own shape and colour on the timeline and in the list.
      </p>
      <div className="type-filter__families">
        {families.map((family) => (
          <fieldset key={family.id} className="type-filter__family">
            <legend className="type-filter__legend">
              <FamilyMark family={family.id} />
              {family.label} <span className="type-filter__count">({family.count})</span>
            </legend>
            <ul className="type-filter__list">
              {family.members.map((type) => (
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
        ))}
      </div>
      <p className="type-filter__hint">
        Hatched bars: dates known only to the month or year, or spans. Striped marks: planned events.
      </p>
    </Popover>
  );
}
