import { describe, expect, it } from 'vitest';
import { processArticle } from '../process-article.ts';
import { toInventedArticle } from './invented-article.ts';
import { getVetoRoles } from './veto-agents.ts';

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
