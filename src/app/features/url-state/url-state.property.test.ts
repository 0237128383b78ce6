// Hostile and random input. fast-check is not a dependency, so random cases come from a small seeded
// generator: a failure names its seed and case and replays exactly.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_IDS } from '../../../domain/event-types.ts';
import type { ActorId, ArticleId, EventId } from '../../../domain/ids.ts';
import { SLUG_PATTERN } from '../../../domain/ids.ts';
import { isIsoDay } from '../../../domain/partial-date.ts';
import { LANE_GROUPINGS, parseUrlState, serializeUrlState } from './url-state.ts';
import type { ParsedUrlState, UrlState } from './url-state.ts';

/** mulberry32: a tiny deterministic PRNG, enough for test data. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { int, pick };
}
type Random = ReturnType<typeof createRandom>;

const HOSTILE = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"><img src=x onerror=alert(1)>',
  'x'.repeat(10_000),
  '\u202Eevil\u200F\u061C',
  '🕊️👩‍👩‍👧',
  '%uD800',
  '%ED%A0%80',
  '\uD800',
  '\uDFFF\uD800',
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%00',
  '+',
  '%20',
  '__proto__',
  'constructor',
];
const FRAGMENTS = [
  ...HOSTILE,
  ...['?', '&', '=', ',', '#', ' ', '-', '--', '2017-01-05', '2016-12-23', '2021-02-30', 'vote', 'veto'],
  ...['event', 'actor', 'actors', 'types', 'q', 'from', 'to', 'lanes', 'article', 'quote', 'compress'],
  ...['type', 'john-kerry', 'A', '12-40', '0'],
];

function randomSearch(r: Random): string {
  return Array.from({ length: r.int(12) }, () =>
    r.int(4) === 0 ? String.fromCharCode(r.int(0x10000)) : r.pick(FRAGMENTS),
  ).join('');
}

const slug = (r: Random) => Array.from({ length: 1 + r.int(3) }, () => r.int(1e6).toString(36)).join('-');
const day = (r: Random) =>
  `${1990 + r.int(40)}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;
const text = (r: Random) =>
  Array.from({ length: r.int(30) }, () =>
    r.pick([...'ab ,+&=%#?/\\"\'<>\n\t', 'é', 'ש', '\u200F', '🕊️', '%2C', '%20']),
  ).join('');

function randomState(r: Random): UrlState {
  const [a, b] = [day(r), day(r)].sort();
  const hasWindow = a !== b && r.int(2) === 0;
  return {
    event: r.int(2) ? (slug(r) as EventId) : null,
    actor: r.int(2) ? (slug(r) as ActorId) : null,
    actors: [...new Set(Array.from({ length: r.int(4) }, () => slug(r) as ActorId))],
    types: [...new Set(Array.from({ length: r.int(4) }, () => r.pick(EVENT_TYPE_IDS)))],
    q: text(r),
    from: hasWindow ? (a ?? null) : null,
    to: hasWindow ? (b ?? null) : null,
    lanes: r.pick(LANE_GROUPINGS),
    ...randomReader(r),
    compress: r.int(2) === 0,
  };
}

function randomReader(r: Random): Pick<UrlState, 'article' | 'quote'> {
  if (r.int(2) === 0) return { article: null, quote: null };
  const start = r.int(5000);
  const quote = r.int(2) === 0 ? null : { start, end: start + 1 + r.int(400) };
  return { article: slug(r) as ArticleId, quote };
}

function expectValid({ state, problems }: ParsedUrlState) {
  for (const id of [state.event, state.actor, ...state.actors])
    if (id !== null) expect(id).toMatch(SLUG_PATTERN);
  for (const type of state.types) expect(EVENT_TYPE_IDS).toContain(type);
  expect(new Set(state.actors).size).toBe(state.actors.length);
  expect(state.actors.length).toBeLessThanOrEqual(100);
  expect(state.q.length).toBeLessThanOrEqual(200);
  expect(LANE_GROUPINGS).toContain(state.lanes);
  expect(state.from === null).toBe(state.to === null);
  if (state.from !== null && state.to !== null) {
    expect(isIsoDay(state.from) && isIsoDay(state.to) && state.from < state.to).toBe(true);
  }
  for (const p of problems) expect(Array.from(p.value).length).toBeLessThanOrEqual(61);
}

describe('parseUrlState on hostile input', () => {
  const keys = ['event', 'actor', 'actors', 'types', 'q', 'from', 'to', 'lanes', 'article', 'quote', ''];
  const cases = HOSTILE.flatMap((value) =>
    keys.flatMap((key) => [`?${key}=${value}`, `?${key}=ok&${key}=${value}`]),
  );

  it.each(cases)('%s gives a valid state', (search) => {
    const parsed = parseUrlState(search);
    expectValid(parsed);
    // Hostile text survives only as search text, and only as data.
    const { q, quote, ...rest } = parsed.state;
    for (const value of Object.values(rest).flat()) expect(String(value)).toMatch(/^[a-z0-9-]*$/);
    if (quote) expect(Number.isInteger(quote.start) && quote.start < quote.end).toBe(true);
    if (search.startsWith('?q=')) expect(q.length).toBeGreaterThan(0);
  });
});

describe('parseUrlState properties (seeded)', () => {
  it.each([1, 2, 3, 42, 2024])('never throws and always gives a valid, stable state (seed %i)', (seed) => {
    const r = createRandom(seed);
    for (let i = 0; i < 400; i += 1) {
      const search = randomSearch(r);
      const parsed = parseUrlState(search);
      expectValid(parsed);
      const canonical = serializeUrlState(parsed.state);
      const reparsed = parseUrlState(canonical);
      expect(reparsed, `case ${i}: ${JSON.stringify(search)}`).toEqual({ state: parsed.state, problems: [] });
      expect(serializeUrlState(reparsed.state)).toBe(canonical);
    }
  });

  it.each([7, 8, 9])('parse(serialize(state)) is the state (seed %i)', (seed) => {
    const r = createRandom(seed);
    for (let i = 0; i < 400; i += 1) {
      const state = randomState(r);
      expect(parseUrlState(serializeUrlState(state)), `case ${i}`).toEqual({ state, problems: [] });
    }
  });
});
