// One happening told twice in an article with dates a day or two apart ("vetoed on Tuesday" in
// the lead, "Tuesday's veto … two days later" resolved to another day further down) is one
// event. Only for happenings that occur once (a veto, an adoption, a launch), never for talks
// or statements, which recur day after day; and the agents must overlap.
import type { EventType } from '../../domain/event-types.ts';

const ONE_OFF = new Set<EventType>([
  'veto',
  'blocked-statement',
  'resolution-adopted',
  'abstention',
  'ruling',
  'military-action',
  'recognition',
  'application',
  'withdrawal',
  'report',
  'plan',
  'agreement',
]);
const MAX_DAYS_APART = 2;
const DAY = 86_400_000;

export interface Retold {
  readonly date: string;
  readonly precision: string;
  readonly type: EventType;
  readonly agentIds: readonly string[];
}

export function isCloseRetelling(a: Retold, b: Retold): boolean {
  if (a.type !== b.type || !ONE_OFF.has(a.type) || a.precision !== 'day' || b.precision !== 'day')
    return false;
  if (!a.agentIds.some((id) => b.agentIds.includes(id))) return false;
  const apart = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / DAY;
  return apart <= MAX_DAYS_APART;
}
