// The five seed articles against a hand-made gold list of their date expressions, read one by
// one from the text. Each row: a snippet that locates the expression uniquely, the expression,
// the expected date (and range end / tense where the rule under test decides it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from './03-dates.ts';
import { toTestSentences } from './dates/test-sentences.ts';
import type { DateMention } from './types.ts';

type Gold = readonly [snippet: string, expression: string, date: string, extra?: Partial<DateMention>];

const SEEDS: Readonly<Record<string, readonly [published: string, gold: readonly Gold[]]>> = {
  // Sunday 2017-01-15.
  '000_552ed23ec2f9db7a.txt': [
    '2017-01-15',
    [
      ['Paris on January 15, 2017', 'January 15, 2017', '2017-01-15'],
      ['conversation on Sunday', 'on Sunday', '2017-01-15', { tense: 'past' }],
      ['released late Sunday', 'late Sunday', '2017-01-15', { tense: 'future' }],
      ['Security Council last month', 'last month', '2016-12'],
      ['Two weeks ago', 'Two weeks ago', '2016-12-26', { endDate: '2017-01-01' }],
      ['slated for January 15', 'January 15', '2017-01-15', { tense: 'future' }],
      ['enforce last month', 'last month', '2016-12'],
    ],
  ],
  // Monday 2021-05-17.
  '001_cf4d782e460fb3d7.txt': [
    '2021-05-17',
    [
      ['violence on Monday', 'on Monday', '2021-05-17'],
      ['Ben-Shabbat on Monday', 'on Monday', '2021-05-17'],
      ['convened on Sunday', 'on Sunday', '2021-05-16'],
      ['twice last week', 'last week', '2021-05-10', { endDate: '2021-05-16' }],
      ['held on Sunday', 'on Sunday', '2021-05-16'],
      ['reporters on Monday', 'on Monday', '2021-05-17'],
    ],
  ],
  // Sunday 2014-12-14.
  '002_c1facf2ca5c0450d.txt': [
    '2014-12-14',
    [
      ['Rome on Sunday', 'on Sunday', '2014-12-14'],
      ['Lavrov on Sunday', 'on Sunday', '2014-12-14'],
      ['talks on Monday', 'on Monday', '2014-12-15', { tense: 'future' }],
      ['few hours Monday', 'Monday', '2014-12-15', { tense: 'future' }],
      ['League on Tuesday', 'on Tuesday', '2014-12-16', { tense: 'future' }],
      ['Jordan last month', 'last month', '2014-11'],
      ['setting November 2016', 'November 2016', '2016-11', { kind: 'deadline', tense: 'future' }],
      ['Netanyahu on Sunday rejected', 'on Sunday', '2014-12-14', { tense: 'past' }],
      ['stepped in last month', 'last month', '2014-11'],
      ['by the end of the year', 'by the end of the year', '2014-12', { kind: 'deadline', tense: 'future' }],
      ['looming in March', 'March', '2015-03', { tense: 'future' }],
    ],
  ],
  // Thursday 2013-12-05.
  '003_9240c59e71805b54.txt': [
    '2013-12-05',
    [
      ['Kerry said Thursday', 'Thursday', '2013-12-05'],
      ['again on Friday morning', 'on Friday morning', '2013-12-06', { tense: 'future' }],
      ['briefed Netanyahu Thursday', 'Thursday', '2013-12-05'],
      ['Earlier Thursday', 'Earlier Thursday', '2013-12-05'],
      ['in late July', 'late July', '2013-07'],
      ['In late November', 'late November', '2013-11'],
      ['On Tuesday a senior', 'On Tuesday', '2013-12-03', { tense: 'past' }],
    ],
  ],
  // Wednesday 2021-05-19.
  '004_42732e9f3c188ff4.txt': [
    '2021-05-19',
    [
      ['date 2021-05-19', '2021-05-19', '2021-05-19'],
      ['said on Wednesday it', 'on Wednesday', '2021-05-19'],
      ['States on Wednesday', 'on Wednesday', '2021-05-19'],
      ['said later today', 'later today', '2021-05-19'],
      ['phone call Wednesday', 'Wednesday', '2021-05-19'],
      ['de-escalation today', 'today', '2021-05-19'],
      ['earlier this week', 'earlier this week', '2021-05-17', { endDate: '2021-05-18' }],
      ['meeting Tuesday', 'Tuesday', '2021-05-18', { tense: 'past' }],
      ['conflict on Thursday', 'on Thursday', '2021-05-20', { tense: 'future' }],
      ['Varma said on Wednesday', 'on Wednesday', '2021-05-19'],
      ['Thursday’s meeting', 'Thursday', '2021-05-20'],
    ],
  ],
};

/** Gold rows the output misses or gets wrong, and output that matches no gold row. */
function score(text: string, found: readonly DateMention[], gold: readonly Gold[]) {
  const missed: string[] = [];
  const correct = new Set<DateMention>();
  for (const [snippet, expression, date, extra = {}] of gold) {
    const at = text.indexOf(snippet);
    const start = at + snippet.indexOf(expression);
    const end = start + expression.length;
    const expected: Partial<DateMention> = { date, endDate: undefined, ...extra };
    const hit = found.find(
      (m) =>
        m.start < end &&
        start < m.end &&
        Object.entries(expected).every(([key, value]) => m[key as keyof DateMention] === value),
    );
    if (at < 0 || !hit) missed.push(`${snippet} → ${JSON.stringify(expected)}`);
    else correct.add(hit);
  }
  const spurious = found.filter((m) => !correct.has(m)).map((m) => `${m.text} → ${m.date}`);
  return { missed, spurious, correct: correct.size };
}

function scoreSeed(file: string, published: string, gold: readonly Gold[]) {
  const text = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
  const found = findDates(text, toTestSentences(text), published);
  return { ...score(text, found, gold), gold: gold.length, found: found.length };
}

describe('findDates on the seed articles', () => {
  it.each(Object.entries(SEEDS))('%s', (file, [published, gold]) => {
    const { missed, spurious } = scoreSeed(file, published, gold);
    expect({ missed, spurious }).toEqual({ missed: [], spurious: [] });
  });

  it('reaches full recall and precision over all seeds', () => {
    const totals = { gold: 0, found: 0, correct: 0 };
    for (const [file, [published, gold]] of Object.entries(SEEDS)) {
      const result = scoreSeed(file, published, gold);
      totals.gold += result.gold;
      totals.found += result.found;
      totals.correct += result.correct;
    }
    const recall = totals.correct / totals.gold;
    const precision = totals.correct / totals.found;
    console.log(
      `seeds: ${totals.correct}/${totals.gold} gold found (recall ${recall.toFixed(3)}), ` +
        `${totals.correct}/${totals.found} output correct (precision ${precision.toFixed(3)})`,
    );
    expect(totals.gold).toBe(42);
    expect([recall, precision]).toEqual([1, 1]);
  });
});
