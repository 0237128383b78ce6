// "12 of 340 events" and a way back to everything. The text is a polite live region so a change of
// filters is announced with its effect.
import './filters.css';

export interface FilterSummaryProps {
  readonly shown: number;
  readonly total: number;
  readonly hasFilters: boolean;
  onClear(): void;
}

const NUMBER = new Intl.NumberFormat('en-GB');

export function FilterSummary({ shown, total, hasFilters, onClear }: FilterSummaryProps) {
  return (
    <div className="filter-summary">
      <p role="status" className="filter-summary__count">
        {NUMBER.format(shown)} of {NUMBER.format(total)} {total === 1 ? 'event' : 'events'}
      </p>
      <button type="button" onClick={onClear} disabled={!hasFilters}>
        Clear filters
      </button>
    </div>
  );
}
