// Property tests with fast-check: thousands of hostile query strings (markup, javascript: URLs, very long
// values, odd Unicode, lone surrogates, repeated keys, broken percent-encoding). A failure prints the
// shrunk query and the seed that replays it. The generators are shared with e2e/security.spec.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileQuery } from '../../../../e2e/hostile-queries.ts';
import { EVENT_TYPE_IDS } from '../../../domain/event-types.ts';
import { SLUG_PATTERN } from '../../../domain/ids.ts';
import { isIsoDay } from '../../../domain/partial-date.ts';
import { LANE_GROUPINGS, parseUrlState, serializeUrlState } from './url-state.ts';
import { MAX_DISPLAY_LENGTH, MAX_LIST_ITEMS, MAX_QUERY_LENGTH } from './url-values.ts';

const RUNS = 3000;
// eslint-disable-next-line no-control-regex
const UNSAFE_FOR_DISPLAY = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('parseUrlState on hostile query strings (fast-check)', () => {
  it('never throws, and keeps only well-formed values', () => {
    fc.assert(
      fc.property(hostileQuery, (search) => {
        const { state } = parseUrlState(search);
        for (const id of [state.event, state.actor, ...state.actors]) {
          if (id !== null) expect(id).toMatch(SLUG_PATTERN);
        }
        for (const type of state.types) expect(EVENT_TYPE_IDS).toContain(type);
        expect(state.actors.length).toBeLessThanOrEqual(MAX_LIST_ITEMS);
        expect(new Set(state.actors).size).toBe(state.actors.length);
        expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(state.q).not.toMatch(/[\uD800-\uDBFF]$/); // never cut inside a surrogate pair
        expect(LANE_GROUPINGS).toContain(state.lanes);
        expect(state.from === null).toBe(state.to === null);
        if (state.from !== null && state.to !== null) {
          expect(isIsoDay(state.from) && isIsoDay(state.to) && state.from < state.to).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reports problems as short text without control or bidi characters', () => {
    fc.assert(
      fc.property(hostileQuery, (search) => {
        for (const problem of parseUrlState(search).problems) {
          expect(Array.from(problem.value).length).toBeLessThanOrEqual(MAX_DISPLAY_LENGTH + 1);
          expect(problem.value).not.toMatch(UNSAFE_FOR_DISPLAY);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('serialize ∘ parse is idempotent, and its output parses cleanly to the same state', () => {
    fc.assert(
      fc.property(hostileQuery, (search) => {
        const parsed = parseUrlState(search);
        const canonical = serializeUrlState(parsed.state);
        const reparsed = parseUrlState(canonical);
        expect(reparsed).toEqual({ state: parsed.state, problems: [] });
        expect(serializeUrlState(reparsed.state)).toBe(canonical);
      }),
      { numRuns: RUNS },
    );
  });

  it('is pure: the same query gives the same result, with or without "?"', () => {
    fc.assert(
      fc.property(hostileQuery, (search) => {
        const bare = search.startsWith('?') ? search.slice(1) : search;
        fc.pre(!bare.startsWith('?'));
        expect(parseUrlState(`?${bare}`)).toEqual(parseUrlState(bare));
      }),
      { numRuns: 500 },
    );
  });
});
