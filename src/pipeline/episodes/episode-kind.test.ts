import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../events/merge-events.ts';
import { getKind, getActorLabel } from './episode-kind.ts';

const event = (
  type: MergedEvent['type'],
  text: string,
  agents: string[] = [],
  title = text,
): MergedEvent => ({
  id: text,
  date: '2020-01-01',
  precision: 'day',
  type,
  title,
  actorIds: agents,
  agentIds: agents,
  targetIds: [],
  place: null,
  sources: [{ articleId: 'a', start: 0, end: text.length, text, dateText: '' }],
});

describe('getKind', () => {
  it('lets a sentence vote once, for its most specific kind', () => {
    // Three sentences say "resolution", but each is about a veto.
    const events = [
      event('veto', 'The US vetoed the resolution.'),
      event('statement', 'The resolution was vetoed on Friday.'),
      event('statement', 'Diplomats said the vetoed resolution would return.'),
    ];
    expect(getKind(events).id).toBe('veto');
  });

  it('never names a veto or a ruling that no event of the episode is', () => {
    const talk = [
      event('statement', 'Washington said it would veto the application.'),
      event('statement', 'A veto would isolate Washington, diplomats said.'),
      event('application', 'The Palestinians applied for membership.'),
    ];
    expect(getKind(talk, ['Washington is left holding the veto']).id).toBe('membership');
    expect(getKind([...talk, event('veto', 'The US vetoed the application.')]).id).toBe('veto');
  });

  it('counts whatever a court does as its ruling', () => {
    const events = [
      event('statement', 'The court said Sylvania must let aid in; the ruling binds it.', ['sylvan-court']),
      event('statement', 'Sylvania called the ruling a disgrace.'),
      event('statement', 'Lawyers said the ruling was final.'),
      event('sanction', 'Osterlich froze its aid to the agency.', ['osterlich']),
    ];
    expect(getKind(events).id).not.toBe('ruling');
    const icj = ['international-court-of-justice'];
    expect(getKind([{ ...events[0]!, agentIds: icj, actorIds: icj }, ...events.slice(1)]).id).toBe('ruling');
  });

  it('tells a bid for statehood by another road from a bid for UN membership', () => {
    const talks = [
      event('meeting', 'The envoy met his Sylvan counterpart in Rome.'),
      event('statement', 'The Palestinian statehood draft sets a two-year deadline.'),
    ];
    expect(getKind(talks, ['Envoy in Rome for Talks on Palestinian Statehood Bid']).label).toBe(
      'Statehood bid',
    );
    expect(getKind(talks, ['Palestinians ask to be admitted as a full member']).label).toBe(
      'UN membership bid',
    );
  });

  it('never names an Assembly vote with no vote, abstention or adopted resolution in it', () => {
    const talk = [
      event('statement', 'The General Assembly heard Abbas speak.', ['un-general-assembly']),
      event('statement', 'Delegates at the General Assembly applauded.', ['un-general-assembly']),
    ];
    expect(getKind(talk).id).not.toBe('assembly');
    expect(getKind([...talk, event('vote', 'The Assembly voted.', ['un-general-assembly'])]).id).toBe(
      'assembly',
    );
  });

  it('counts a vote toward the Assembly only when the Assembly took part', () => {
    const inAssembly = event('vote', 'Members voted on the text.', ['un-general-assembly']);
    const inCouncil = event('vote', 'Members voted on the text.', ['un-security-council']);
    expect(getKind([inAssembly, inAssembly]).id).toBe('assembly');
    expect(getKind([inCouncil, inCouncil]).id).toBe('resolution');
  });

  it('takes the kind a headline leads with, and weighs it above a sentence', () => {
    const events = [event('statement', 'Funding was withheld.'), event('statement', 'A ceasefire held.')];
    expect(getKind(events).id).toBe('funding');
    expect(getKind(events, ['Truce holds as donors withhold funding']).id).toBe('ceasefire');
  });

  it('falls back to diplomatic contacts when nothing matches', () => {
    expect(getKind([event('statement', 'They had lunch.')])).toEqual({
      id: null,
      label: 'Diplomatic contacts',
    });
  });
});

describe('getActorLabel', () => {
  it('names the one who cut funding, as for a veto', () => {
    const cut = event('sanction', 'c', ['united-states'], 'US cuts funding');
    expect(getActorLabel([cut], 'Funding cut', 'sanction', 'funding cut')).toBe('US funding cut');
  });

  it('names the one who cast most vetoes as the titles write it', () => {
    const us = (n: number) => event('veto', `v${n}`, ['united-states'], 'US vetoes council draft');
    expect(getActorLabel([us(1), us(2)], 'Security Council veto')).toBe('US veto');
  });

  it('keeps the generic label when vetoes were shared or cast jointly', () => {
    const joint = event('veto', 'v', ['russia', 'china'], 'Russia and China veto US text');
    const us = event('veto', 'w', ['united-states'], 'US vetoes council draft');
    expect(getActorLabel([joint], 'Security Council veto')).toBe('Security Council veto');
    expect(getActorLabel([joint, us], 'Security Council veto')).toBe('Security Council veto');
  });
});
