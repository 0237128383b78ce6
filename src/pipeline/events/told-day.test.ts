// The day being told: undated reactions after a dated happening take its day, even past a
// paragraph on what the text says; an aside dated by a span ("circulated last week"), a plan or
// a month ("most recently in December") does not move the day being told. Invented sentences, read whole through processArticle
// (published Wednesday 2024-02-21).
import { describe, expect, it } from 'vitest';
import { summarizeEvents } from './summarize-events.ts';

describe('reactions take the day of the happening they follow', () => {
  it('across a paragraph about the text itself', () => {
    expect(
      summarizeEvents([
        'The Security Council on Tuesday adopted a resolution demanding a ceasefire in Gaza.',
        'The text calls for the release of all hostages and for aid to reach the whole territory.',
        'Hamas rejected the resolution.',
      ]),
    ).toEqual(['2024-02-20 resolution-adopted un-security-council', '2024-02-20 rejection hamas']);
  });

  it('past an aside dated by a span', () => {
    expect(
      summarizeEvents([
        'The Security Council on Tuesday adopted a resolution demanding a ceasefire in Gaza. A rival Russian draft, circulated last week, was not put to a vote.',
        'Hamas rejected the resolution.',
      ]),
    ).toContain('2024-02-20 rejection hamas');
  });

  it('past an aside dated by a month', () => {
    expect(
      summarizeEvents([
        'The Security Council on Tuesday adopted a resolution demanding a ceasefire in Gaza.',
        'The United States has used its veto repeatedly, most recently in December, when it blocked a draft.',
        'Hamas rejected the resolution.',
      ]),
    ).toContain('2024-02-20 rejection hamas');
  });

  it('but an undated veto two paragraphs on is background, even after a reaction', () => {
    expect(
      summarizeEvents([
        'The Security Council adopted the resolution on Tuesday.',
        'The text calls for aid to reach Gaza.',
        'France abstained. Russia vetoed a separate text.',
      ]),
    ).toEqual(['2024-02-20 resolution-adopted un-security-council', '2024-02-20 abstention france']);
  });

  it('a statement that far on names what it answers, or a named speaker reports it', () => {
    const events = summarizeEvents([
      'The Security Council adopted the resolution on Tuesday.',
      'The text calls for aid to reach Gaza.',
      'Blinken called the vote historic. Netanyahu said Israel had acted in self-defence. An official said Israel had acted in self-defence.',
    ]);
    expect(events).toContain('2024-02-20 statement antony-blinken');
    expect(events).toContain('2024-02-20 statement benjamin-netanyahu');
    expect(events.filter((e) => e.includes('statement'))).toHaveLength(2);
  });

  it('but a quotation closed by its speaker names no occasion', () => {
    const events = summarizeEvents([
      'The Security Council adopted the resolution on Tuesday.',
      'The text calls for aid to reach Gaza.',
      '"Israel has acted in self-defence," Netanyahu said.',
    ]);
    expect(events).not.toContain('2024-02-20 statement benjamin-netanyahu');
  });

  it('reactions however far on, until another date is told; anything else only in the next paragraph', () => {
    const events = summarizeEvents([
      'The Security Council on Tuesday adopted a resolution demanding a ceasefire in Gaza.',
      'The text calls for the release of all hostages.',
      'It also asks the secretary-general to report on aid deliveries.',
      'Diplomats have long doubted that the council could agree.',
      'Hamas rejected the resolution. Russia vetoed a separate text.',
    ]);
    expect(events).toContain('2024-02-20 rejection hamas');
    expect(events.filter((e) => e.includes('veto'))).toEqual([]);
  });
});
