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
    // A participle's phrase describing a noun goes before why, when the headline has its own verb
    // ("orders", which the tagger reads as a noun after a name).
    [
      'Freedonia orders sanctions on Ruritanian settlers accused of border violence',
      50,
      'Freedonia orders sanctions on Ruritanian settlers',
    ],
    // After a colon, the details of the clause before it.
    [
      'Ruritania sets terms for rebels: disarm, free hostages or lose aid',
      45,
      'Ruritania sets terms for rebels',
    ],
    // A colon after a speaker is no clause of its own; the clause break after it still counts.
    [
      'Sylvan envoy Marek: talks on the dam stall again as both sides walk out',
      50,
      'Sylvan envoy Marek: talks on the dam stall again',
    ],
    // By whom, how and what a ban stops go before what happened; the last phrase goes first.
    [
      'Freedonia and rebels agree border truce brokered by Sylvania and Osterlich',
      40,
      'Freedonia and rebels agree border truce',
    ],
    [
      'Security Council ends long deadlock with call for aid corridors',
      40,
      'Security Council ends long deadlock',
    ],
    [
      'Parliament votes to bar relief agency from operating in its territory',
      40,
      'Parliament votes to bar relief agency',
    ],
    // Quote marks and the UN before its own organ cost letters before any word goes.
    [
      "UN General Assembly calls for 'aid corridors' in Sylvania",
      48,
      'General Assembly calls for aid corridors',
    ],
    // Only quote marks in pairs: an apostrophe stays.
    [
      "Freedonia rejects 'Sylvan plan' for Powers' dam at the Varnia summit",
      47,
      "Freedonia rejects Sylvan plan for Powers' dam",
    ],
    // A comma left before a dropped participle goes with it.
    ['Rebels agree dam text, finished by two envoys', 40, 'Rebels agree dam text'],
    // Why it happened goes last, and only when nothing else can: the first clause is still true.
    ['Marek cancels Varnia trip after Sylvania lets dam resolution pass', 40, 'Marek cancels Varnia trip'],
    ['Varnia recalls envoy over Sylvan dam vote at the UN', 41, 'Varnia recalls envoy over Sylvan dam vote'],
    // A brief's rubric is dropped; the brief is news.
    [
      'IN BRIEF: Security Council adopts text on Sylvan dam',
      45,
      'Security Council adopts text on Sylvan dam',
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
    // Cutting after an infinitive leaves its verb hanging ("… to take").
    ['Varnia rejects Sylvan plan for envoys to take over the dam'],
    // Dropping where it happened leaves no whole headline.
    ['Kerry in Rome for Talks on Palestinian Statehood Bid'],
  ])('names nothing: %s', (title) => {
    expect(toHeadline(title, 45)).toBeNull();
  });

  it('never cuts a headline whose participle is what happened', () => {
    expect(
      toHeadline('Three Ruritanian soldiers killed in ambush near the border crossing at Sylvan Gap', 45),
    ).toBeNull();
  });

  it('keeps the speaker of a headline that reports their words, but drops a page’s rubric', () => {
    expect(toHeadline('Marek: Sylvania must reopen the dam', 45)).toBe('Marek: Sylvania must reopen the dam');
    expect(toHeadline('Update: Sylvania must reopen the dam', 45)).toBe('Sylvania must reopen the dam');
    expect(toHeadline('LIVE: Sylvania must reopen the dam', 45)).toBe('Sylvania must reopen the dam');
  });

  it('keeps the quote marks of a quoted clause: they are someone’s words', () => {
    expect(toHeadline('Sylvan envoy says "we are close" on dam', 37)).toBeNull();
    expect(toHeadline('Sylvan envoy hails "dam accord" for Varnia', 40)).toBe(
      'Sylvan envoy hails dam accord for Varnia',
    );
  });
});
