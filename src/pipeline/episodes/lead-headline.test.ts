import { describe, expect, it } from 'vitest';
import { toHeadline } from './lead-headline.ts';

describe('a lead headline as an episode name', () => {
  it.each([
    [
      'UN Security Council endorses Iran nuclear deal as Israel vows to keep fighting it',
      49,
      'UN Security Council endorses Iran nuclear deal',
    ],
    [
      'US embassy opens in Jerusalem as dozens killed on Gaza border – live updates',
      45,
      'US embassy opens in Jerusalem',
    ],
    [
      'UNESCO admits Palestine as full member; US cuts off funding to agency',
      45,
      'UNESCO admits Palestine as full member',
    ],
    [
      'France recognises Palestinian state at UN summit as Israel and US stay away',
      40,
      'France recognises Palestinian state',
    ],
  ])('%s → %s', (title, max, name) => {
    expect(toHeadline(title, max)).toBe(name);
  });

  it.each([
    ['Opinion: The wall ruling deserved better than a shrug'],
    ['ANALYSIS'],
    ['IN BRIEF | United Nations'],
    ['The World Court has spoken. Now Israel’s friends must listen.'],
    ['Kerry: There’s Progress, but I Can’t Tell You About it'],
    ['The United States blocked the Security Council from issuing a statement that called for an end to…'],
    // Too long, and only its topic could shorten it: "… on Jenin" is what it was about.
    ['U.N. council backs Annan plan for fact-finding team on Jenin'],
  ])('names nothing: %s', (title) => {
    expect(toHeadline(title, 45)).toBeNull();
  });
});
