import { describe, expect, it } from 'vitest';
import { buildGazetteer, buildGazetteerFromFiles, getSection } from './build-gazetteer.ts';

const person = (id: string, name: string, extra: object = {}) => ({ id, name, ...extra });
const org = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases });
const role = { id: 'un-chief', title: 'UN Secretary-General', of: ['un'] };

const problemsOf = (build: () => unknown): string => {
  try {
    build();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('buildGazetteerFromFiles', () => {
  it.each([
    ['people-us.json', 'people'],
    ['people-anywhere-else.json', 'people'],
    ['roles-world.json', 'roles'],
    ['states.json', 'states'],
    ['shared-forms.json', 'sharedForms'],
    ['misc.json', null],
  ])('reads %s as the %s section', (file, section) => {
    expect(getSection(file)).toBe(section);
  });

  it('builds actors from several files, deriving "<demonym> government" aliases', () => {
    const gazetteer = buildGazetteerFromFiles({
      'people-a.json': [
        person('ban-ki-moon', 'Ban Ki-moon', {
          offices: [{ role: 'un-chief', start: '2007-01-01', end: '2016-12-31' }],
        }),
      ],
      'states.json': [{ id: 'norway', name: 'Norway', unMember: true, demonyms: ['Norwegian'] }],
      'organisations.json': [org('un', 'United Nations', ['UN'])],
      'roles.json': [role],
    });
    expect(gazetteer.actorsById.get('norway')?.aliases).toEqual(['Norwegian government']);
    expect(gazetteer.actorsById.get('ban-ki-moon')?.offices[0]?.title).toBe('UN Secretary-General');
    expect(gazetteer.actorsById.get('un')?.kind).toBe('organization');
  });

  it('names the file and the record of every field problem', () => {
    const message = problemsOf(() =>
      buildGazetteerFromFiles({
        'people-x.json': [
          person('x-y', 'X Y', { offices: [{ role: 'un-chief', start: '2001-02-30', end: null }] }),
        ],
        'organisations.json': [{ id: 'Bad Id', name: 'Bad' }],
        'notes.json': [],
      }),
    );
    expect(message).toMatch(/people-x\.json: item 0 \(x-y\) offices\.0\.start: must be a calendar day/);
    expect(message).toMatch(/organisations\.json: item 0 \(Bad Id\) id: must be a lower-case slug/);
    expect(message).toMatch(/notes\.json: unknown gazetteer file/);
  });

  it('rejects unknown fields, so a misspelt key is not silently ignored', () => {
    expect(
      problemsOf(() =>
        buildGazetteerFromFiles({ 'people-x.json': [person('x-y', 'X Y', { alias: ['Z'] })] }),
      ),
    ).toMatch(/people-x\.json: item 0 \(x-y\).*alias/);
  });

  it('names the file of a cross-reference problem', () => {
    const message = problemsOf(() =>
      buildGazetteerFromFiles({
        'people-x.json': [
          person('x-y', 'X Y', { offices: [{ role: 'un-chief', start: '2010-01-01', end: '2009-01-01' }] }),
        ],
        'roles.json': [role],
        'organisations.json': [org('un', 'United Nations')],
      }),
    );
    expect(message).toMatch(
      /people-x\.json: x-y: un-chief ends \(2009-01-01\) before it starts \(2010-01-01\)/,
    );
  });
});

describe('buildGazetteer cross-references', () => {
  it.each([
    [
      'a duplicate id',
      { people: [person('a-b', 'A B'), person('a-b', 'A C')] },
      /actor id "a-b" is used twice/,
    ],
    [
      'an unknown role',
      { people: [person('a-b', 'A B', { offices: [{ role: 'x', start: '2001-01-01', end: null }] })] },
      /unknown role "x"/,
    ],
    ['an unknown role owner', { roles: [{ ...role, of: ['nobody'] }] }, /role un-chief: unknown "nobody"/],
    [
      'a default title that is not generic',
      { organisations: [org('un', 'UN')], roles: [{ ...role, defaultFor: ['chief'] }] },
      /default "chief" is not generic/,
    ],
    [
      'a metonym for nobody',
      { places: [{ name: 'Oslo', metonymFor: 'norway' }] },
      /Oslo: stands for unknown actor "norway"/,
    ],
    [
      'a place listed twice',
      { places: [{ name: 'Gaza' }, { name: 'Gaza City', aliases: ['Gaza'] }] },
      /place "Gaza" is listed twice/,
    ],
    [
      'an alias naming two actors',
      { organisations: [org('a', 'Alpha', ['AB']), org('b', 'Beta', ['AB'])] },
      /"AB" names several actors \(a, b\)/,
    ],
  ])('rejects %s', (_what, data, problem) => {
    expect(problemsOf(() => buildGazetteer(data as never))).toMatch(problem);
  });

  it('accepts a form two actors share when shared-forms lists it', () => {
    const data = {
      organisations: [org('a', 'Alpha', ['AB']), org('b', 'Beta', ['AB'])],
      sharedForms: [{ form: 'AB', actors: ['a', 'b'], why: 'both abbreviate to AB' }],
    };
    expect(buildGazetteer(data).actors).toHaveLength(2);
    const third = { ...data, organisations: [...data.organisations, org('c', 'Gamma', ['AB'])] };
    expect(problemsOf(() => buildGazetteer(third))).toMatch(/"AB" names several actors/);
  });
});
