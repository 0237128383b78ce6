// "12 of 340 events" and a way back to everything. The text is a polite live region so a change of
// filters is announced with its effect.
import { Button } from '../../ui/index.ts';
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
      {/* Only while something is filtered: a disabled button would be one more thing to read past. */}
      {hasFilters && <Button onClick={onClear}>Clear filters</Button>}
    </div>
  );
}
