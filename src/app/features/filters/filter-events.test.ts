import { describe, expect, it, vi } from 'vitest';
import { EVENT_TYPES } from '../../../domain/event-types.ts';
import { filterEvents, hasActiveFilters } from './filter-events.ts';
import type { EventFilters } from './filter-events.ts';
import { buildFilterIndex } from './filter-index.ts';
import { getActorOptions, getTypeOptions } from './filter-options.ts';
import { foldText, getSearchTerms } from './fold-text.ts';
import { makeActor, makeEvent } from './test-fixtures.ts';

const actorsById = new Map(
  [
    makeActor('john-kerry', 'John Kerry', ['Kerry']),
    makeActor('ban-ki-moon', 'Ban Ki-moon'),
    makeActor('samantha-power', 'Samantha Power'),
  ].map((a) => [a.id as string, a]),
);

const events = [
  makeEvent('a', { type: 'meeting', actors: ['john-kerry', 'ban-ki-moon'], title: 'Kerry meets Ban' }),
  makeEvent('b', { type: 'vote', actors: ['samantha-power'], title: 'Security Council adopts 2334' }),
  makeEvent('c', { type: 'statement', actors: ['john-kerry'], title: 'Speech on settlements' }),
  makeEvent('d', { type: 'meeting', actors: [], title: 'Talks in Paris', place: 'Paris' }),
  makeEvent('e', { type: 'veto', actors: ['samantha-power'], sentence: 'Le délégué a parlé à Genève.' }),
  makeEvent('f', { type: 'statement', actors: ['ban-ki-moon'], title: 'Ban’s “final” remarks' }),
];
const index = buildFilterIndex(events, actorsById);

const ids = (filters: Partial<EventFilters>) =>
  filterEvents(events, { actors: [], types: [], q: '', ...filters }, index).map((e) => e.id);

describe('filterEvents', () => {
  it.each<[string, Partial<EventFilters>, string[]]>([
    ['no filters: everything, in input order', {}, ['a', 'b', 'c', 'd', 'e', 'f']],
    ['one actor', { actors: ['john-kerry'] }, ['a', 'c']],
    ['actors are OR-ed', { actors: ['john-kerry', 'samantha-power'] }, ['a', 'b', 'c', 'e']],
    ['an unknown actor alone matches nothing', { actors: ['nobody'] }, []],
    ['types are OR-ed', { types: ['vote', 'veto'] }, ['b', 'e']],
    ['actors AND types', { actors: ['john-kerry', 'ban-ki-moon'], types: ['statement'] }, ['c', 'f']],
    ['a search term in the title', { q: 'settlements' }, ['c']],
    ['case-insensitive', { q: 'SECURITY council' }, ['b']],
    ['accent-insensitive on the data side', { q: 'geneve delegue' }, ['e']],
    ['accent-insensitive on the query side', { q: 'GÉNÈVE' }, ['e']],
    ['typographic quotes fold to plain ones', { q: 'ban\'s "final"' }, ['f']],
    ['all terms must match (AND)', { q: 'kerry ban' }, ['a']],
    ['terms match actor names and aliases', { q: 'samantha' }, ['b', 'e']],
    ['terms match the place', { q: 'paris' }, ['d']],
    ['surrounding and repeated whitespace is ignored', { q: '  kerry   ' }, ['a', 'c']],
    [
      'search combined with actors and types',
      { actors: ['john-kerry'], types: ['meeting'], q: 'ban' },
      ['a'],
    ],
  ])('%s', (_, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('gives the same results without an index, or with one built from another array', () => {
    const filters = { actors: ['samantha-power'], types: [], q: 'council' };
    expect(filterEvents(events, filters).map((e) => e.id)).toEqual(['b']);
    expect(filterEvents(events, filters, buildFilterIndex(events.slice(1))).map((e) => e.id)).toEqual(['b']);
  });

  it('asks a lazy index for itself only when a filter is active', () => {
    const getIndex = vi.fn(() => index);
    const none = { actors: [], types: [], q: '  ' };
    expect(filterEvents(events, none, getIndex)).toEqual(events);
    expect(getIndex).not.toHaveBeenCalled();
    const byName = filterEvents(events, { ...none, q: 'samantha' }, getIndex).map((e) => e.id);
    expect(byName).toEqual(['b', 'e']); // actor names are searched: the index it returned was used
    expect(getIndex).toHaveBeenCalledTimes(1);
  });

  it('without actorsById only the event text is searched', () => {
    const plain = buildFilterIndex(events);
    expect(filterEvents(events, { actors: [], types: [], q: 'samantha' }, plain)).toEqual([]);
  });
});

describe('hasActiveFilters', () => {
  it.each<[Partial<EventFilters>, boolean]>([
    [{}, false],
    [{ q: '   ' }, false],
    [{ q: 'x' }, true],
    [{ actors: ['a'] }, true],
    [{ types: ['vote'] }, true],
  ])('%o → %s', (filters, expected) => {
    expect(hasActiveFilters({ actors: [], types: [], q: '', ...filters })).toBe(expected);
  });
});

describe('folding and terms', () => {
  it.each([
    ['Ban Ki-moon’s Café', "ban ki-moon's cafe"],
    ['ÉTATS–UNIS', 'etats-unis'],
    ['ﬁnal', 'final'],
  ])('foldText(%j) → %j', (input, expected) => expect(foldText(input)).toBe(expected));

  it('splits, folds and dedupes terms', () => {
    expect(getSearchTerms('  Kerry  UN kerry ')).toEqual(['kerry', 'un']);
  });
});

describe('filter options', () => {
  it('lists actors by event count, then name', () => {
    expect(getActorOptions(index, actorsById)).toEqual([
      { id: 'ban-ki-moon', name: 'Ban Ki-moon', count: 2 },
      { id: 'john-kerry', name: 'John Kerry', count: 2 },
      { id: 'samantha-power', name: 'Samantha Power', count: 2 },
    ]);
  });

  it('lists every type in taxonomy order with counts', () => {
    const options = getTypeOptions(index);
    expect(options[0]).toEqual({ id: 'meeting', label: 'Meeting', count: 2 });
    expect(options.find((o) => o.id === 'threat')?.count).toBe(0);
    expect(options.map((o) => o.id)).toEqual(EVENT_TYPES.map((t) => t.id));
  });
});
