import { describe, expect, it } from 'vitest';
import { readSentence } from './read-sentence.ts';

/** The verb group whose main verb is `word`. */
function groupOf(sentence: string, word: string) {
  const language = readSentence(sentence);
  const group = language.verbGroups.find((g) => language.tokens[g.head]!.text === word);
  if (!group) throw new Error(`no verb group headed by "${word}" in: ${sentence}`);
  return group;
}

describe('readSentence: tokens', () => {
  it('keeps offsets into the sentence and lower-case lemmas', () => {
    const sentence = 'Israel’s envoy didn’t meet them; Haley vetoed it.';
    const { tokens } = readSentence(sentence);
    for (const t of tokens) expect(sentence.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === 'vetoed')?.lemma).toBe('veto');
    expect(tokens.find((t) => t.text === 'meet')?.pos).toBe('VERB');
    expect(tokens.some((t) => t.lemma === 'not')).toBe(true);
  });

  it('chunks noun phrases across a possessive', () => {
    const language = readSentence("Russia's rival draft failed on Monday.");
    const texts = language.chunks.map((c) => language.tokens.slice(c.first, c.last + 1).map((t) => t.text));
    expect(texts[0]).toEqual(['Russia', "'s", 'rival', 'draft']);
    expect(language.tokens[language.chunks[0]!.head]!.text).toBe('draft');
  });

  it.each([
    ['Netanyahu rejected the initiative long before the talks began.', 'the initiative'],
    ['Israel rejected the plan days before the vote.', 'the plan'],
    ['Two days later the council met.', 'Two days'],
  ])('ends a phrase before a span of time that says when: %s', (sentence, phrase) => {
    const language = readSentence(sentence);
    const texts = language.chunks.map((c) =>
      language.tokens
        .slice(c.first, c.last + 1)
        .map((t) => t.text)
        .join(' '),
    );
    expect(texts).toContain(phrase);
  });
});

describe('readSentence: verb groups', () => {
  it.each([
    // sentence, main verb, tense, voice, negated, modality
    ['The United States vetoed the draft on Friday.', 'vetoed', 'past', 'active', false, 'asserted'],
    ['The resolution was adopted by the General Assembly.', 'adopted', 'past', 'passive', false, 'asserted'],
    ['The text has been endorsed by 14 members.', 'endorsed', 'present', 'passive', false, 'asserted'],
    ['Kerry will meet Abbas in Amman on Monday.', 'meet', 'future', 'active', false, 'planned'],
    ['The draft would have passed but for the veto.', 'passed', 'past', 'active', false, 'hypothetical'],
    ['Washington could block the statement.', 'block', 'present', 'active', false, 'hypothetical'],
    ['The council did not vote on Tuesday.', 'vote', 'past', 'active', true, 'asserted'],
    ['Netanyahu has never visited the Gulf.', 'visited', 'present', 'active', true, 'asserted'],
    ['The US threatened to veto any such text.', 'veto', 'past', 'active', false, 'threatened'],
    ['Israel is expected to launch an offensive.', 'launch', 'present', 'active', false, 'expected'],
    ['The president plans to travel to Cairo.', 'travel', 'present', 'active', false, 'planned'],
    ['Egypt sought to delay the vote.', 'delay', 'past', 'active', false, 'attempted'],
    ['Russia’s draft failed to win enough votes.', 'win', 'past', 'active', true, 'asserted'],
    ['The Palestinians refused to attend the talks.', 'attend', 'past', 'active', true, 'asserted'],
    ['The US abstained, allowing the resolution to pass.', 'pass', 'present', 'active', false, 'asserted'],
    ['She was not going to resign.', 'resign', 'past', 'active', true, 'planned'],
    ['If the council adopts the text, aid will stop.', 'adopts', 'present', 'active', false, 'conditional'],
    [
      'If the council adopts the text, Washington will cut aid.',
      'cut',
      'future',
      'active',
      false,
      'conditional',
    ],
    [
      'Netanyahu rejected all talk of withdrawing.',
      'withdrawing',
      'present',
      'active',
      false,
      'hypothetical',
    ],
    [
      'Netanyahu appealed to the Obama administration on Thursday to veto it.',
      'veto',
      'past',
      'active',
      false,
      'attempted',
    ],
    ['Nobody voted against the text.', 'voted', 'past', 'active', true, 'asserted'],
    ['Diplomats asked whether the US had vetoed it.', 'vetoed', 'past', 'active', false, 'question'],
    [
      'Had the council draft passed, it would have carried weight.',
      'passed',
      'past',
      'active',
      false,
      'conditional',
    ],
    [
      'Were the United States to abstain, the text would pass.',
      'abstain',
      'past',
      'active',
      false,
      'conditional',
    ],
    ['The council had passed the text before Friday.', 'passed', 'past', 'active', false, 'asserted'],
  ] as const)('%s → %s', (sentence, verb, tense, voice, negated, modality) => {
    const group = groupOf(sentence, verb);
    expect({
      tense: group.tense,
      voice: group.voice,
      negated: group.negated,
      modality: group.modality,
    }).toEqual({
      tense,
      voice,
      negated,
      modality,
    });
  });

  it('links an infinitive to the word that governs it', () => {
    const language = readSentence('Haley threatened on Monday to cut funding.');
    const cut = language.verbGroups.find((g) => g.lemma === 'cut')!;
    expect(language.tokens[cut.governor!]!.lemma).toBe('threaten');
  });
});

