// Which CAMEO category each family and type refines, for comparing the data with event datasets
// that use CAMEO codes. Kept out of event-types.ts: the app never shows it, so it stays out of
// the first view's bundle. Records keyed by the type unions, so a new type cannot be left unmapped.
import type { EventFamily, EventType } from './event-types.ts';

export const FAMILY_CAMEO: Readonly<Record<EventFamily, string>> = {
  consult: '04 Consult',
  statement: '01 Make public statement, 02 Appeal',
  proposal: '03 Express intent to cooperate',
  decision: '05 Engage in diplomatic cooperation, 08 Yield',
  opposition: '12 Reject',
  pressure: '13 Threaten, 16 Reduce relations',
  force: '18 Assault, 19 Fight',
};

export const TYPE_CAMEO: Readonly<Record<EventType, string>> = {
  meeting: '04 Consult (036/043/044: meet, talks)',
  visit: '04 Consult (042/043: make or host a visit)',
  'phone-call': '04 Consult (041: discuss by telephone)',
  conference: '04 Consult (multilateral conference, session)',
  statement: '01 Make public statement',
  appeal: '02 Appeal (call for ceasefire, action)',
  report: '01 Make public statement (a report or findings published)',
  draft: '03 Express intent to cooperate (draft circulated or proposed)',
  plan: '03 Express intent to cooperate (036: a peace plan, an initiative)',
  application: '02 Appeal (021/028: request membership, an opinion, aid)',
  vote: '05 Engage in diplomatic cooperation (a vote held, not adopted or not said)',
  'resolution-adopted': '05 Engage in diplomatic cooperation (a body adopts a text)',
  abstention: '05 Engage in diplomatic cooperation (abstaining lets a text pass)',
  agreement: '05 Engage in diplomatic cooperation (057: sign formal agreement)',
  recognition: '05 Engage in diplomatic cooperation (054: grant diplomatic recognition)',
  decision: '05 / 19: a government or cabinet decision',
  ruling: '11 Disapprove (115/116: a court finding); 05 when it upholds',
  release: '08 Yield (0841: return, release person(s))',
  rejection: '12 Reject (oppose, refuse)',
  veto: '12 Reject (125: veto)',
  'blocked-statement': '12 Reject (block a joint statement)',
  threat: '13 Threaten (sanctions, aid cuts, a veto)',
  sanction: '16 Reduce relations (162/163: cut aid, impose sanctions)',
  withdrawal: '16 Reduce relations (161/166: leave a body, suspend ties or talks)',
  'military-action': '18 Assault / 19 Fight (an offensive, a raid, strikes)',
};
