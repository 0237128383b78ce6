import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './01-clean.ts';
import { splitSentences } from './02-sentences.ts';

/** Splits one paragraph that is the whole text. */
function split(paragraph: string): string[] {
  return splitSentences(paragraph, [{ index: 0, start: 0, end: paragraph.length }]).map((s) => s.text);
}

// The benchmark the splitter was chosen on (see the comment in 02-sentences.ts).
const TRICKY: [string, string[]][] = [
  [
    "U.S. Secretary of State John Kerry arrived in Rome. He met Gen. Allen and Dr. Smith at St. Peter's.",
    [
      'U.S. Secretary of State John Kerry arrived in Rome.',
      "He met Gen. Allen and Dr. Smith at St. Peter's.",
    ],
  ],
  ['The U.N. Security Council met. Mr. Erdan spoke.', ['The U.N. Security Council met.', 'Mr. Erdan spoke.']],
  [
    'President John F. Kennedy spoke. The aid was $407.7 million.',
    ['President John F. Kennedy spoke.', 'The aid was $407.7 million.'],
  ],
  [
    '"We engage with other stakeholders... to hear their views," an official said. He left.',
    ['"We engage with other stakeholders... to hear their views," an official said.', 'He left.'],
  ],
  [
    'Kerry said the talks made “progress.” He left for Washington.',
    ['Kerry said the talks made “progress.”', 'He left for Washington.'],
  ],
  ['“Why?” he asked. Nobody answered.', ['“Why?” he asked.', 'Nobody answered.']],
  ['“The IDF does it well…We will continue.” Fine.', ['“The IDF does it well…We will continue.”', 'Fine.']],
  ['He lives in the U.S. The president agreed.', ['He lives in the U.S.', 'The president agreed.']],
  [
    'The vote is set for Jan. 15 in New York. It may slip.',
    ['The vote is set for Jan. 15 in New York.', 'It may slip.'],
  ],
  [
    'They met at 3 p.m. Monday in Paris. Talks ended at 5 p.m. The envoys left.',
    ['They met at 3 p.m. Monday in Paris.', 'Talks ended at 5 p.m.', 'The envoys left.'],
  ],
  ['Resolution No. 2334 passed. It was historic!', ['Resolution No. 2334 passed.', 'It was historic!']],
  ['Did the U.S. abstain? Yes. It did.', ['Did the U.S. abstain?', 'Yes.', 'It did.']],
  [
    'He said: "It is over. We are done." Then he left.',
    ['He said: "It is over.', 'We are done."', 'Then he left.'],
  ],
  [
    'Sen. Lindsey Graham (R-S.C.) objected. Others agreed.',
    ['Sen. Lindsey Graham (R-S.C.) objected.', 'Others agreed.'],
  ],
  [
    'J. Edgar Hoover ran the F.B.I. for decades. He died in 1972.',
    ['J. Edgar Hoover ran the F.B.I. for decades.', 'He died in 1972.'],
  ],
  [
    '"We talked... Security is key," he said. Then he left.',
    ['"We talked... Security is key," he said.', 'Then he left.'],
  ],
  [
    'Kerry met Abbas in Ramallah... Then he flew home.',
    ['Kerry met Abbas in Ramallah...', 'Then he flew home.'],
  ],
  [
    'Netanyahu met Lt. Col. Peter Lerner. The army spokesman briefed reporters.',
    ['Netanyahu met Lt. Col. Peter Lerner.', 'The army spokesman briefed reporters.'],
  ],
  [
    'The aid totals 1.5 billion euros. The EU may cut it.',
    ['The aid totals 1.5 billion euros.', 'The EU may cut it.'],
  ],
  [
    'Envoy Gilad Erdan said the U.N. “must act.” The council did not.',
    ['Envoy Gilad Erdan said the U.N. “must act.”', 'The council did not.'],
  ],
  ['The US will not support it. “', ['The US will not support it. “']],
  [
    'He expected a ceasefire.” fire”. But he refused.',
    ['He expected a ceasefire.” fire”.', 'But he refused.'],
  ],
  [
    'Dr. Saeb Erekat said the U.S.-led talks failed. He blamed Israel.',
    ['Dr. Saeb Erekat said the U.S.-led talks failed.', 'He blamed Israel.'],
  ],
  [
    'The summit is in Washington, D.C. The date is set.',
    ['The summit is in Washington, D.C.', 'The date is set.'],
  ],
  [
    'Washington D.C. Mayor Muriel Bowser attended. She spoke.',
    ['Washington D.C. Mayor Muriel Bowser attended.', 'She spoke.'],
  ],
];

