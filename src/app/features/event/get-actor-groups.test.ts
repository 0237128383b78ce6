import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../../domain/ids.ts';
import { getActorGroups } from './get-actor-groups.ts';

const ids = (...names: string[]) => names as ActorId[];

describe('getActorGroups', () => {
  it.each([
    {
      name: 'agents, then targets',
      event: { actorIds: ids('kerry', 'netanyahu'), agentIds: ids('kerry'), targetIds: ids('netanyahu') },
      expected: [
        { label: 'Who acted', ids: ids('kerry') },
        { label: 'Toward whom', ids: ids('netanyahu') },
      ],
    },
    {
      name: 'no targets: the row is left out',
      event: { actorIds: ids('usa'), agentIds: ids('usa'), targetIds: [] },
      expected: [{ label: 'Who acted', ids: ids('usa') }],
    },
    {
      name: 'actors with no role are "involved"',
      event: { actorIds: ids('un', 'egypt'), agentIds: [], targetIds: [] },
      expected: [{ label: 'Involved', ids: ids('un', 'egypt') }],
    },
    {
      name: 'extra actors next to agents are "also involved"',
      event: { actorIds: ids('usa', 'un'), agentIds: ids('usa'), targetIds: [] },
      expected: [
        { label: 'Who acted', ids: ids('usa') },
        { label: 'Also involved', ids: ids('un') },
      ],
    },
    { name: 'nobody', event: { actorIds: [], agentIds: [], targetIds: [] }, expected: [] },
  ])('$name', ({ event, expected }) => {
    expect(getActorGroups(event)).toEqual(expected);
  });
});