describe('readSentence: nouns that name happenings', () => {
  it.each([
    ['The draft failed after an expected U.S. veto.', 'veto', 'expected'],
    ['Diplomats prepared for the planned vote.', 'vote', 'planned'],
    ['Washington threatened a veto.', 'veto', 'threatened'],
    ['A possible visit by Abbas was discussed.', 'visit', 'hypothetical'],
    ['The Assembly, where no one has a veto, will vote.', 'veto', 'hypothetical'],
  ] as const)('%s → %s is %s', (sentence, noun, modality) => {
    const language = readSentence(sentence);
    const index = language.tokens.find((t) => t.text === noun)!.index;
    expect(language.nounModality.get(index)).toBe(modality);
  });

  it('reads a denied past condition as what did happen: "had the US not used its veto"', () => {
    const language = readSentence('The draft would have passed had the US not used its veto.');
    const veto = language.tokens.find((t) => t.text === 'veto')!.index;
    const used = language.verbGroups.find((g) => language.tokens[g.head]!.text === 'used')!;
    expect(language.negatedNouns.has(veto)).toBe(false);
    expect(used).toMatchObject({ negated: false, modality: 'asserted' });
  });

  it('marks nouns denied by "no" or by a negated verb', () => {
    for (const [sentence, noun] of [
      ['No vote was held on Friday.', 'vote'],
      ['Kerry did not hold talks with Abbas.', 'talks'],
      ['Netanyahu cancelled a meeting with Obama.', 'meeting'],
      ['Egypt postponed the vote.', 'vote'],
    ] as const) {
      const language = readSentence(sentence);
      const index = language.tokens.find((t) => t.text === noun)!.index;
      expect(language.negatedNouns.has(index), sentence).toBe(true);
    }
  });

  it('gives an indefinite subject the mood of its counterfactual verb, not a definite one', () => {
    const noun = (sentence: string) => {
      const language = readSentence(sentence);
      const index = language.tokens.find((t) => t.text === 'veto')!.index;
      return language.nounModality.get(index);
    };
    expect(noun('Only a US veto on Monday could have stopped the resolution.')).toBe('hypothetical');
    expect(noun('A veto would have killed the draft.')).toBe('hypothetical');
    expect(noun('The US veto on Monday could damage ties.')).toBeUndefined();
    expect(noun('A US veto on Monday blocked the draft.')).toBeUndefined();
  });

  it('denies what is ruled out, called off, averted, avoided, cancelled in the passive, or denied', () => {
    for (const [sentence, noun] of [
      ['On Monday Washington ruled out a veto.', 'veto'],
      ['The US called off talks with Abbas.', 'talks'],
      ['The US averted a vote on Monday.', 'vote'],
      ['On Monday, Kerry avoided a meeting with Abbas.', 'meeting'],
      ['The meeting between Kerry and Netanyahu on Monday was cancelled.', 'meeting'],
      ['Netanyahu denied on Monday a meeting with Abbas.', 'meeting'],
    ] as const) {
      const language = readSentence(sentence);
      const index = language.tokens.find((t) => t.text === noun)!.index;
      expect(language.negatedNouns.has(index), sentence).toBe(true);
    }
  });

  it('reads what is called or pushed for as asked, not done', () => {
    for (const sentence of ['Egypt called for a vote on Monday.', 'Israel pushed on Monday for a US veto.']) {
      const language = readSentence(sentence);
      const noun = language.tokens.find((t) => t.text === 'vote' || t.text === 'veto')!.index;
      expect(language.nounModality.get(noun), sentence).toBe('hypothetical');
    }
  });

  it('does not assert a happening reported inside a denial', () => {
    expect(groupOf('Netanyahu denied on Monday that he had met Abbas.', 'met').negated).toBe(true);
    expect(groupOf('Kerry met Abbas on Monday and denied a rift.', 'met').negated).toBe(false);
  });

  it('leaves a plain object noun asserted', () => {
    const language = readSentence('Kerry held talks with Abbas.');
    const index = language.tokens.find((t) => t.text === 'talks')!.index;
    expect(language.nounModality.has(index)).toBe(false);
    expect(language.negatedNouns.has(index)).toBe(false);
  });
});

describe('tagging slips mended before the rules read the tags', () => {
  it.each([
    ['Israeli troops shot dead dozens of protesters.', 'shot', 'VERB'],
    ['Police shot two men near the crossing.', 'shot', 'VERB'],
    ['The warning shot was fired into the air.', 'shot', 'NOUN'],
    ["Netanyahu's shot at the UN missed.", 'shot', 'NOUN'],
    ['In January Israel alleged that 12 of its employees took part.', 'alleged', 'VERB'],
    ['The alleged plot was never proven.', 'alleged', 'ADJ'],
  ])('%s (%s) → %s', (sentence, word, pos) => {
    const { tokens } = readSentence(sentence);
    expect(tokens.find((t) => t.text === word)?.pos).toBe(pos);
  });
});