describe('splitSentences: tricky cases', () => {
  it.each(TRICKY)('%s', (paragraph, expected) => {
    expect(split(paragraph)).toEqual(expected);
  });
});

describe('splitSentences: spans', () => {
  it('never crosses a paragraph and numbers sentences across the article', () => {
    const text = 'Kerry said\nno more. He left.\n\nAbbas stayed.';
    const paragraphs = [
      { index: 0, start: 0, end: 10 },
      { index: 1, start: 11, end: 28 },
      { index: 2, start: 30, end: 43 },
    ];
    const sentences = splitSentences(text, paragraphs);
    expect(sentences.map((s) => [s.index, s.paragraphIndex, s.text])).toEqual([
      [0, 0, 'Kerry said'],
      [1, 1, 'no more.'],
      [2, 1, 'He left.'],
      [3, 2, 'Abbas stayed.'],
    ]);
  });

  it('gives offsets into the original text, trimmed', () => {
    const text = 'HEAD LINE\n\n  TEL AVIV – One.   Two?  \n';
    const sentences = splitSentences(text, cleanArticle(text).paragraphs);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.text])).toEqual([
      ['One.', 'One.'],
      ['Two?', 'Two?'],
    ]);
  });
});

const SEEDS_DIR = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(SEEDS_DIR)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => [file, readFileSync(new URL(file, SEEDS_DIR), 'utf8')] as const);
const getSeedSentences = (text: string) => splitSentences(text, cleanArticle(text).paragraphs);

describe.each(seeds)('splitSentences on seed %s', (_file, text) => {
  const { paragraphs } = cleanArticle(text);
  const sentences = splitSentences(text, paragraphs);

  it('covers each paragraph with in-order sentences that slice back to their text', () => {
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    for (const paragraph of paragraphs) {
      const own = sentences.filter((s) => s.paragraphIndex === paragraph.index);
      expect(own.length).toBeGreaterThan(0);
      for (const sentence of own) {
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
        expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
      }
      const joined = own.map((s) => s.text).join(' ');
      expect(joined.replace(/\s+/g, ' ')).toBe(
        text.slice(paragraph.start, paragraph.end).replace(/\s+/g, ' '),
      );
    }
  });

  it('never ends a sentence on an abbreviation or starts one in lower case', () => {
    for (const { text: sentence } of sentences) {
      expect(sentence).not.toMatch(/\b(?:Mr|Mrs|Dr|Gen|St|U\.S|U\.N)\.$/);
      expect(sentence).not.toMatch(/^["“]?\p{Ll}/u);
    }
  });
});

describe('splitSentences on seeds: known tricky sentences stay whole', () => {
  // Seeds hold NBSPs where these literals have spaces, so both sides are compared with spaces folded.
  const all = seeds.flatMap(([, text]) => getSeedSentences(text).map((s) => s.text.replace(/\s+/g, ' ')));
  it.each([
    '"It\'s important to understand that our overall goal here is to hear from and engage with other stakeholders... to hear their views and to the best of our ability work towards a common path forward," a State Department official said.',
    'U.S. officials told reporters accompanying Kerry on his plane that Washington wanted to learn more about the European position, saying the U.S. administration had not yet decided whether to back or veto any U.N. resolution on the issue.',
    'According to the official, the EU would cut its 300 million Euros ($407.7 million) annual aid to the PA, and revive its plan to label Israeli products manufactured in Judea and Samaria.',
    '"We are not going to discuss this further publicly," Kerry told reporters afterwards, according to AFP, saying only that their discussions on security had made “progress.”',
    'Abbas himself made no appearance after the meeting but top PA negotiator Saeb Erekat told AFP, "Abbas met Kerry for four hours... and discussed issues including security.”',
    'He said any further UNSC resolution would depend on the support of the U.S. and European countries after the upcoming Paris Mideast summit slated for January 15.',
    'According to the Guardian, this was a deliberate decision in order to “stay close to Donald Trump’s administration.”',
    'At issue, he said, is whether such a statement “advances the prospects for ending the violence or not?”',
  ])('%s', (sentence) => {
    expect(all).toContain(sentence);
  });
});
