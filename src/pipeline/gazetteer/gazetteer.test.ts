import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './build-gazetteer.ts';
import type { GazetteerOffice } from './gazetteer-schema.ts';
import { GAZETTEER, getActorById, getCuratedActor, getRoleHolders } from './index.ts';

const FIRST_DAY = '2000-01-01';
const TODAY = '2026-11-23';
// "A few weeks": a caretaker is usually named within days; six weeks flags a missing holder.
const MAX_GAP_DAYS = 42;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

function getTerms(roleId: string): GazetteerOffice[] {
  return GAZETTEER.actors
    .flatMap((actor) => actor.offices.filter((office) => office.role === roleId))
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** Uncovered stretches of [FIRST_DAY, TODAY] longer than MAX_GAP_DAYS, vacancies excepted. */
function getLongGaps(roleId: string): string[] {
  const role = GAZETTEER.rolesById.get(roleId)!;
  const covered = [...getTerms(roleId), ...role.vacancies.map((v) => ({ start: v.start, end: v.end }))].sort(
    (a, b) => a.start.localeCompare(b.start),
  );
  const gaps: string[] = [];
  let coveredUntil = dayNumber(FIRST_DAY) - 1;
  for (const span of covered) {
    const gap = dayNumber(span.start) - coveredUntil - 1;
    if (gap > MAX_GAP_DAYS) gaps.push(`${gap} days before ${span.start}`);
    coveredUntil = Math.max(coveredUntil, span.end === null ? Infinity : dayNumber(span.end));
  }
  if (dayNumber(TODAY) - coveredUntil > MAX_GAP_DAYS) gaps.push('until today');
  return gaps;
}

describe('gazetteer data', () => {
  it('validates and rejects bad data', () => {
    expect(GAZETTEER.actors.length).toBeGreaterThan(200);
    const bad = (offices: unknown[]) => () =>
      buildGazetteer({
        people: [{ id: 'x-y', name: 'X Y', offices: offices as never }],
      });
    expect(bad([{ role: 'nope', start: '2001-01-01', end: null }])).toThrow(/unknown role/);
    expect(bad([{ role: 'nope', start: '2001-02-30', end: null }])).toThrow(/calendar day/);
  });

  it.each(GAZETTEER.roles.map((role) => [role.id]))('%s: terms never overlap', (roleId) => {
    const terms = getTerms(roleId);
    for (let i = 1; i < terms.length; i += 1) {
      const previous = terms[i - 1]!;
      expect(previous.end, `${previous.title} ${previous.start} is still open`).not.toBeNull();
      expect(
        previous.end! < terms[i]!.start,
        `${previous.start}..${previous.end} vs ${terms[i]!.start}`,
      ).toBe(true);
    }
  });

  const continuous = GAZETTEER.roles
    .filter((role) => role.coverage === 'continuous')
    .map((role) => [role.id]);
  it.each(continuous)('%s: holders cover 2000..today without long gaps', (roleId) => {
    expect(getLongGaps(roleId)).toEqual([]);
  });

  it('gives each unqualified generic title to one role at most', () => {
    const owners = GAZETTEER.roles.flatMap((role) => role.defaultFor.map((phrase) => phrase.toLowerCase()));
    expect(owners.length).toBe(new Set(owners).size);
  });

  it('lets no alias name two actors', () => {
    const seen = new Map<string, string>();
    for (const actor of GAZETTEER.actors) {
      for (const form of [actor.name, ...actor.aliases]) {
        expect(seen.get(form) ?? actor.id, form).toBe(actor.id);
        seen.set(form, actor.id);
      }
    }
  });
});

describe('gazetteer lookups', () => {
  it.each([
    ['us-secretary-of-state', '2005-06-01', 'condoleezza-rice'],
    ['us-secretary-of-state', '2014-12-14', 'john-kerry'],
    ['us-secretary-of-state', '2021-05-17', 'antony-blinken'],
    ['us-secretary-of-state', '2025-06-01', 'marco-rubio'],
    ['us-president', '2025-01-20', 'donald-trump'],
    ['us-president', '2025-01-19', 'joe-biden'],
    ['il-prime-minister', '2022-09-01', 'yair-lapid'],
    ['idf-chief-of-staff', '2021-05-17', 'aviv-kochavi'],
    ['pa-president', '2013-12-05', 'mahmoud-abbas'],
    ['arab-league-secretary-general', '2014-12-14', 'nabil-elaraby'],
    ['un-secretary-general', '2026-11-23', 'antonio-guterres'],
  ])('%s on %s is %s', (roleId, day, id) => {
    expect(getRoleHolders(GAZETTEER, roleId, day).map((a) => a.id)).toEqual([id]);
  });

  it('looks actors up by id', () => {
    expect(getActorById(GAZETTEER, 'john-kerry')?.name).toBe('John Kerry');
    expect(getActorById(GAZETTEER, 'nobody')).toBeUndefined();
    expect(getCuratedActor('mahmoud-abbas')).toMatchObject({
      kind: 'person',
      aliases: ['Abu Mazen', 'Mahmud Abbas'],
    });
    expect(Object.keys(getCuratedActor('israel')!).sort()).toEqual([
      'aliases',
      'id',
      'kind',
      'name',
      'offices',
      'origin',
    ]);
  });
});
