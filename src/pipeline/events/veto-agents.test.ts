import { describe, expect, it } from 'vitest';
import { processArticle } from '../process-article.ts';
import { toInventedArticle } from './invented-article.ts';
import { getAbstentionAgents, getVetoRoles } from './veto-agents.ts';

const kinds: Record<string, 'state' | 'person'> = {
  israel: 'state',
  'united-states': 'state',
  russia: 'state',
  china: 'state',
  'benjamin-netanyahu': 'person',
};
const kindOf = (id: string) => kinds[id];

describe('getVetoRoles', () => {
  it('keeps a state that holds no council veto out of the agents beside one that does', () => {
    expect(getVetoRoles(['israel', 'united-states'], [], kindOf)).toEqual({
      agentIds: ['united-states'],
      targetIds: ['israel'],
    });
  });

  it('makes a permanent member named only as a target of an agentless veto its agent', () => {
    expect(getVetoRoles([], ['united-states', 'israel'], kindOf)).toEqual({
      agentIds: ['united-states'],
      targetIds: ['israel'],
    });
  });

  it('leaves vetoes by people, and joint vetoes of permanent members, as they are', () => {
    expect(getVetoRoles(['benjamin-netanyahu'], [], kindOf).agentIds).toEqual(['benjamin-netanyahu']);
    expect(getVetoRoles(['russia', 'china'], ['united-states'], kindOf).agentIds).toEqual([
      'russia',
      'china',
    ]);
    expect(getVetoRoles(['israel'], [], kindOf).agentIds).toEqual(['israel']);
  });
});

describe('in a sentence', () => {
  it('reads "The veto, Washington’s 43rd, came on Tuesday" as a US veto', () => {
    const sentence = 'The veto, Washington’s 43rd on Israel, came on Tuesday.';
    const { events } = processArticle(toInventedArticle([sentence]));
    expect(events.filter((e) => e.type === 'veto').map((e) => e.agentIds)).toEqual([['united-states']]);
  });
});

describe('getVetoRoles beside an organisation', () => {
  it('keeps an organisation out of the agents of a permanent member’s veto', () => {
    const kinds: Record<string, 'state' | 'organization' | 'person'> = {
      'united-states': 'state',
      hamas: 'organization',
      'united-nations': 'organization',
      'nikki-haley': 'person',
    };
    expect(getVetoRoles(['hamas', 'united-states', 'nikki-haley'], [], (id) => kinds[id])).toEqual({
      agentIds: ['united-states', 'nikki-haley'],
      targetIds: [],
    });
  });
});

describe('getAbstentionAgents', () => {
  it('keeps the abstaining member, not the body that adopted the text', () => {
    const kinds: Record<string, 'state' | 'organization'> = {
      'united-states': 'state',
      'un-security-council': 'organization',
    };
    expect(getAbstentionAgents(['united-states', 'un-security-council'], (id) => kinds[id])).toEqual([
      'united-states',
    ]);
    expect(getAbstentionAgents(['un-security-council'], (id) => kinds[id])).toEqual(['un-security-council']);
  });
});
