// Article texts built to make a careless pattern backtrack: long runs of one kind of character
// (the inputs on which a regular expression with overlapping quantifiers takes quadratic or
// exponential time), wrapped in ordinary news prose so every stage actually reaches them.
// Used by the growth test beside this file and by bench/text-growth.ts.

/** A repeatable unit of hostile text and what it stands for. */
export interface HostileRun {
  readonly name: string;
  readonly unit: string;
}

// Each unit is repeated until the article reaches the size asked for. Units mix in the
// characters that patterns treat specially: line ends only where a run must span lines.
export const HOSTILE_RUNS: readonly HostileRun[] = [
  { name: 'spaces', unit: ' ' },
  { name: 'tabs', unit: '\t' },
  { name: 'no-break spaces', unit: '\u00a0' },
  { name: 'mixed spaces', unit: ' \t\u00a0\u2009\u3000' },
  { name: 'full stops', unit: '.' },
  { name: 'dots and spaces', unit: '. ' },
  { name: 'punctuation', unit: ',;:-–—!?…' },
  { name: 'brackets', unit: '([' },
  { name: 'quotes', unit: '"“”‘’\'«»' },
  { name: 'capitals', unit: 'KERRY ' },
  { name: 'capital run', unit: 'A' },
  { name: 'initials', unit: 'U.S.' },
  { name: 'title words', unit: 'Secretary General Minister ' },
  { name: 'digits', unit: '1' },
  { name: 'dates', unit: '12 May 2014, ' },
  { name: 'mixed scripts', unit: 'שלום مرحبا Привет 你好 e\u0301 \u200b' },
  { name: 'hyphens', unit: '-' },
  { name: 'photo words', unit: '(Photo credit ' },
  { name: 'short lines', unit: 'Photo\n' },
];

const OPENING =
  'Kerry meets Netanyahu in Rome\n\nROME (AP) — Secretary of State John Kerry met Prime Minister ';
const CLOSING = ' Benjamin Netanyahu in Rome on Monday, officials said. The talks will resume next week.\n';

/** An article of about `chars` characters whose middle is the run repeated. */
export function makeHostileArticle(run: HostileRun, chars: number): string {
  const repeats = Math.max(1, Math.round((chars - OPENING.length - CLOSING.length) / run.unit.length));
  return `${OPENING}${run.unit.repeat(repeats)}${CLOSING}`;
}
